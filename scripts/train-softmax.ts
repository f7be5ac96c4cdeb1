import type { FeatureVector } from '../src/plugins/detectors/classifier/features.js';
import { softmaxInPlace } from '../src/plugins/detectors/classifier/scorer.js';
import { Rng } from './generate-corpus-random.js';
import { floatLogitsOf, type WeightTable } from './train-float-scorer.js';

/**
 * Multinomial logistic regression over hashed sparse features, trained with mini-batch Adam and L2. Adam is
 * "lazy": only the rows a batch touches are updated, which is what makes a 2^18 x 5 model train in seconds.
 * Everything is seeded and summed in a fixed order, so the same examples give bit-identical weights.
 */
export interface TrainingExample extends FeatureVector {
  /** Text feature buckets, each occurrence worth `textScale`; exactly `textCount` long. */
  readonly text: Int32Array;
  /** Distinct lexicon feature buckets, each worth 1; exactly `lexiconCount` long. */
  readonly lexicon: Int32Array;
  /** Index of the true label. */
  readonly label: number;
  /** How much the example counts in the loss (class balance, source trust). */
  readonly weight: number;
}

export interface SoftmaxOptions {
  readonly bits: number;
  readonly labelCount: number;
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly seed: number;
}

export interface SoftmaxWeights {
  readonly weights: Float32Array;
  readonly bias: Float32Array;
}

const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-8;

function shuffled(count: number, rng: Rng): Int32Array {
  const order = Int32Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = rng.int(0, i);
    const t = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = t;
  }
  return order;
}

/** p - y for one example, times its weight: the gradient of the weighted cross-entropy w.r.t. the logits. */
function logitGradient(example: TrainingExample, table: WeightTable, out: Float64Array): Float64Array {
  softmaxInPlace(floatLogitsOf(table, example, out), 1);
  for (let k = 0; k < out.length; k++) out[k] = ((out[k] ?? 0) - (k === example.label ? 1 : 0)) * example.weight;
  return out;
}

export function trainSoftmax(examples: readonly TrainingExample[], options: SoftmaxOptions): SoftmaxWeights {
  const { labelCount, learningRate, l2 } = options;
  const rows = 1 << options.bits;
  const weights = new Float32Array(rows * labelCount);
  const bias = new Float32Array(labelCount);
  const moment1 = new Float32Array(rows * labelCount);
  const moment2 = new Float32Array(rows * labelCount);
  const biasMoment1 = new Float64Array(labelCount);
  const biasMoment2 = new Float64Array(labelCount);
  const gradient = new Float64Array(rows * labelCount);
  const biasGradient = new Float64Array(labelCount);
  const touchedStamp = new Int32Array(rows).fill(-1);
  const touched: number[] = [];
  const logits = new Float64Array(labelCount);
  const rng = new Rng(options.seed);
  const table: WeightTable = { weights, bias };
  let step = 0;

  const accumulate = (bucket: number, scale: number, batch: number): void => {
    if (touchedStamp[bucket] !== batch) {
      touchedStamp[bucket] = batch;
      touched.push(bucket);
    }
    const row = bucket * labelCount;
    for (let k = 0; k < labelCount; k++) gradient[row + k] = (gradient[row + k] ?? 0) + (logits[k] ?? 0) * scale;
  };

  const adam = (g: number, m1: number, m2: number, correction1: number, correction2: number) => {
    const first = BETA1 * m1 + (1 - BETA1) * g;
    const second = BETA2 * m2 + (1 - BETA2) * g * g;
    const delta = (learningRate * (first / correction1)) / (Math.sqrt(second / correction2) + EPSILON);
    return { first, second, delta };
  };

  let batch = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const order = shuffled(examples.length, rng);
    for (let from = 0; from < order.length; from += options.batchSize, batch++) {
      touched.length = 0;
      biasGradient.fill(0);
      const to = Math.min(order.length, from + options.batchSize);
      for (let i = from; i < to; i++) {
        const example = examples[order[i] ?? 0];
        if (example === undefined) continue;
        logitGradient(example, table, logits);
        for (let k = 0; k < labelCount; k++) biasGradient[k] = (biasGradient[k] ?? 0) + (logits[k] ?? 0);
        for (const bucket of example.text) accumulate(bucket, example.textScale, batch);
        for (const bucket of example.lexicon) accumulate(bucket, 1, batch);
      }
      step++;
      const correction1 = 1 - BETA1 ** step;
      const correction2 = 1 - BETA2 ** step;
      const size = to - from;
      for (const bucket of touched) {
        for (let k = 0; k < labelCount; k++) {
          const i = bucket * labelCount + k;
          const g = (gradient[i] ?? 0) / size + l2 * (weights[i] ?? 0);
          gradient[i] = 0;
          const { first, second, delta } = adam(g, moment1[i] ?? 0, moment2[i] ?? 0, correction1, correction2);
          moment1[i] = first;
          moment2[i] = second;
          weights[i] = (weights[i] ?? 0) - delta;
        }
      }
      for (let k = 0; k < labelCount; k++) {
        const g = (biasGradient[k] ?? 0) / size;
        const { first, second, delta } = adam(g, biasMoment1[k] ?? 0, biasMoment2[k] ?? 0, correction1, correction2);
        biasMoment1[k] = first;
        biasMoment2[k] = second;
        bias[k] = (bias[k] ?? 0) - delta;
      }
    }
  }
  return { weights, bias };
}
