import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalSet } from './eval-sets.js';
import { nearDuplicateClusters } from './train-clusters.js';
import { type LabelledText, loadWrittenHere } from './train-data.js';

/**
 * The untouched test set: texts written here (data/training/unseen-test/) that training never reads and that are
 * never used to choose data, rules or thresholds, so its figures say how the model does on new wording. A test
 * text that is a near-duplicate of any corpus text (train or dev) is left out, or it would measure memory.
 */
export function unseenTestDirectory(root: string): string {
  return join(root, 'data', 'training', 'unseen-test');
}

export interface UnseenTest {
  readonly sets: EvalSet[];
  /** Test texts left out as near-duplicates of corpus texts. */
  readonly overlapping: number;
}

export function unseenTestSets(root: string, corpus: readonly LabelledText[]): UnseenTest {
  const directory = unseenTestDirectory(root);
  if (!existsSync(directory)) return { sets: [], overlapping: 0 };
  const test = loadWrittenHere(directory);
  // A cluster's root is its first member, and the corpus comes first: a root inside it means a corpus near-twin.
  const clusters = nearDuplicateClusters([...corpus, ...test]);
  const kept = test.filter((_, i) => (clusters[corpus.length + i] ?? 0) >= corpus.length);
  const byLanguage = ['ru', 'kk', 'mix', 'en'].map(
    (language): EvalSet => ({
      name: `unseen test · ${language}`,
      texts: kept.filter((t) => t.language === language),
      subset: true,
    }),
  );
  return {
    sets: [{ name: 'unseen test (written here, never trained on)', texts: kept, subset: false }, ...byLanguage],
    overlapping: test.length - kept.length,
  };
}
