import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../../scripts/generate-corpus.js';
import type { DetectionLabel } from '../../../model/detection.js';
import { normalize } from '../../../normalize/normalize.js';
import lexiconDetector from './index.js';
import { findPackageRoot } from './package-root.js';

/*
 * Accuracy floors the detector reaches today. The synthetic corpus is written from the same knowledge as the
 * lexicon, so its numbers are optimistic; the news posts are real text labelled by a reader.
 */
function predict(text: string): DetectionLabel {
  return lexiconDetector.detect({ text, normalized: normalize(text), title: null, language: null }).label;
}

describe('lexicon detector on the synthetic labelled corpus', () => {
  const records = [...generateCorpus({ seed: 7, count: 3000 })];
  const predictions = records.map((r) => ({ truth: r.label, predicted: predict(r.text) }));

  it('finds at least 95% of sale and recruitment ads with the right label', () => {
    const trade = predictions.filter((p) => p.truth === 'sale' || p.truth === 'recruitment');
    const found = trade.filter((p) => p.predicted === p.truth);
    expect(trade.length).toBeGreaterThan(300);
    expect(found.length / trade.length).toBeGreaterThanOrEqual(0.95);
  });

  it('flags at most 1% of ordinary texts and hard negatives as sale, recruitment or propaganda', () => {
    const negatives = predictions.filter((p) => p.truth === 'none');
    const flagged = negatives.filter((p) => ['sale', 'recruitment', 'propaganda'].includes(p.predicted));
    expect(negatives.length).toBeGreaterThan(1500);
    expect(flagged.length / negatives.length).toBeLessThanOrEqual(0.01);
  });

  it('labels at least 95% of all records correctly', () => {
    const correct = predictions.filter((p) => p.predicted === p.truth).length;
    expect(correct / predictions.length).toBeGreaterThanOrEqual(0.95);
  });
});

describe('lexicon detector on real Russian news (data/demo/news-ru-sample.jsonl)', () => {
  const file = join(findPackageRoot(import.meta.url), 'data', 'demo', 'news-ru-sample.jsonl');
  const posts = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line): { text: string; label?: string } => JSON.parse(line));

  it('never calls news sale, recruitment or propaganda', () => {
    const flagged = posts.filter((p) => ['sale', 'recruitment', 'propaganda'].includes(predict(p.text)));
    expect(flagged.map((p) => p.text.slice(0, 80))).toEqual([]);
  });

  it('tells mentions from false keyword hits in at least 90% of the labelled posts', () => {
    const labelled = posts.filter((p) => p.label !== undefined);
    const correct = labelled.filter((p) => predict(p.text) === p.label);
    expect(labelled.length).toBeGreaterThan(90);
    expect(correct.length / labelled.length).toBeGreaterThanOrEqual(0.9);
  });
});
