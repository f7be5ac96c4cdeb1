import { foldOf, ZERO_WIDTH_JOINER } from './code-point-fold.js';
import { codePointBefore, isEmoji } from './emoji.js';
import { type OffsetMap, OffsetMapBuilder } from './offset-map.js';

export interface FoldedText {
  readonly text: string;
  readonly map: OffsetMap;
}

const BREVE = 0x0306;
const SHORT_I_BASE = 0x0438;
const EMOJI_PRESENTATION = 0xfe0f;
const UNKNOWN = 0;
const STABLE = 1;
const CHANGES = 2;
/** Per BMP code unit: whether it folds to itself, learnt on first sight. */
const STABILITY = new Uint8Array(0x10000);

function codePointAt(text: string, i: number): number {
  return text.codePointAt(i) ?? 0;
}

/** A joiner between two emoji builds one emoji («👨‍💻»); anywhere else it is noise hiding a word break. */
function joinsEmoji(text: string, i: number): boolean {
  let before = i;
  if (codePointBefore(text, before) === EMOJI_PRESENTATION) before--;
  return isEmoji(codePointBefore(text, before)) && i + 1 < text.length && isEmoji(codePointAt(text, i + 1));
}

function isStable(text: string, i: number, code: number, width: number, folded: string): boolean {
  if (folded.length !== width) return false;
  return width === 1 ? folded.charCodeAt(0) === code : folded === text.slice(i, i + 2);
}

/**
 * Folds `text` code point by code point; offsets of `text` are offsets of the original. Unchanged characters are
 * copied in runs, and the map only records where the distance to the source changes.
 */
function foldEach(text: string): FoldedText {
  const length = text.length;
  const map = new OffsetMapBuilder();
  let out = '';
  // Source offset minus output offset over the current run of unchanged characters.
  let delta = 0;
  let runStart = 0;
  let i = 0;
  while (i < length) {
    const unit = text.charCodeAt(i);
    const known = STABILITY[unit];
    if (unit < 0x80 || known === STABLE) {
      i++;
      continue;
    }
    const code = codePointAt(text, i);
    const width = code > 0xffff ? 2 : 1;
    const folded = foldOf(code);
    if (known === UNKNOWN && width === 1 && (unit < 0xd800 || unit > 0xdfff) && code !== ZERO_WIDTH_JOINER) {
      STABILITY[unit] = isStable(text, i, code, width, folded) ? STABLE : CHANGES;
    }
    if (isStable(text, i, code, width, folded) || (code === ZERO_WIDTH_JOINER && joinsEmoji(text, i))) {
      i += width;
      continue;
    }
    let outLength = i - delta;
    if (code === BREVE && i > runStart && text.charCodeAt(i - 1) === SHORT_I_BASE) {
      // A decomposed й (и + combining breve) stays й instead of losing its breve like an accent. The и is
      // still in the pending run, so no copy of the output so far is made (that made long texts quadratic).
      out += `${text.slice(runStart, i - 1)}й`;
    } else {
      out += text.slice(runStart, i);
      for (let k = 0; k < folded.length; k++) map.map(outLength + k, i);
      out += folded;
      outLength += folded.length;
    }
    i += width;
    runStart = i;
    delta = i - outLength;
    map.map(outLength, i);
  }
  map.map(length - delta, length);
  return { text: runStart === 0 ? text : out + text.slice(runStart), map: map.build() };
}

/**
 * The first pass, per code point: NFKC, case fold, ё -> е, invisible characters and combining marks removed.
 * Lower-casing the whole string natively first (~30x faster than per character) leaves the table only the
 * rare characters that NFKC or the accent rules change. It keeps offsets: the one character whose lower case is
 * longer, «İ» (i and a combining dot), is folded to «i» beforehand, as the table would fold it.
 */
export function foldCodePoints(original: string): FoldedText {
  const lower = original.toLowerCase();
  return foldEach(lower.length === original.length ? lower : original.replaceAll('İ', 'i').toLowerCase());
}
