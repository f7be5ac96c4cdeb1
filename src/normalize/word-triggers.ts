import { AT, CYR, DIGIT, KAZ, LAT, LETTER, NEUTRAL, STYLE } from './char-class.js';
import { classAt } from './chunk.js';
import { DIGIT_LETTERS, KAZAKH_AS_RUSSIAN } from './confusables.js';
import { spellsVocabularyWord } from './transliteration.js';
import { mayBeVocabulary, VOCABULARY } from './vocabulary.js';

const ZERO = 0x30;
const NINE = 0x39;

/** Code units read as Russian: a digit inside a word, a Kazakh letter. */
const RUSSIAN: ReadonlyMap<number, number> = new Map(
  [...Object.entries(DIGIT_LETTERS), ...Object.entries(KAZAKH_AS_RUSSIAN)].map(([from, to]) => [
    from.charCodeAt(0),
    to.charCodeAt(0),
  ]),
);

function russianAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return RUSSIAN.get(code) ?? code;
}

/** A digit inside letters, or leading a word that could then be a vocabulary word («3акладки», not «3шт»). */
function digitMayBeLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    // Digits only: charAt of a Cyrillic letter made a new string, and looking it up in an object interned it.
    const code = text.charCodeAt(i);
    if (code < ZERO || code > NINE) continue;
    const letter = DIGIT_LETTERS[text.charAt(i)];
    if (letter === undefined || (classAt(text, i + 1) & LETTER) === 0) continue;
    const leads = i === start && mayBeVocabulary(end - start, letter.charCodeAt(0), russianAt(text, i + 1));
    if (leads || (i > start && classAt(text, i - 1) & LETTER)) return true;
  }
  return false;
}

/** Whether the word is a vocabulary word with Kazakh letters for Russian ones, which alone lets them go. */
function kazakhMayBeRussian(text: string, start: number, end: number): boolean {
  if (!mayBeVocabulary(end - start, russianAt(text, start), russianAt(text, start + 1))) return false;
  let russian = '';
  for (let i = start; i < end; i++) russian += String.fromCharCode(russianAt(text, i));
  return VOCABULARY.has(russian);
}

/**
 * Whether the word at [start, end), of class bits `flags`, may fold at all. Most words are one script and no
 * more, and are let through here on their class bits alone; the rest go to the word fold.
 */
export function needsFold(text: string, start: number, end: number, flags: number, repeated: boolean): boolean {
  if (flags & STYLE) return true;
  if (flags & CYR) {
    if (flags & (LAT | NEUTRAL | AT) || repeated) return true;
    if (flags & DIGIT && digitMayBeLetter(text, start, end)) return true;
    return (flags & KAZ) !== 0 && kazakhMayBeRussian(text, start, end);
  }
  if (flags & LAT) return (flags & NEUTRAL) !== 0 || spellsVocabularyWord(text, start, end);
  return false;
}
