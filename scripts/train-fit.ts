import { DETECTION_LABELS } from '../src/model/detection.js';
import { FEATURE_CONFIG } from '../src/plugins/detectors/classifier/feature-config.js';
import { quantize } from '../src/plugins/detectors/classifier/model-file.js';
import { logitsOf, type ScoringTable } from '../src/plugins/detectors/classifier/scorer.js';
import type { Scored } from './train-calibrate.js';
import { type TrainingExample, trainSoftmax } from './train-softmax.js';
import { FOLDS } from './train-split.js';

/**
 * Fitting as the committed model will be used: trained, then made relative to none and int4-quantised, and
 * scored as the detector scores it, so every figure measured on the result is the committed model's.
 */
export const OPTIONS = { epochs: 6, batchSize: 32, learningRate: 0.02, l2: 1e-6 };

export function fitModel(examples: readonly TrainingExample[], seed: number): ScoringTable {
  const trained = trainSoftmax(examples, {
    ...OPTIONS,
    bits: FEATURE_CONFIG.bits,
    labelCount: DETECTION_LABELS.length,
    seed,
  });
  return quantize(trained.weights, trained.bias);
}

/**
 * Out-of-fold logits for every example: fold f is scored by a model fitted on the other folds. They stand in
 * for unseen data when fitting the temperature and the thresholds, from five times more texts than one held-out
 * split would give.
 */
export function outOfFold(examples: readonly TrainingExample[], folds: readonly number[], seed: number): Scored[] {
  const out: Scored[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const table = fitModel(
      examples.filter((_, i) => folds[i] !== fold),
      seed + fold + 1,
    );
    examples.forEach((example, i) => {
      if (folds[i] !== fold) return;
      out.push({ logits: logitsOf(table, example, new Float64Array(DETECTION_LABELS.length)), truth: example.label });
    });
  }
  return out;
}
