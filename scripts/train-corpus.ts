import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { normalize } from '../src/normalize/normalize.js';
import { type LabelledText, loadVendored, loadWrittenHere, obfuscatedCopies, syntheticTexts } from './train-data.js';
import { type Assignment, assignSplits } from './train-split.js';
import { TG_SPAM_SAMPLE } from './train-vendor-tg-spam.js';

/**
 * The whole labelled corpus with its split per text, as `npm run train` sees it; `npm run eval` rebuilds the
 * same thing to measure on exactly the dev clusters the model never saw.
 */
export const CORPUS_SEED = 20_241;
export const SYNTHETIC_PER_TEMPLATE = 30;

export interface SplitCorpus extends Assignment {
  readonly items: readonly LabelledText[];
}

export function writtenHereDirectory(root: string): string {
  return join(root, 'data', 'training', 'written-here');
}

export function newsSamplePath(root: string): string {
  return join(root, 'data', 'demo', 'news-ru-sample.jsonl');
}

export function loadCorpus(root: string): SplitCorpus {
  const written = loadWrittenHere(writtenHereDirectory(root));
  const items = [
    ...written,
    ...obfuscatedCopies(written, CORPUS_SEED),
    ...loadVendored(newsSamplePath(root), 'news-ru-sample'),
    ...loadVendored(join(root, 'data', 'training', TG_SPAM_SAMPLE), 'tg-spam-sample'),
    ...syntheticTexts(CORPUS_SEED, SYNTHETIC_PER_TEMPLATE),
  ];
  return { items, ...assignSplits(items) };
}

/**
 * A hash of every corpus text as the normaliser reads it. The model learned from normalised text, so when the
 * normaliser changes this changes, and `npm run eval` says the model needs retraining.
 */
export function normalizedFingerprint(items: readonly LabelledText[]): string {
  const hash = createHash('sha256');
  for (const item of items) hash.update(normalize(item.text).text).update('\n');
  return hash.digest('hex');
}
