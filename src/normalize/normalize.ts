import { foldCodePoints } from './fold-pass.js';
import { sourceOf } from './offset-map.js';
import { foldWords } from './word-pass.js';

/**
 * Text normalisation with an offset map back to the original, so that every evidence span found in the
 * normalised text points into what the analyst sees. Pure, idempotent, and in two passes because it runs on the
 * ingest hot path:
 *
 * 1. per code point, table-driven (fold-pass.ts): NFKC (full-width, mathematical letters, ligatures), lower
 *    case, ё -> е with й kept, invisible characters and accents removed;
 * 2. per word, doing work only on words its character classes flag (word-pass.ts, word-fold.ts):
 *    - look-alikes read by the script of their word: Latin, Greek, Armenian, Cherokee and small capitals in a
 *      Cyrillic word turn Cyrillic («нaркoтики», «Πродаю», «ᴨᴀʙ»), Cyrillic ones in a Latin word or handle turn
 *      Latin («@shор_almaty»); a word with no deciding letter goes by the words around it (script-of-word.ts);
 *    - Kazakh and Ukrainian letters (і ә ө ұ ү қ ғ ң һ є) stay, except where reading them as Russian makes a
 *      word of the drug vocabulary («закладкі»): they are real letters of real words;
 *    - digits 0 3 4 6 between Cyrillic letters read о з ч б («гер0ин»), a leading one only in a word otherwise
 *      disguised or known («3акладки»); numbers with a letter or two stay («3шт», «0.5г», «8 707 l2з»);
 *      1, 9 and the rest are not letters in the data we have seen («ОЛОЛО111», «д,билы 9ть»);
 *    - three or more lone letters joined by one spacer are one word («З А К Л А Д К И», «м.е.ф», «з_а_к»), but
 *      not a row of one-letter words («а я в шоке») and not one glued to a host («shop-a-b-c»);
 *    - three or more repeats of a Cyrillic letter collapse to one («ммммеф», «нееет»), but not a word of that
 *      letter alone («ООО») nor an opening consonant outside the vocabulary («СССР»);
 *    - Latin spellings of the vocabulary («zakladki», «mef», «shishki») turn Cyrillic; other Latin words stay;
 *    - emoji stay, set apart from the words they touch by a space that maps to where it was inserted.
 */
export interface NormalizedText {
  readonly text: string;
  readonly originalLength: number;
  /**
   * The map as breakpoints: from normalised offset `shiftAt[k]` on, a unit comes from original offset
   * (its own offset + `shiftBy[k]`). Empty when every unit maps 1:1, as for plain lower-case text.
   */
  readonly shiftAt: readonly number[];
  readonly shiftBy: readonly number[];
  /**
   * What the lexicon's disguise folding (fold-obfuscation.ts) looks for, as the word pass saw it: false only where
   * the text surely holds no Cyrillic letter beside a Latin letter, a digit or «@», and no lone letters in a row
   * joined by a spacer. Most texts hold neither, and the lexicon then skips its two scans for them (~5% of
   * normalise + both detectors on generated ads).
   */
  readonly mayMixScripts: boolean;
  readonly maySpaceLetters: boolean;
}

export function normalize(original: string): NormalizedText {
  return foldWords(original, foldCodePoints(original));
}

/** The original UTF-16 offset that normalised offset `index` came from (`text.length` maps to the end). */
export function sourceOffset(normalized: NormalizedText, index: number): number {
  return Math.min(Math.max(sourceOf(normalized, index), 0), normalized.originalLength);
}

/** Maps a span of the normalised text back to a span of the original text. */
export function toOriginalSpan(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  const last = normalized.text.length;
  const s = sourceOffset(normalized, Math.min(Math.max(start, 0), last));
  if (end <= start) return { start: s, end: s };
  // The end is the original offset just past the last normalised unit of the span; units of one folded
  // character share their source offset, so step past them.
  const lastUnitSource = sourceOffset(normalized, Math.min(end - 1, last));
  let k = Math.min(end, last);
  let e = sourceOffset(normalized, k);
  while (e === lastUnitSource && k < last) {
    k++;
    e = sourceOffset(normalized, k);
  }
  if (e === lastUnitSource) e = normalized.originalLength;
  return { start: s, end: Math.max(e, s) };
}
