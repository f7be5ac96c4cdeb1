import { AT, LETTER, SPACER, WORD } from './char-class.js';
import { classAt } from './chunk.js';
import { VOCABULARY } from './vocabulary.js';

/** Letters spaced out to dodge filters: «З А К Л А Д К И», «м.е.ф», «з-а-к», «з_а_к», «М. Е. Ф.». */
export interface SpacedRun {
  /** Offsets of the lone letters in a row. */
  readonly letters: readonly number[];
  /**
   * Whether they spell one word. When they do not, no later part of them does either, so none is tried: that
   * kept «а а а …» from taking time quadratic in its length.
   */
  readonly joined: boolean;
}

const MIN_LETTERS = 3;
const MAX_SPACER_LENGTH = 2;
const SPACE = 0x20;
/** One-letter words: «а я в шоке» is three words, not a spaced-out «аяв». */
const ONE_LETTER_WORDS: ReadonlySet<string> = new Set([...'абвжиксоуя', ...'abcikouy']);

/** A letter with no word character or «@» on either side. */
function isLoneLetter(text: string, i: number): boolean {
  return (classAt(text, i) & LETTER) !== 0 && (classAt(text, i + 1) & (WORD | AT)) === 0;
}

function spacerAfter(text: string, letter: number): string {
  let end = letter + 1;
  while (end - letter - 1 < MAX_SPACER_LENGTH && (classAt(text, end) & SPACER) !== 0) end++;
  return text.slice(letter + 1, end);
}

function isSpacerOtherThanSpace(text: string, i: number): boolean {
  return (classAt(text, i) & SPACER) !== 0 && text.charCodeAt(i) !== SPACE;
}

/**
 * Whether a letter run is glued to a word by a spacer other than a space: «shop-a-b-c», «m.e.f.com», «сайт.A Б В»
 * belong to a compound or a host, and joining their letters would change what the word pass makes of the host.
 */
function gluedToWord(text: string, first: number, last: number): boolean {
  const glued = (spacer: number, word: number): boolean =>
    isSpacerOtherThanSpace(text, spacer) && (classAt(text, word) & WORD) !== 0;
  return glued(first - 1, first - 2) || glued(last + 1, last + 2);
}

function spellsWord(text: string, letters: readonly number[], spacer: string): boolean {
  const start = letters[0] ?? 0;
  const last = letters.at(-1) ?? start;
  // After «@», «/» or a word character the letters belong to a handle, a link or a word.
  if ((classAt(text, start - 1) & (WORD | AT)) !== 0 || (start > 0 && '/\\#&=%:'.includes(text.charAt(start - 1)))) {
    return false;
  }
  if (letters.length < MIN_LETTERS || gluedToWord(text, start, last)) return false;
  const spaced = spacer.charCodeAt(0) === SPACE && spacer.charCodeAt(spacer.length - 1) === SPACE;
  return !(spaced && letters.every((at) => ONE_LETTER_WORDS.has(text.charAt(at))));
}

/**
 * The lone letters in a row from the lone letter `start`, joined by one spacer; null if there are none after
 * it. They spell a word when at least three, not all one-letter words when the spacer is a space.
 */
export function spacedRunAt(text: string, start: number): SpacedRun | null {
  // Most lone letters are one-letter words before a longer word («в городе»): ruled out without allocating.
  const next = classAt(text, start + 1) & SPACER ? start + 2 : start + 1;
  if (!isLoneLetter(text, next) && !(classAt(text, next) & SPACER && isLoneLetter(text, next + 1))) return null;
  const spacer = spacerAfter(text, start);
  if (spacer === '') return null;
  const letters = [start];
  let last = start;
  while (text.startsWith(spacer, last + 1) && isLoneLetter(text, last + 1 + spacer.length)) {
    last += 1 + spacer.length;
    letters.push(last);
  }
  if (letters.length === 1) return null;
  // «М. Е. Ф. в» ends with the dot after «Ф»: the «в» after it is a word, as in «т. е. и».
  const closed = !(spacer.length > 1 && spacer.includes('.') && text.charAt(last + 1) !== '.');
  const word = closed ? letters : letters.slice(0, -1);
  return spellsWord(text, word, spacer) ? { letters: word, joined: true } : { letters, joined: false };
}

/**
 * The letters of a spaced-out run that spell its word, with the word as `fold` reads it. A one-letter word at
 * either end stays out when the rest makes a vocabulary word («М Е Ф и соль») or when it alone is lower case
 * among capitals («работа с К Л А Д»).
 */
export function lettersOfWord<Word extends { readonly text: string }>(
  letters: readonly number[],
  text: string,
  isUpper: (at: number) => boolean,
  fold: (letters: readonly number[]) => Word,
): { letters: readonly number[]; word: Word } {
  const longer = letters.length > MIN_LETTERS;
  const canDropFirst = longer && ONE_LETTER_WORDS.has(text.charAt(letters[0] ?? 0));
  const canDropLast = longer && ONE_LETTER_WORDS.has(text.charAt(letters.at(-1) ?? 0));
  const options: (readonly number[])[] = [letters];
  if (canDropFirst) options.push(letters.slice(1));
  if (canDropLast) options.push(letters.slice(0, -1));
  if (canDropFirst && canDropLast && letters.length - 2 >= MIN_LETTERS) options.push(letters.slice(1, -1));
  for (const option of options) {
    const word = fold(option);
    if (VOCABULARY.has(word.text)) return { letters: option, word };
  }
  let chosen = letters;
  if (canDropFirst && !isUpper(chosen[0] ?? 0) && isUpper(chosen[1] ?? 0)) chosen = chosen.slice(1);
  const size = chosen.length;
  if (canDropLast && size > MIN_LETTERS && !isUpper(chosen[size - 1] ?? 0) && isUpper(chosen[size - 2] ?? 0)) {
    chosen = chosen.slice(0, -1);
  }
  return { letters: chosen, word: fold(chosen) };
}
