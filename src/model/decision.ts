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
 * Detectors whose outcome is the decision whenever they give one, in order of preference. The trained classifier
 * reads the lexicon's cues and decision as features and is calibrated: on the dev clusters it alone flags more
 * trade texts than the highest-scoring of it and the rules (93.9% vs 93.0%) with the same false alarms, and
 * tells mention from none far better (scripts/eval.ts). The rules' outcome stays a Detection of its own.
 */
export const DECIDING_DETECTORS: readonly string[] = ['classifier'];

/**
 * One decision per document from its detectors' outcomes. An outcome of a deciding detector decides; without
 * one (it failed, or is not installed) the flagged outcome with the highest score wins, and with none flagged
 * the document is `none`, scored by the surest detector. Ties keep the earlier outcome.
 */
export function decide<T extends DetectorOutcomeLike>(
  outcomes: readonly T[],
  deciding: readonly string[] = DECIDING_DETECTORS,
): T | null {
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
