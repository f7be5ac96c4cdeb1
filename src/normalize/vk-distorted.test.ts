import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.js';

/**
 * The 126 hand-corrected comments of Russian Distorted Toxicity (MIT, see its DATASTATEMENT.md). Read from the
 * shared data folder and never copied here: the comments carry VK user ids.
 */
const DATA = join(import.meta.dirname, '../../../shared/data/vk-distorted/russian_distorted_toxicity.tsv');

interface Row {
  readonly comments: string;
  readonly distortion: string;
  readonly corrected: string;
}

function isRow(value: unknown): value is Row {
  return (
    typeof value === 'object' &&
    value !== null &&
    'comments' in value &&
    typeof value.comments === 'string' &&
    'distortion' in value &&
    typeof value.distortion === 'string' &&
    'corrected' in value &&
    typeof value.corrected === 'string'
  );
}

function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** What a pipeline that does not undo disguises sees: compatibility forms, case and ё only. */
function plainFold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replaceAll('ё', 'е');
}

/**
 * Word-level repair. The disguised words of a comment are the words of its corrected version (normalised) that
 * the plain fold of the comment lacks; a word is repaired when the normalised comment has it, and broken when
 * the plain fold had it and the normalised comment lost it.
 */
function repairOf(row: Row): { disguised: number; repaired: number; broken: number } {
  const target = wordCounts(normalize(row.corrected).text);
  const before = wordCounts(plainFold(row.comments));
  const after = wordCounts(normalize(row.comments).text);
  let disguised = 0;
  let repaired = 0;
  let broken = 0;
  for (const [word, wanted] of target) {
    const missingBefore = Math.max(0, wanted - (before.get(word) ?? 0));
    const missingAfter = Math.max(0, wanted - (after.get(word) ?? 0));
    disguised += missingBefore;
    repaired += Math.max(0, missingBefore - missingAfter);
    broken += Math.max(0, missingAfter - missingBefore);
  }
  return { disguised, repaired, broken };
}

describe.skipIf(!existsSync(DATA))(
  'normalize on ../shared/data/vk-distorted (skipped when that folder is absent)',
  () => {
    const rows = existsSync(DATA)
      ? parse(readFileSync(DATA), { delimiter: '\t', columns: true, relax_quotes: true }).filter(isRow)
      : [];
    const distorted = rows.filter((row) => row.distortion === '1');

    it('reads the 126 hand-corrected comments', () => {
      expect(rows).toHaveLength(3000);
      expect(distorted).toHaveLength(126);
    });

    it('repairs the disguised words it can and breaks none', () => {
      // Most corrections left are censoring that no rule can undo («х..ня», «по%уй», «3.14здец»).
      const exact = distorted.filter((row) => normalize(row.comments).text === normalize(row.corrected).text).length;
      const total = distorted.map(repairOf).reduce((sum, one) => ({
        disguised: sum.disguised + one.disguised,
        repaired: sum.repaired + one.repaired,
        broken: sum.broken + one.broken,
      }));
      expect(exact).toBeGreaterThanOrEqual(46);
      expect(total.disguised).toBeGreaterThanOrEqual(140);
      expect(total.repaired).toBeGreaterThanOrEqual(59);
      expect(total.broken).toBe(0);
    });

    it('is idempotent on every comment', () => {
      for (const row of rows) {
        const once = normalize(row.comments).text;
        expect(normalize(once).text).toBe(once);
      }
    });
  },
);
