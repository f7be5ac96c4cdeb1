import { classOf, DIGIT, EMOJI, LAT, WORD } from './char-class.js';
import { countLetters, type Script, scriptOf } from './script-of-word.js';

const UNDERSCORE = 0x5f;
/** How far a handle, link or e-mail around a word is searched for its marks; they are short. */
const MAX_CHUNK = 256;
/** How far the next word is looked for. */
const MAX_LOOKAHEAD = 32;

export function classAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? classOf(text.charCodeAt(i)) : 0;
}

/** Where a handle, link or e-mail around a word ends: white space, or an emoji that will be set apart. */
function endsChunk(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code <= 0x20 || (code >= 0xd800 && code <= 0xdfff) || (classOf(code) & EMOJI) !== 0;
}

/**
 * Whether the word at [start, end) is part of a handle, link or e-mail, by the marks around it in the same chunk
 * of text: «/», «\», «_», «@» before Latin, a dot before a Latin label. Such words are Latin: they keep their
 * script and are never transliterated.
 */
export function isInIdentifier(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < MAX_CHUNK && !endsChunk(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < MAX_CHUNK && !endsChunk(text, to)) to++;
  for (let i = from; i < to; i++) {
    if (i === start) i = end;
    const ch = text.charAt(i);
    if (ch === '/' || ch === '\\' || ch === '_') return true;
    if (ch === '@' && (classAt(text, i + 1) & (LAT | DIGIT) || text.charCodeAt(i + 1) === UNDERSCORE)) return true;
    if (ch === '.' && classAt(text, i - 1) & WORD && classAt(text, i + 1) & LAT) return true;
  }
  return false;
}

/** The script of the next word after `from`, by its letters alone, for a word its own letters leave undecided. */
export function nextWordScript(text: string, from: number): Script | null {
  let start = from;
  while (start < text.length && start - from < MAX_LOOKAHEAD && (classAt(text, start) & WORD) === 0) start++;
  let end = start;
  while (end < text.length && end - start < MAX_LOOKAHEAD && classAt(text, end) & WORD) end++;
  return scriptOf(countLetters(text, start, end));
}
