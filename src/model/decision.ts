import type { DetectionLabel } from './detection.js';

export interface Scored {
  readonly label: DetectionLabel;
  readonly score: number;
}

/**
 * One decision per document from its detectors' outcomes: the flagged outcome with the highest score wins;
 * with none flagged the document is `none`, scored by the surest detector. Ties keep the earlier outcome.
 */
export function decide<T extends Scored>(outcomes: readonly T[]): T | null {
  let best: T | null = null;
  for (const outcome of outcomes) {
    if (best === null) best = outcome;
    else if (outcome.label !== 'none' && (best.label === 'none' || outcome.score > best.score)) best = outcome;
    else if (outcome.label === 'none' && best.label === 'none' && outcome.score > best.score) best = outcome;
  }
  return best;
}
