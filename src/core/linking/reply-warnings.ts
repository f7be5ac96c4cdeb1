import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { normalize } from '../../normalize/normalize.js';
import { findPackageRoot } from '../package-root.js';

const CUES_FILE = join(findPackageRoot(import.meta.url), 'data', 'linking', 'reply-warnings.csv');

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The cues as one alternation on normalised (lower-case, folded) text, each at the start of a word. */
function cuePattern(csv: string): RegExp {
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

let pattern: RegExp | null = null;

/**
 * Whether a text warns about, reports or mocks what it answers (data/linking/reply-warnings.csv). Linking reads it
 * only for replies, which are short; the `u` flag's cost does not matter there.
 */
export function isWarning(text: string): boolean {
  pattern ??= cuePattern(readFileSync(CUES_FILE, 'utf8'));
  return pattern.test(normalize(text).text);
}
