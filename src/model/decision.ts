import type { DetectionLabel } from './detection.js';

export interface Scored {
  readonly label: DetectionLabel;
  readonly score: number;
}

export interface DetectorOutcomeLike extends Scored {
  /** The id of the detector that gave the outcome; outcomes without one are weighed by the fallback rule only. */
  readonly detector?: string;
}

/**
 * One decision per document from its detectors' outcomes. An outcome of a deciding detector (`deciding`, ids in
 * order of preference: the detectors that declare `decides`) decides; without one (it failed, or is not
 * installed) the flagged outcome with the highest score wins, and with none flagged the document is `none`, scored
 * by the surest detector. Ties keep the earlier outcome.
 */
export function decide<T extends DetectorOutcomeLike>(outcomes: readonly T[], deciding: readonly string[]): T | null {
  for (const id of deciding) {
    const outcome = outcomes.find((o) => o.detector === id);
    if (outcome !== undefined) return outcome;
  }
  let best: T | null = null;
  for (const outcome of outcomes) {
    if (best === null) best = outcome;
    else if (outcome.label !== 'none' && (best.label === 'none' || outcome.score > best.score)) best = outcome;
    else if (outcome.label === 'none' && best.label === 'none' && outcome.score > best.score) best = outcome;
  }
  return best;
}
