import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figuresOf, isFlag } from '../../../../scripts/eval-metrics.js';
import { findPackageRoot } from '../../../core/package-root.js';
import { DETECTION_LABELS, type DetectionLabel } from '../../../model/detection.js';
import { normalize } from '../../../normalize/normalize.js';
import classifierDetector from './index.js';

/*
 * Floors on data/training/heldout.jsonl: the written-here texts of the dev clusters, which training never saw
 * (npm run train writes the file). The floors are a little under what the committed model reaches, so a worse
 * model or a normaliser change that hurts it fails here; they are not the targets, which are judged
 * on real messages.
 */
interface Heldout {
  readonly text: string;
  readonly label: DetectionLabel;
  readonly language: string;
}

function isLabel(value: unknown): value is DetectionLabel {
  return DETECTION_LABELS.some((label) => label === value);
}

const heldout = readFileSync(join(findPackageRoot(import.meta.url), 'data', 'training', 'heldout.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line): Heldout => {
    const { text, label, language }: { text: unknown; label: unknown; language: unknown } = JSON.parse(line);
    if (typeof text !== 'string' || !isLabel(label) || typeof language !== 'string') throw new Error(line);
    return { text, label, language };
  });

const predictions = heldout.map((h) => ({
  truth: h.label,
  predicted: classifierDetector.detect({ text: h.text, normalized: normalize(h.text), title: null, language: null })
    .label,
  language: h.language,
}));

// Reached by classifier 2.1.0 on its 118 trade texts and 255 negatives: 0.958, 0.991, 0.008, 21/22, 0.924, and
// 20 of 177 flagged texts missed, 15 of them propaganda (2.0.0 on 95 and 176: 0.937, 0.989, 0.017, 12/12, 0.910,
// 12 of 125).
const TRADE_RECALL = 0.9;
const SALE_VS_RECRUITMENT = 0.95;
const NEGATIVE_FPR = 0.03;
const ENGLISH_SALE_RECALL = 0.9;
const ACCURACY = 0.88;
/** Of the texts that should be flagged, the share left `none`. */
const MISSED_SHARE = 0.13;

describe('classifier on the held-out written texts', () => {
  const figures = figuresOf(predictions);

  it('holds enough texts of each kind to mean something', () => {
    expect(figures.tradeSupport).toBeGreaterThanOrEqual(60);
    expect(figures.negativeSupport).toBeGreaterThanOrEqual(80);
  });

  it('flags sale and recruitment texts', () => {
    expect(figures.tradeRecall).toBeGreaterThanOrEqual(TRADE_RECALL);
  });

  it('tells sale from recruitment', () => {
    expect(figures.saleVsRecruitment).toBeGreaterThanOrEqual(SALE_VS_RECRUITMENT);
  });

  it('leaves hard negatives and news mostly unflagged', () => {
    expect(figures.negativeFpr).toBeLessThanOrEqual(NEGATIVE_FPR);
  });

  it('finds English darknet-style sale listings', () => {
    const english = predictions.filter((p) => p.language === 'en' && p.truth === 'sale');
    const found = english.filter((p) => p.predicted === 'sale');
    expect(english.length).toBeGreaterThanOrEqual(8);
    expect(found.length / english.length).toBeGreaterThanOrEqual(ENGLISH_SALE_RECALL);
  });

  it('labels most texts exactly', () => {
    expect(figures.accuracy).toBeGreaterThanOrEqual(ACCURACY);
    const flagged = predictions.filter((p) => isFlag(p.truth));
    const missed = flagged.filter((p) => p.predicted === 'none');
    expect(missed.length / flagged.length).toBeLessThanOrEqual(MISSED_SHARE);
  });
});
