import type { DetectionLabel } from '../src/model/detection.js';

/**
 * The figures the issue asks for, from (truth, predicted) pairs: per-label precision, recall and F1, the
 * false-positive rate on negatives, trade recall, and how often sale is told from recruitment.
 */
export interface Prediction {
  readonly truth: DetectionLabel;
  readonly predicted: DetectionLabel;
}

export interface LabelFigures {
  readonly support: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface Figures {
  readonly count: number;
  readonly perLabel: Readonly<Record<DetectionLabel, LabelFigures>>;
  /** Share of sale + recruitment texts flagged as either. */
  readonly tradeRecall: number;
  readonly tradeSupport: number;
  /** Of sale/recruitment texts flagged as either, the share given the right one of the two. */
  readonly saleVsRecruitment: number;
  /** Share of negatives (truth none or mention) flagged as sale, recruitment or propaganda. */
  readonly negativeFpr: number;
  readonly negativeSupport: number;
  readonly accuracy: number;
}

const FLAGS: ReadonlySet<DetectionLabel> = new Set(['sale', 'recruitment', 'propaganda']);
const TRADE: ReadonlySet<DetectionLabel> = new Set(['sale', 'recruitment']);

export function isFlag(label: DetectionLabel): boolean {
  return FLAGS.has(label);
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? Number.NaN : part / whole;
}

function labelFigures(predictions: readonly Prediction[], label: DetectionLabel): LabelFigures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of predictions) {
    if (p.predicted === label && p.truth === label) tp++;
    else if (p.predicted === label) fp++;
    else if (p.truth === label) fn++;
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = tp === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { support: tp + fn, precision, recall, f1 };
}

export function figuresOf(predictions: readonly Prediction[]): Figures {
  const trade = predictions.filter((p) => TRADE.has(p.truth));
  const tradeFlagged = trade.filter((p) => TRADE.has(p.predicted));
  const negatives = predictions.filter((p) => !FLAGS.has(p.truth));
  return {
    count: predictions.length,
    perLabel: {
      sale: labelFigures(predictions, 'sale'),
      recruitment: labelFigures(predictions, 'recruitment'),
      propaganda: labelFigures(predictions, 'propaganda'),
      mention: labelFigures(predictions, 'mention'),
      none: labelFigures(predictions, 'none'),
    },
    tradeRecall: ratio(tradeFlagged.length, trade.length),
    tradeSupport: trade.length,
    saleVsRecruitment: ratio(tradeFlagged.filter((p) => p.predicted === p.truth).length, tradeFlagged.length),
    negativeFpr: ratio(negatives.filter((p) => FLAGS.has(p.predicted)).length, negatives.length),
    negativeSupport: negatives.length,
    accuracy: ratio(predictions.filter((p) => p.predicted === p.truth).length, predictions.length),
  };
}
