import type { DetectionLabel } from '../src/model/detection.js';
import { softmaxInPlace } from '../src/plugins/detectors/classifier/scorer.js';
import { chooseLabel, type FlagLabel, type Thresholds } from '../src/plugins/detectors/classifier/thresholds.js';
import { figuresOf, type Prediction } from './eval-metrics.js';

/**
 * Calibration on held-out data: one temperature for all logits (temperature scaling keeps the ranking and
 * fixes over-confidence), then per-label minimum scores for the decision.
 */
export interface Scored {
  readonly logits: Float64Array;
  readonly truth: number;
}

function meanNll(items: readonly Scored[], temperature: number): number {
  let total = 0;
  const probs = new Float64Array(items[0]?.logits.length ?? 0);
  for (const item of items) {
    probs.set(item.logits);
    softmaxInPlace(probs, temperature);
    total -= Math.log(Math.max(probs[item.truth] ?? 0, 1e-12));
  }
  return total / Math.max(items.length, 1);
}

/** The temperature minimising the held-out negative log-likelihood, by golden-section search on log T. */
export function fitTemperature(items: readonly Scored[]): number {
  let lo = Math.log(0.05);
  let hi = Math.log(20);
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 60; i++) {
    const a = hi - ratio * (hi - lo);
    const b = lo + ratio * (hi - lo);
    if (meanNll(items, Math.exp(a)) <= meanNll(items, Math.exp(b))) hi = b;
    else lo = a;
  }
  return Math.exp((lo + hi) / 2);
}

export function probabilitiesAt(items: readonly Scored[], temperature: number): Float64Array[] {
  return items.map((item) => softmaxInPlace(Float64Array.from(item.logits), temperature));
}

const FLAG_LABELS: readonly FlagLabel[] = ['sale', 'recruitment', 'propaganda', 'mention'];
const MIN_THRESHOLD = 0.3;
const MAX_THRESHOLD = 0.95;
/*
 * What one flagged negative costs against F1, per label: analysts drown in false alarms (issue 3). Propaganda
 * pays most, as its recall is no target and its false alarms land on ordinary chat; mention flags nothing.
 */
const FALSE_ALARM_COST: Readonly<Record<FlagLabel, number>> = { sale: 3, recruitment: 3, propaganda: 10, mention: 0 };

function predictAll(
  probs: readonly Float64Array[],
  truths: readonly number[],
  labels: readonly DetectionLabel[],
  thresholds: Thresholds,
): Prediction[] {
  return probs.map((p, i) => ({
    truth: labels[truths[i] ?? 0] ?? 'none',
    predicted: chooseLabel(p, labels, thresholds).label,
  }));
}

function objective(predictions: readonly Prediction[], label: FlagLabel): number {
  const figures = figuresOf(predictions);
  const fpr = Number.isNaN(figures.negativeFpr) ? 0 : figures.negativeFpr;
  return figures.perLabel[label].f1 - FALSE_ALARM_COST[label] * fpr;
}

// Half-width, in candidate steps, of the moving average taken over the objective before choosing its best.
const SMOOTHING = 2;

/**
 * The objective averaged over neighbouring candidates. On a few thousand out-of-fold texts it is a ragged step
 * function, nearly flat over a wide range for sale and recruitment, so its raw maximum moves by a tenth with a
 * handful of texts; the average picks the middle of a good region instead of a lucky spike.
 */
function smoothed(scores: readonly number[]): number[] {
  return scores.map((_, i) => {
    const window = scores.slice(Math.max(0, i - SMOOTHING), i + SMOOTHING + 1);
    return window.reduce((sum, score) => sum + score, 0) / window.length;
  });
}

/**
 * Per-label minimum scores, each chosen in turn (two rounds) to maximise the smoothed value of that label's F1
 * less a penalty for the share of negatives flagged as anything; ties go to the higher, more conservative one.
 */
export function chooseThresholds(
  probs: readonly Float64Array[],
  truths: readonly number[],
  labels: readonly DetectionLabel[],
): Thresholds {
  let current: Thresholds = { sale: 0.5, recruitment: 0.5, propaganda: 0.5, mention: 0.5 };
  const candidates: number[] = [];
  for (let t = MIN_THRESHOLD; t <= MAX_THRESHOLD + 1e-9; t += 0.01) candidates.push(Math.round(t * 100) / 100);
  for (let round = 0; round < 2; round++) {
    for (const label of FLAG_LABELS) {
      const scores = smoothed(
        candidates.map((candidate) =>
          objective(predictAll(probs, truths, labels, { ...current, [label]: candidate }), label),
        ),
      );
      let best = 0;
      scores.forEach((score, i) => {
        if (score >= (scores[best] ?? score)) best = i;
      });
      current = { ...current, [label]: candidates[best] ?? current[label] };
    }
  }
  return current;
}
