import { KAZAKH_AS_RUSSIAN, LOOKALIKES, NEUTRAL_LETTERS, SMALL_CAPITALS } from './confusables.js';
import { isEmoji } from './emoji.js';

/** Bit flags of a folded code unit, looked up in one table: the word pass reads every unit of the text. */
export const CYR = 1;
export const LAT = 2;
/** Greek, Armenian, Cherokee and stray look-alike letters: a script of its own unless mixed into a word. */
export const NEUTRAL = 4;
/** Small capitals. */
export const STYLE = 8;
export const DIGIT = 16;
export const AT = 32;
/** Kazakh and Ukrainian letters. */
export const KAZ = 64;
/** A letter with no look-alike in the other script: «л» cannot be Latin, «s» is no Cyrillic letter. */
export const STRONG = 128;
/** Letters and digits of any other script. */
export const OTHER = 256;
export const EMOJI = 512;
export const HIGH_SURROGATE = 1024;
/** What people put between the letters of a spaced-out word («З А К», «м.е.ф», «з-а-к», «з_а_к»). */
export const SPACER = 2048;
/** «҂», the one unit of the Cyrillic block that is no letter here; the lexicon's scans read it as one. */
export const CYRILLIC_SIGN = 4096;

export const LETTER = CYR | LAT | NEUTRAL | STYLE;
export const WORD = LETTER | DIGIT | OTHER;

const LATIN_WEAK = 'abcehikmnoprtuxy';
const THOUSANDS_SIGN = 0x482;
const SPACERS = ' .-_*·•|~+';
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const LATIN_SCRIPT = /\p{Script=Latin}/u;
const NEUTRAL_SCRIPT = /[\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u;

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  if (code >= 0x30 && code <= 0x39) return DIGIT;
  if (code === 0x40) return AT;
  if (SPACERS.includes(ch)) return SPACER;
  if (code >= 0xd800 && code <= 0xdbff) return HIGH_SURROGATE;
  if (isEmoji(code)) return EMOJI;
  if (code === THOUSANDS_SIGN) return CYRILLIC_SIGN;
  if (!LETTER_OR_NUMBER.test(ch)) return 0;
  if (ch in SMALL_CAPITALS) return STYLE;
  if (NEUTRAL_LETTERS.includes(code) || NEUTRAL_SCRIPT.test(ch)) return NEUTRAL;
  if (code >= 0x61 && code <= 0x7a) return LATIN_WEAK.includes(ch) ? LAT : LAT | STRONG;
  if (code >= 0x0400 && code <= 0x052f) {
    const kazakh = ch in KAZAKH_AS_RUSSIAN ? KAZ : 0;
    return LOOKALIKES.get(code)?.lat === undefined ? CYR | STRONG | kazakh : CYR | kazakh;
  }
  if (LATIN_SCRIPT.test(ch)) return LAT | STRONG;
  return OTHER;
}

/** A class not learnt yet. */
export const UNKNOWN = 0x8000;
/**
 * Class bits per code unit, learnt on first sight: classifying all 65,536 up front cost ~70 ms of start-up per
 * worker. The word pass's two per-character loops read it directly, calling `learnClass` on UNKNOWN: a function
 * call per character was most of their time until the optimising compiler caught up.
 */
export const CLASS_TABLE = new Uint16Array(0x10000).fill(UNKNOWN);

export function learnClass(code: number): number {
  const learnt = classify(code);
  CLASS_TABLE[code] = learnt;
  return learnt;
}

/**
 * The class bits of a code unit. Callers pass code units read inside their string, never NaN: a lookup that has
 * once seen a non-integer index stays slower for every text after.
 */
export function classOf(code: number): number {
  const known = CLASS_TABLE[code] ?? 0;
  return known === UNKNOWN ? learnClass(code) : known;
}
