import { CYR, classOf, LAT, NEUTRAL, STRONG, STYLE } from './char-class.js';

export type Script = 'cyr' | 'lat';

/** Letters of a word by script; strong letters have no look-alike in the other script. */
export interface LetterCounts {
  cyr: number;
  cyrStrong: number;
  lat: number;
  latStrong: number;
  neutral: number;
  style: number;
}

export function countLetters(chars: string, start = 0, end = chars.length): LetterCounts {
  const counts: LetterCounts = { cyr: 0, cyrStrong: 0, lat: 0, latStrong: 0, neutral: 0, style: 0 };
  for (let i = start; i < end; i++) {
    const k = classOf(chars.charCodeAt(i));
    if (k & CYR) {
      counts.cyr++;
      if (k & STRONG) counts.cyrStrong++;
    } else if (k & LAT) {
      counts.lat++;
      if (k & STRONG) counts.latStrong++;
    } else if (k & NEUTRAL) counts.neutral++;
    else if (k & STYLE) counts.style++;
  }
  return counts;
}

/** Where the script of the words around comes from: an object rather than a closure made per word. */
export interface ScriptContext {
  neighbourScript(): Script | null;
}

/** At most this many Latin letters without a look-alike still leave a word to the words around it. */
const UNDECIDED_LATIN_STRONG = 1;

/**
 * The script a word is written in; null for a word of other scripts or of small capitals only.
 *
 * Cyrillic letters without a Latin look-alike decide against Latin ones without a Cyrillic look-alike: «xyuлo» is
 * Cyrillic for its «л» although most of its letters are Latin, and so is «пиzдец», «п», «д», «ц» against «z».
 * Otherwise the word may be English with a Cyrillic letter slipped in, by a keyboard layout or a spammer
 * («сybertruck», «Вuy»), or Russian typed partly on a Latin keyboard («еbaloм», «xyeв»). Two more Latin letters
 * without look-alikes make it Latin; else the script of the words around it (`context`) decides, provided the
 * word holds enough of that script's letters: a third after a Latin-only letter («еbaloм», not «еlementary»),
 * a quarter among look-alikes only («xyeв»).
 */
export function scriptOf(counts: LetterCounts, context: ScriptContext | null = null): Script | null {
  const { cyr, lat, cyrStrong, latStrong } = counts;
  if (cyr === 0 && lat === 0) return null;
  if (cyrStrong > latStrong) return 'cyr';
  if (cyr === 0) return 'lat';
  if (lat === 0 && counts.neutral === 0 && counts.style === 0) return 'cyr';
  if (latStrong - cyrStrong > UNDECIDED_LATIN_STRONG) return 'lat';
  const around = context === null ? null : context.neighbourScript();
  const share = cyr / (cyr + lat);
  if (latStrong > cyrStrong) return around === 'cyr' && share >= 1 / 3 ? 'cyr' : 'lat';
  if (around !== null) return around === 'cyr' && share >= 1 / 4 ? 'cyr' : 'lat';
  return cyr >= lat ? 'cyr' : 'lat';
}

export function isMixed(counts: LetterCounts): boolean {
  const scripts = (counts.cyr > 0 ? 1 : 0) + (counts.lat > 0 ? 1 : 0) + (counts.neutral > 0 ? 1 : 0);
  return scripts > 1 || counts.style > 0;
}
