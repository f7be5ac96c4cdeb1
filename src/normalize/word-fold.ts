import { AT, CYR, classOf, DIGIT, KAZ, LAT, NEUTRAL, STYLE } from './char-class.js';
import { DIGIT_LETTERS, KAZAKH_AS_RUSSIAN, LOOKALIKES } from './confusables.js';
import { type Choice, knownReading, renderWord } from './render-word.js';
import { countLetters, isMixed, type LetterCounts, type Script, scriptOf } from './script-of-word.js';
import { transliterate } from './transliteration.js';
import { VOCABULARY } from './vocabulary.js';

/** One word of the first pass's text, as the word fold sees it. */
export interface WordView {
  /** Its characters; the letters alone for a spaced-out word. */
  readonly chars: string;
  /** Whether character `index` was upper case in the original: «B» reads в, «b» reads б. */
  isUpper(index: number): boolean;
  /** The word is part of a handle, link or e-mail, which are Latin: it may only turn Latin. */
  readonly inIdentifier: boolean;
  /** The script of the words around it, for a word its own letters leave undecided. */
  neighbourScript(): Script | null;
}

export interface FoldedWord {
  readonly text: string;
  /** For each unit of `text`, the index in `chars` it came from; null when nothing changed. */
  readonly from: readonly number[] | null;
  /** The script of `text`, for its neighbours. */
  readonly script: Script | null;
}

/** A word read in one script. */
interface FoldedIn {
  readonly text: string;
  readonly from: number[];
  readonly script: Script;
}

const MAX_LETTERS_OF_NUMBER = 2;
const CYRILLIC_SHAPED = 'ᴨᴦᴧᴫ';
const LATIN_SHAPED = 'ꜰɢʟꜱᴊᴢᴜ';
const LATIN_WORD = /^[a-z0-9]+$/;
const ZERO = 0x30;
const NINE = 0x39;

/** A Latin or other look-alike's Cyrillic reading, with the other readings tried when it makes no known word. */
interface CyrillicReading {
  readonly code: number;
  readonly choices: readonly number[] | null;
}

function cyrillicReading(read: string | undefined, others: string | undefined): CyrillicReading | undefined {
  if (read === undefined) return undefined;
  const code = read.charCodeAt(0);
  const choices = others === undefined ? null : [read, ...others.replace(read, '')].map((ch) => ch.charCodeAt(0));
  return { code, choices };
}

/** Per look-alike code unit, its reading in a Cyrillic word written in lower and in upper case. */
const CYRILLIC_READINGS: ReadonlyMap<
  number,
  { readonly lower: CyrillicReading | undefined; readonly upper: CyrillicReading | undefined }
> = new Map(
  [...LOOKALIKES].map(([code, lookalike]) => [
    code,
    {
      lower: cyrillicReading(lookalike.cyr, lookalike.cyrAlternatives),
      upper: cyrillicReading(lookalike.cyrUpper ?? lookalike.cyr, lookalike.cyrAlternatives),
    },
  ]),
);

function codeMap(table: Readonly<Record<string, string>>): ReadonlyMap<number, number> {
  return new Map(Object.entries(table).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]));
}

const KAZAKH_RUSSIAN = codeMap(KAZAKH_AS_RUSSIAN);
const DIGIT_LETTER = codeMap(DIGIT_LETTERS);
const CYRILLIC_A = 0x0430;

/** Reads a word as Cyrillic: Latin and other look-alikes, digits and «@» become the letters they stand for. */
function foldCyrillic(word: WordView): FoldedIn {
  const { chars } = word;
  const letters: number[] = [];
  const choices: Choice[] = [];
  let disguised = false;
  for (let j = 0; j < chars.length; j++) {
    const code = chars.charCodeAt(j);
    const k = classOf(code);
    let reading = code;
    if (k & CYR) {
      const russian = k & KAZ ? KAZAKH_RUSSIAN.get(code) : undefined;
      if (russian !== undefined) choices.push({ at: j, readings: [code, russian] });
    } else if (k & AT) {
      reading = CYRILLIC_A;
      disguised = true;
    } else if ((k & DIGIT) === 0) {
      const readings = CYRILLIC_READINGS.get(code);
      const read = readings === undefined ? undefined : word.isUpper(j) ? readings.upper : readings.lower;
      if (read !== undefined) {
        reading = read.code;
        disguised = true;
        if (read.choices !== null) choices.push({ at: j, readings: read.choices });
      }
    }
    letters.push(reading);
  }
  readDigits(letters, choices, disguised);
  const first = renderWord(letters);
  if (VOCABULARY.has(first.text)) return { text: first.text, from: first.from, script: 'cyr' };
  const known = knownReading(letters, choices);
  const chosen = known === null ? first : renderWord(known);
  return { text: chosen.text, from: chosen.from, script: 'cyr' };
}

/**
 * Reads digits between two Cyrillic letters as letters («дeбuл0в»), judged on the readings of their neighbours
 * so that a second pass over the result decides the same. A leading digit («3акладки») is a letter only in an
 * otherwise disguised word or where it makes a vocabulary word: «3шт», «4к», «3года» stay numbers.
 */
function readDigits(letters: number[], choices: Choice[], disguised: boolean): void {
  let inner = false;
  let leading: number | undefined;
  for (let j = 0; j < letters.length; j++) {
    const code = letters[j] ?? 0;
    // Digits only: an object look-up by each letter's string was 5% of the normaliser's time on tg-spam spam.
    const letter = code >= ZERO && code <= NINE ? DIGIT_LETTER.get(code) : undefined;
    if (letter === undefined || !isCyrillicAt(letters, j + 1)) continue;
    if (isCyrillicAt(letters, j - 1)) {
      letters[j] = letter;
      inner = true;
    } else if (j === 0) leading = letter;
  }
  const reads = disguised || inner;
  if (leading !== undefined) {
    const digit = letters[0] ?? 0;
    choices.push({ at: 0, readings: reads ? [leading, digit] : [digit, leading] });
    if (reads) letters[0] = leading;
  }
}

function isCyrillicAt(letters: readonly number[], j: number): boolean {
  return j >= 0 && j < letters.length && (classOf(letters[j] ?? 0) & CYR) !== 0;
}

/** Reads a word as Latin; a Latin spelling of a Russian vocabulary word («zakladki») becomes that word. */
function foldLatin(word: WordView): FoldedIn {
  const { chars } = word;
  let text = '';
  let copied = 0;
  for (let j = 0; j < chars.length; j++) {
    const code = chars.charCodeAt(j);
    const lookalike = classOf(code) & (LAT | DIGIT) ? undefined : LOOKALIKES.get(code);
    if (lookalike === undefined) continue;
    const read = word.isUpper(j) ? (lookalike.latUpper ?? lookalike.lat) : lookalike.lat;
    if (read === undefined) continue;
    text += chars.slice(copied, j) + read;
    copied = j + 1;
  }
  text = copied === 0 ? chars : text + chars.slice(copied);
  const russian = word.inIdentifier || !LATIN_WORD.test(text) ? null : transliterate(text);
  if (russian !== null) return { text: russian.text, from: russian.from, script: 'cyr' };
  const from: number[] = [];
  for (let j = 0; j < text.length; j++) from.push(j);
  return { text, from, script: 'lat' };
}

/** Small capitals shaped like Cyrillic letters only (ᴨ, ᴫ) or Latin ones only (ꜱ, ʟ) decide a word alone. */
function styleLean(chars: string): Script {
  let lean = 0;
  for (const ch of chars) {
    if (CYRILLIC_SHAPED.includes(ch)) lean++;
    else if (LATIN_SHAPED.includes(ch)) lean--;
  }
  return lean > 0 ? 'cyr' : 'lat';
}

function unchanged(word: WordView, script: Script | null): FoldedWord {
  return { text: word.chars, from: null, script };
}

/**
 * A number with a letter or two: a quantity («5гр», «4к») or a phone number with letters for digits
 * («8 707 l2з ч5 б7»), which the phone extractor reads and folding would spoil.
 */
function isNumber(chars: string, counts: LetterCounts): boolean {
  const letters = counts.cyr + counts.lat + counts.neutral + counts.style;
  let digits = 0;
  for (let i = 0; i < chars.length; i++) if (classOf(chars.charCodeAt(i)) & DIGIT) digits++;
  return digits > 0 && (letters <= MAX_LETTERS_OF_NUMBER || digits >= letters);
}

/** Whether a folded word is in one script only, with no look-alike of another left. */
function isPure(text: string): boolean {
  let cyr = false;
  let lat = false;
  for (let i = 0; i < text.length; i++) {
    const k = classOf(text.charCodeAt(i));
    if (k & CYR) cyr = true;
    else if (k & LAT) lat = true;
    else if (k & (NEUTRAL | STYLE)) return false;
  }
  return !(cyr && lat);
}

function foldIn(word: WordView, script: Script): FoldedIn {
  return script === 'cyr' ? foldCyrillic(word) : foldLatin(word);
}

/**
 * Folds one word by its context: the script its other letters are written in. A reading that leaves letters of
 * both scripts gives way to one that does not («бzd» has no Latin reading of «б»); where neither reads whole,
 * the letters alone decide, so that folding the result again changes nothing.
 */
export function foldWord(word: WordView): FoldedWord {
  const counts = countLetters(word.chars);
  if (isNumber(word.chars, counts)) return unchanged(word, null);
  if (word.inIdentifier) {
    // Toward Latin only, where some letter is Latin and none lacks a Latin look-alike («@shор_almaty», not
    // «@ЅНОР»): context must not decide a handle.
    if (counts.cyrStrong > 0 || counts.lat === 0 || !isMixed(counts)) return unchanged(word, scriptOf(counts));
    return finish(word, foldLatin(word));
  }
  let script: Script;
  if (counts.cyr === 0 && counts.lat === 0) {
    if (counts.style === 0) return unchanged(word, null);
    script = word.neighbourScript() ?? styleLean(word.chars);
  } else {
    script = scriptOf(counts, word) ?? 'lat';
  }
  let folded = foldIn(word, script);
  if (!isPure(folded.text)) {
    const other = foldIn(word, script === 'cyr' ? 'lat' : 'cyr');
    const alone = scriptOf(counts) ?? script;
    // Folding is pure: where the letters alone decide for the other script, its reading is `other`.
    if (isPure(other.text) || alone !== script) folded = other;
  }
  return finish(word, folded);
}

function finish(word: WordView, folded: FoldedIn): FoldedWord {
  return folded.text === word.chars && isIdentity(folded.from) ? unchanged(word, folded.script) : folded;
}

/** Whether `from` maps every unit to itself. */
export function isIdentity(from: readonly number[]): boolean {
  for (let k = 0; k < from.length; k++) if (from[k] !== k) return false;
  return true;
}
