import { ZERO_WIDTH_JOINER } from './code-point-fold.js';

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
// Every BMP pictograph lies in this range; testing the regex per character on the hot path would cost ~50x.
const BMP_FIRST = 0x00a9;
const BMP_LAST = 0x3299;
const UNKNOWN = 0;
const PICTOGRAPH = 1;
const NOT_PICTOGRAPH = 2;
/** Learnt on first sight, like the character classes: start-up stays cheap. */
const BMP_PICTOGRAPHS = new Uint8Array(BMP_LAST - BMP_FIRST + 1);
// Pictographs, regional indicators and skin-tone modifiers of the astral planes all sit in these blocks.
const ASTRAL_FIRST = 0x1f000;
const ASTRAL_LAST = 0x1faff;
// Among them the enclosed letters and digits («🅜», «🄼») are read as letters; only some are emoji («🅰», «🆘»).
const ENCLOSED_FIRST = 0x1f100;
const REGIONAL_INDICATOR_FIRST = 0x1f1e6;
const ENCLOSED_EMOJI = new Set<number>();
for (let code = ENCLOSED_FIRST; code < REGIONAL_INDICATOR_FIRST; code++) {
  if (PICTOGRAPHIC.test(String.fromCodePoint(code))) ENCLOSED_EMOJI.add(code);
}

export function isEmoji(code: number): boolean {
  if (code >= ASTRAL_FIRST) {
    if (code >= ENCLOSED_FIRST && code < REGIONAL_INDICATOR_FIRST) return ENCLOSED_EMOJI.has(code);
    return code <= ASTRAL_LAST;
  }
  if (code < BMP_FIRST || code > BMP_LAST) return false;
  const known = BMP_PICTOGRAPHS[code - BMP_FIRST];
  if (known !== UNKNOWN) return known === PICTOGRAPH;
  const pictograph = PICTOGRAPHIC.test(String.fromCharCode(code));
  BMP_PICTOGRAPHS[code - BMP_FIRST] = pictograph ? PICTOGRAPH : NOT_PICTOGRAPH;
  return pictograph;
}

/** The code point that ends just before `end` in `text`, or -1. */
export function codePointBefore(text: string, end: number): number {
  if (end <= 0) return -1;
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** Tag characters that spell out subdivision flags after a black flag («🏴󠁧󠁢󠁳󠁣󠁴󠁿»). */
const TAG_FIRST = 0xe0020;
const TAG_LAST = 0xe007f;

/** The end of the emoji starting at `at` with its modifiers, joined parts and tags; null if none starts there. */
export function emojiEnd(text: string, at: number): number | null {
  if (!isEmoji(text.codePointAt(at) ?? 0)) return null;
  let end = at;
  while (end < text.length) {
    const next = text.codePointAt(end) ?? 0;
    if (!(isEmoji(next) || next === ZERO_WIDTH_JOINER || (next >= TAG_FIRST && next <= TAG_LAST))) break;
    end += next > 0xffff ? 2 : 1;
  }
  return end;
}
