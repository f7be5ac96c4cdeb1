import type { FeatureVector } from './features.js';
import type { SoftmaxModel } from './model-file.js';

/**
 * Logits and calibrated probabilities. Written for exactly the five DETECTION_LABELS, with one accumulator per
 * label: a loop over labels with an array accumulator measured eight times slower on the hot path.
 */
export interface WeightTable {
  /** Bucket-major: the weight of bucket b for label k is weights[b * 5 + k]. */
  readonly weights: Float32Array;
  readonly bias: Float32Array;
}

function addRows(weights: Float32Array, buckets: Int32Array, scale: number, out: Float64Array): void {
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  let a3 = 0;
  let a4 = 0;
  for (let i = 0; i < buckets.length; i++) {
    const row = (buckets[i] ?? 0) * 5;
    a0 += weights[row] ?? 0;
    a1 += weights[row + 1] ?? 0;
    a2 += weights[row + 2] ?? 0;
    a3 += weights[row + 3] ?? 0;
    a4 += weights[row + 4] ?? 0;
  }
  out[0] = (out[0] ?? 0) + a0 * scale;
  out[1] = (out[1] ?? 0) + a1 * scale;
  out[2] = (out[2] ?? 0) + a2 * scale;
  out[3] = (out[3] ?? 0) + a3 * scale;
  out[4] = (out[4] ?? 0) + a4 * scale;
}

/** Raw logits of a feature vector in DETECTION_LABELS order: the training script and the detector share it. */
export function logitsOf(table: WeightTable, vector: FeatureVector, out: Float64Array): Float64Array {
  out.set(table.bias);
  addRows(table.weights, vector.text, vector.textScale, out);
  addRows(table.weights, vector.lexicon, 1, out);
  return out;
}

/** Softmax of logits / temperature, in place. */
export function softmaxInPlace(values: Float64Array, temperature: number): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) max = Math.max(max, v / temperature);
  let sum = 0;
  for (let k = 0; k < values.length; k++) {
    const e = Math.exp((values[k] ?? 0) / temperature - max);
    values[k] = e;
    sum += e;
  }
  for (let k = 0; k < values.length; k++) values[k] = (values[k] ?? 0) / sum;
  return values;
}

/** Calibrated probabilities per label, in DETECTION_LABELS order. */
export function probabilities(model: SoftmaxModel, vector: FeatureVector, out: Float64Array): Float64Array {
  return softmaxInPlace(logitsOf(model, vector, out), model.temperature);
}
