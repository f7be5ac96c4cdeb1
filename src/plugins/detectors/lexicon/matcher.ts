import { normalize } from '../../../normalize/normalize.js';
import type { LexiconEntry } from './lexicon.js';
import { type TrieTerm, trieSource } from './regex-trie.js';

/** One lexicon hit in the text the matcher ran over. */
export interface TermHit {
  readonly start: number;
  readonly end: number;
  readonly entries: readonly LexiconEntry[];
}

export interface TermMatcher {
  /** Non-overlapping hits, leftmost and then longest first, each starting and ending at a word boundary. */
  match(text: string): TermHit[];
}

// Letters of the scripts we read, after lower-casing; digits and punctuation count as boundaries, so «0,5гр»
// still yields «гр», but `_` does not, so a handle like @snow_shop is not the word «snow». Written as code-unit
// ranges because the u flag costs ~50x in matching speed.
const LETTER = 'a-z_\\u0430-\\u04ff';
// A stem's ending takes letters only, so «наркот*» never runs on into a handle like @наркотики_kz.
const WORD_LETTER = 'a-z\\u0430-\\u04ff';
const SEPARATORS = /[\s-]+/g;

const SPACE_UNIT = '[\\s-]+';
const HYPHEN_UNIT = '[\\s-]?';
const STEM_TAIL = `[${WORD_LETTER}]*`;

/** Space in a term matches any run of spaces or hyphens, a hyphen an optional one: «альфа-пвп», «альфа пвп», «альфапвп». */
function unitsOf(term: string): string[] {
  return [...term.replace(/\s+/g, ' ')].map((ch) => {
    if (ch === ' ') return SPACE_UNIT;
    if (ch === '-') return HYPHEN_UNIT;
    return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  });
}

/** The lookup key of a term or of matched text: separators do not distinguish terms. */
function keyOf(text: string): string {
  return text.replace(SEPARATORS, '');
}

function groupByKey(entries: readonly LexiconEntry[]): {
  exact: Map<string, LexiconEntry[]>;
  stems: Map<string, LexiconEntry[]>;
  terms: TrieTerm[];
} {
  const exact = new Map<string, LexiconEntry[]>();
  const stems = new Map<string, LexiconEntry[]>();
  const terms: TrieTerm[] = [];
  for (const entry of entries) {
    const stem = entry.term.endsWith('*');
    // Terms go through the same normaliser as documents so that ё, accents and compatibility forms agree.
    const written = normalize(stem ? entry.term.slice(0, -1) : entry.term).text.trim();
    const key = keyOf(written);
    const table = stem ? stems : exact;
    const existing = table.get(key);
    if (existing !== undefined) {
      existing.push(entry);
      continue;
    }
    table.set(key, [entry]);
    terms.push({ units: unitsOf(written), tail: stem ? STEM_TAIL : '' });
  }
  return { exact, stems, terms };
}

export function compileMatcher(entries: readonly LexiconEntry[]): TermMatcher {
  const { exact, stems, terms } = groupByKey(entries);
  const source = `(?<![${LETTER}])${trieSource(terms)}(?![${LETTER}])`;
  const regex = new RegExp(source, 'g');

  const byPrefix = (key: string): readonly LexiconEntry[] | undefined => {
    for (let length = key.length; length > 0; length--) {
      const hit = stems.get(key.slice(0, length));
      if (hit !== undefined) return hit;
    }
    return undefined;
  };
  // Most matches hold no separator, so the key-building replace runs only when the plain lookups miss.
  const lookup = (matched: string): readonly LexiconEntry[] => {
    const plain = exact.get(matched) ?? byPrefix(matched);
    if (plain !== undefined) return plain;
    const key = keyOf(matched);
    return exact.get(key) ?? byPrefix(key) ?? [];
  };

  return {
    match(text: string): TermHit[] {
      const hits: TermHit[] = [];
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
        const found = lookup(m[0]);
        if (found.length > 0) hits.push({ start: m.index, end: m.index + m[0].length, entries: found });
      }
      return hits;
    },
  };
}
