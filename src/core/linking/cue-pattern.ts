import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { normalize } from '../../normalize/normalize.js';
import { findPackageRoot } from '../package-root.js';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A cue file of data/linking (`language,cue,note`) as one alternation on normalised (lower-case, folded) text, each
 * cue at the start of a word; a `*` ends a cue that may go on (`мошенник*`). Longest first, so a cue is not cut
 * short by its own prefix.
 */
export function cuePattern(csv: string): RegExp {
  const rows: { cue?: string }[] = parse(csv, { columns: true, skip_empty_lines: true, trim: true });
  const alternatives = rows
    .map((row) => row.cue ?? '')
    .filter((cue) => cue !== '')
    .map((cue) => {
      const prefix = cue.endsWith('*');
      const body = normalize(prefix ? cue.slice(0, -1) : cue).text;
      return escapeRegExp(body) + (prefix ? '' : '(?![\\p{L}\\p{N}_])');
    })
    .sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})`, 'u');
}

/** The pattern of one file of data/linking, read on first use (linking runs without these files loaded). */
export function lazyCuePattern(file: string): () => RegExp {
  let pattern: RegExp | null = null;
  return () => {
    pattern ??= cuePattern(readFileSync(join(findPackageRoot(import.meta.url), 'data', 'linking', file), 'utf8'));
    return pattern;
  };
}
