import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { QyranError } from '../../../core/errors.js';
import type { DetectionLabel } from '../../../model/detection.js';

/**
 * The minimum calibrated score each label needs before the classifier calls it: configuration, in
 * data/models/thresholds.json, with defaults chosen by `npm run train` on held-out data. A label that does not
 * reach its minimum is not called, and the document is `none` unless another label reaches its own.
 */
export type FlagLabel = Exclude<DetectionLabel, 'none'>;
export type Thresholds = Readonly<Record<FlagLabel, number>>;

const score = z.number().min(0).max(1);
const ThresholdsSchema = z.object({
  model: z.string(),
  minScore: z.object({ sale: score, recruitment: score, propaganda: score, mention: score }),
});

export function readThresholds(path: string, modelName: string): Thresholds {
  const parsed = ThresholdsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new QyranError('CONFIG_INVALID', `${path}: ${z.prettifyError(parsed.error)}`);
  if (parsed.data.model !== modelName) {
    throw new QyranError('CONFIG_INVALID', `${path} is for model ${parsed.data.model}, not ${modelName}`, {
      hint: 'npm run train writes thresholds for the model it trains',
    });
  }
  return parsed.data.minScore;
}

/**
 * The label with the highest probability among those that reach their threshold, else `none` scored by its own
 * probability. `probs` is in DETECTION_LABELS order.
 */
export function chooseLabel(
  probs: Float64Array,
  labels: readonly DetectionLabel[],
  thresholds: Thresholds,
): { label: DetectionLabel; score: number } {
  let best: DetectionLabel = 'none';
  let bestScore = -1;
  let noneScore = 0;
  // A plain loop: forEach's callback was allocated per document on the detector's hot path.
  for (let k = 0; k < labels.length; k++) {
    const label = labels[k] ?? 'none';
    const p = probs[k] ?? 0;
    if (label === 'none') noneScore = p;
    else if (p >= thresholds[label] && p > bestScore) {
      best = label;
      bestScore = p;
    }
  }
  return best === 'none' ? { label: 'none', score: noneScore } : { label: best, score: bestScore };
}
