import { normalize } from '../../../normalize/normalize.js';
import { CodeTrie } from './code-trie.js';
import { CONTACT_RULE_IDS } from './contact-cues.js';
import type { LexiconEntry } from './lexicon.js';
import { type TrieTerm, trieSource } from './regex-trie.js';

/** A lexicon entry with its rule's number (decide.ts `Cue`), counted on from the contact kinds'. */
export interface MatchedEntry extends LexiconEntry {
  readonly ruleId: number;
}

/** One lexicon hit in the text the matcher ran over. */
export interface TermHit {
  readonly start: number;
  readonly end: number;
  readonly entries: readonly MatchedEntry[];
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

/**
 * A character class of the code units terms start with, or null when a term starts with a hyphen, which may
 * stand for nothing.
 */
function firstUnitsClass(written: readonly string[]): string | null {
  const firsts = new Set(written.map((term) => term.charCodeAt(0)));
  if (firsts.has(0x2d)) return null;
  return `[${[...firsts].map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('')}]`;
}

/** The lookup key of a term: separators do not distinguish terms. */
function keyOf(text: string): string {
  return text.replace(SEPARATORS, '');
}

/** JavaScript's `\s` or a hyphen: what SEPARATORS matches. */
function isSeparator(code: number): boolean {
  if (code === 0x20 || code === 0x2d || (code >= 0x09 && code <= 0x0d)) return true;
  if (code < 0xa0) return false;
  // Letters of the scripts we read lie between the no-break space and the next separator: two tests for each.
  if (code < 0x1680) return code === 0xa0;
  return (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The entries of matched text, by key: the entries of the exact term the text spells, else of the longest stem
 * it starts with; separators are read through only when the text as written finds nothing. A trie of keys walked
 * over the text's own code units, so no substring is made per hit.
 */
class KeyTable {
  private readonly trie = new CodeTrie();
  private readonly exact: (MatchedEntry[] | undefined)[] = [];
  private readonly stems: (MatchedEntry[] | undefined)[] = [];

  /** Adds an entry under its key; returns false when the key was there already (the entry joins it). */
  add(key: string, stem: boolean, entry: MatchedEntry): boolean {
    let node = 0;
    for (let i = 0; i < key.length; i++) node = this.trie.childOrNew(node, key.charCodeAt(i));
    const table = stem ? this.stems : this.exact;
    const existing = table[node];
    if (existing !== undefined) {
      existing.push(entry);
      return false;
    }
    table[node] = [entry];
    return true;
  }

  lookup(text: string, start: number, end: number): readonly MatchedEntry[] {
    return this.walk(text, start, end, false) ?? this.walk(text, start, end, true) ?? [];
  }

  /**
   * The exact entries of the whole span, else those of its longest stem prefix. Without `skipSeparators`, a
   * separator ends the walk (no key holds one); with it, separators are read as absent.
   */
  private walk(text: string, start: number, end: number, skipSeparators: boolean): MatchedEntry[] | undefined {
    let node = 0;
    let stem: MatchedEntry[] | undefined;
    let i = start;
    for (; i < end; i++) {
      const code = text.charCodeAt(i);
      if (isSeparator(code)) {
        if (skipSeparators) continue;
        break;
      }
      node = this.trie.child(node, code);
      if (node < 0) break;
      stem = this.stems[node] ?? stem;
    }
    return (i === end && node >= 0 ? this.exact[node] : undefined) ?? stem;
  }
}

export function compileMatcher(entries: readonly LexiconEntry[]): TermMatcher {
  const keys = new KeyTable();
  const terms: TrieTerm[] = [];
  const written: string[] = [];
  const ruleIds = new Map<string, number>();
  for (const entry of entries) {
    const stem = entry.term.endsWith('*');
    // Terms go through the same normaliser as documents so that ё, accents and compatibility forms agree.
    const term = normalize(stem ? entry.term.slice(0, -1) : entry.term).text.trim();
    const ruleId = ruleIds.get(entry.rule) ?? CONTACT_RULE_IDS + ruleIds.size;
    ruleIds.set(entry.rule, ruleId);
    if (keys.add(keyOf(term), stem, { ...entry, ruleId })) {
      terms.push({ units: unitsOf(term), tail: stem ? STEM_TAIL : '' });
      written.push(term);
    }
  }
  const trie = trieSource(terms);
  // Most word starts begin no term: one class test turns them down before the engine tries the trie's first
  // branches one by one (the regex alone, old and new alternated in one process: 0.61 -> 0.43 us per generated ad,
  // 2.12 -> 2.02 us per tg-spam post; `match` with its lookups 0.96 -> 0.87 us per ad, within 5% either way on
  // tg-spam).
  const firsts = firstUnitsClass(written);
  const termStart = firsts === null ? '' : `(?=${firsts})`;
  // A term at the start of the text, then each term after the character before it: consuming that character
  // rather than looking behind for it lets the engine skip letters quickly (the scan alone, old and new
  // alternated in one process: 0.76 -> 0.61 us per generated ad, 2.6 -> 2.1 us per tg-spam post; normalise + both
  // detectors +1-3%, about this machine's noise). Each search starts a character before the last term's end, as
  // that character may be the one before the next term (a term may end in a digit, «24/7»).
  const termAt = new RegExp(`${trie}(?![${LETTER}])`, 'y');
  const afterBoundary = new RegExp(`[^${LETTER}]${termStart}${trie}(?![${LETTER}])`, 'g');
  const addHit = (hits: TermHit[], text: string, start: number, end: number): void => {
    const found = keys.lookup(text, start, end);
    if (found.length > 0) hits.push({ start, end, entries: found });
  };

  return {
    match(text: string): TermHit[] {
      const hits: TermHit[] = [];
      termAt.lastIndex = 0;
      if (termAt.test(text)) addHit(hits, text, 0, termAt.lastIndex);
      afterBoundary.lastIndex = Math.max(0, termAt.lastIndex - 1);
      for (let m = afterBoundary.exec(text); m !== null; m = afterBoundary.exec(text)) {
        const end = afterBoundary.lastIndex;
        addHit(hits, text, m.index + 1, end);
        afterBoundary.lastIndex = end - 1;
      }
      return hits;
    },
  };
}
