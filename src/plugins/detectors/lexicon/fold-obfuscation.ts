import { type NormalizedText, sourceOffset } from '../../../normalize/normalize.js';

/**
 * Undoes the cheap disguises of drug ads that the shared normaliser keeps: Latin or digit look-alikes inside a
 * Cyrillic word («3аклaдки») and letters spaced apart («М Е Ф», «З.А.К.Л.А.Д.К.И»). Spans found in the folded
 * text map back to the normalised text through `toNormalized`.
 */
export interface FoldedText {
  readonly text: string;
  /** Folded code unit i came from normalised code unit `toNormalized[i]`; null when the text did not change. */
  readonly toNormalized: Uint32Array | null;
}

// Only look-alikes of lower-case Cyrillic after lower-casing: what «ЗАКЛAДКИ» with Latin A, K or H becomes.
const LATIN_LOOKALIKE: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  k: 'к',
  m: 'м',
  n: 'п',
  o: 'о',
  p: 'р',
  r: 'г',
  t: 'т',
  u: 'и',
  x: 'х',
  y: 'у',
  '@': 'а',
};
const DIGIT_LOOKALIKE: Readonly<Record<string, string>> = { '0': 'о', '3': 'з', '4': 'ч', '6': 'б' };
const SPACING = new Set([' ', '.', '-', '_', '*', '·']);
// A digit starting a word is read as a letter only before this many letters, so «3шт» or «5гр» stay numbers.
const MIN_LETTERS_AFTER_LEADING_DIGIT = 4;
const MIN_SPACED_LETTERS = 3;

function isCyrillic(code: number): boolean {
  return code >= 0x0430 && code <= 0x04ff;
}
function isLatin(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}
function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
function isLetter(code: number): boolean {
  return isCyrillic(code) || isLatin(code);
}
function isWordChar(code: number): boolean {
  return isLetter(code) || isDigit(code) || code === 0x40;
}

/** A lone letter: no word character on either side. */
function isLoneLetter(text: string, i: number): boolean {
  return isLetter(text.charCodeAt(i)) && !isWordChar(text.charCodeAt(i - 1)) && !isWordChar(text.charCodeAt(i + 1));
}

/** Whether normalised unit i was an upper-case letter in the original text. */
type CaseOf = (i: number) => boolean;

/**
 * Index of the last letter of a run of lone letters starting at i, joined by one repeated spacing character
 * and written in one case (a capital first letter allowed). Case and spacing keep a real one-letter word out:
 * in «с З.А.К.Л.А.Д.К.И» or «М Е Ф и соль» the «с» and «и» do not join the run.
 */
function spacedRunEnd(text: string, i: number, isUpper: CaseOf): number {
  const spacing = text.charAt(i + 1);
  const second = i + 2;
  if (!SPACING.has(spacing) || !isLoneLetter(text, second)) return i;
  const upper = isUpper(second);
  if (upper && !isUpper(i)) return i;
  let last = second;
  let count = 2;
  while (text.charAt(last + 1) === spacing && isLoneLetter(text, last + 2) && isUpper(last + 2) === upper) {
    last += 2;
    count++;
  }
  return count >= MIN_SPACED_LETTERS ? last : i;
}

// Three lone letters joined by one spacing character: where a spaced-out word may start. Finding candidates
// with a regex keeps the common case (no disguise) at regex speed instead of a per-character loop.
const SPACED_START =
  /(?<![a-z0-9@\u0430-\u04ff])[a-z\u0430-\u04ff]([ ._*·-])[a-z\u0430-\u04ff]\1[a-z\u0430-\u04ff](?![a-z0-9@\u0430-\u04ff])/g;

function collapseSpacedLetters(normalized: NormalizedText, original: string): FoldedText {
  const { text } = normalized;
  SPACED_START.lastIndex = 0;
  let m = SPACED_START.exec(text);
  if (m === null) return { text, toNormalized: null };
  const isUpper = caseReader(normalized, original);
  const out: string[] = [];
  const map: number[] = [];
  let copied = 0;
  for (; m !== null; m = SPACED_START.exec(text)) {
    // The candidate's first letter may be a real one-letter word; the run may then start at the next letter.
    const start = spacedRunEnd(text, m.index, isUpper) > m.index ? m.index : m.index + 2;
    const end = spacedRunEnd(text, start, isUpper);
    if (end === start) continue;
    for (let k = copied; k < start; k++) map.push(k);
    out.push(text.slice(copied, start));
    for (let k = start; k <= end; k += 2) {
      out.push(text.charAt(k));
      map.push(k);
    }
    copied = end + 1;
    SPACED_START.lastIndex = copied;
  }
  if (copied === 0) return { text, toNormalized: null };
  for (let k = copied; k <= text.length; k++) map.push(k);
  out.push(text.slice(copied));
  return { text: out.join(''), toNormalized: Uint32Array.from(map) };
}

function lettersFrom(text: string, i: number): number {
  let n = 0;
  while (isLetter(text.charCodeAt(i + n))) n++;
  return n;
}

function replacementInMixedWord(text: string, i: number, start: number): string | undefined {
  // Every look-alike is ASCII: a Cyrillic letter is ruled out before charAt makes a string of it to look up.
  if (text.charCodeAt(i) >= 0x80) return undefined;
  const ch = text.charAt(i);
  const latin = LATIN_LOOKALIKE[ch];
  if (latin !== undefined) return ch === '@' && i === start ? undefined : latin;
  const digit = DIGIT_LOOKALIKE[ch];
  if (digit === undefined) return undefined;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  if (isDigit(before) || isDigit(after)) return undefined;
  if (i > start) return isCyrillic(before) ? digit : undefined;
  return lettersFrom(text, i + 1) >= MIN_LETTERS_AFTER_LEADING_DIGIT ? digit : undefined;
}

// A Cyrillic letter touching a Latin letter, digit or @: the only places a look-alike can hide.
const MIXED = /[\u0430-\u04ff][a-z0-9@]|[a-z0-9@][\u0430-\u04ff]/g;

/** Replaces look-alikes only inside words that already hold Cyrillic, so English words and handles stay. */
function replaceLookalikes(text: string): string {
  const out: string[] = [];
  let copied = 0;
  MIXED.lastIndex = 0;
  // test rather than exec: a match is two characters, so where it starts is known without the match array
  // exec allocated for every mixed pair («5гр», «0,5г»).
  while (MIXED.test(text)) {
    const at = MIXED.lastIndex - 2;
    let start = at;
    while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
    let end = at + 2;
    while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
    for (let k = Math.max(start, copied); k < end; k++) {
      const replacement = replacementInMixedWord(text, k, start);
      if (replacement === undefined) continue;
      out.push(text.slice(copied, k), replacement);
      copied = k + 1;
    }
    MIXED.lastIndex = end;
  }
  if (copied === 0) return text;
  out.push(text.slice(copied));
  return out.join('');
}

/** Reads the case of normalised units from the original; made only for a text with spaced letters. */
function caseReader(normalized: NormalizedText, original: string): CaseOf {
  return (i) => {
    const ch = original.charAt(sourceOffset(normalized, i));
    return ch !== ch.toLowerCase();
  };
}

export function foldObfuscation(normalized: NormalizedText, original: string): FoldedText {
  const collapsed = normalized.maySpaceLetters
    ? collapseSpacedLetters(normalized, original)
    : { text: normalized.text, toNormalized: null };
  // Letters joined by the collapse may mix scripts where the normaliser saw none.
  if (!normalized.mayMixScripts && collapsed.toNormalized === null) return collapsed;
  const text = replaceLookalikes(collapsed.text);
  // Most texts hold no disguise: the collapsed result is returned as it is rather than copied.
  return text === collapsed.text ? collapsed : { text, toNormalized: collapsed.toNormalized };
}
