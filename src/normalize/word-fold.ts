import { AT, CYR, classOf, DIGIT, KAZ, LAT } from './char-class.js';
import { DIGIT_LETTERS, KAZAKH_AS_RUSSIAN, LOOKALIKES } from './confusables.js';
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

/** A letter that could read otherwise: the first reading is taken unless another one makes a known word. */
interface Choice {
  readonly at: number;
  readonly readings: readonly string[];
}

/** Bounds the readings tried per word, which a word of ambiguous letters would otherwise multiply. */
const MAX_COMBINATIONS = 64;
const MAX_LETTERS_OF_NUMBER = 2;
const CYRILLIC_SHAPED = 'ᴨᴦᴧᴫ';
const LATIN_SHAPED = 'ꜰɢʟꜱᴊᴢᴜ';
const MIN_REPEAT = 3;
const VOWELS = 'аеиоуыэюя';
const LATIN_WORD = /^[a-z0-9]+$/;

/**
 * Joins the letters, collapsing three or more repeats of a Cyrillic letter into one («Бляяяя», «нееет»), unless
 * the word is that letter alone («ООО» is a company form, «ммм» an interjection). Russian never triples a letter
 * but at the start of «СССР»: a consonant repeated at the start of a word collapses only into a vocabulary word
 * («ммммеф»).
 */
function render(letters: readonly string[], from: readonly number[]): { text: string; from: number[] } {
  let text = '';
  const units: number[] = [];
  let i = 0;
  while (i < letters.length) {
    const letter = letters[i] ?? '';
    let end = i + 1;
    while (end < letters.length && letters[end] === letter) end++;
    const collapse = end - i >= MIN_REPEAT && end - i < letters.length && (classOf(letter.charCodeAt(0)) & CYR) !== 0;
    for (let k = i; k < (collapse ? i + 1 : end); k++) {
      text += letter;
      units.push(from[k] ?? 0);
    }
    i = end;
  }
  return { text, from: units };
}

function isOpeningConsonantRun(letters: readonly string[]): boolean {
  const first = letters[0] ?? '';
  return !VOWELS.includes(first) && letters[1] === first && letters[2] === first;
}

/** `render`, keeping a repeated opening consonant that does not collapse into a vocabulary word. */
function renderWord(letters: readonly string[], from: readonly number[]): { text: string; from: number[] } {
  const rendered = render(letters, from);
  if (!isOpeningConsonantRun(letters) || VOCABULARY.has(rendered.text)) return rendered;
  let run = 1;
  while (letters[run] === letters[0]) run++;
  const rest = render(letters.slice(run), from.slice(run));
  return { text: letters.slice(0, run).join('') + rest.text, from: [...from.slice(0, run), ...rest.from] };
}

/** The first combination of readings that makes a vocabulary word, or null. */
function knownReading(
  letters: readonly string[],
  choices: readonly Choice[],
  from: readonly number[],
): string[] | null {
  const combinations = choices.reduce((product, choice) => product * choice.readings.length, 1);
  if (choices.length === 0 || combinations > MAX_COMBINATIONS) return null;
  const picks = choices.map(() => 0);
  for (;;) {
    let k = 0;
    while (k < picks.length && (picks[k] ?? 0) + 1 >= (choices[k]?.readings.length ?? 0)) picks[k++] = 0;
    if (k === picks.length) return null;
    picks[k] = (picks[k] ?? 0) + 1;
    const candidate = [...letters];
    choices.forEach((choice, c) => {
      candidate[choice.at] = choice.readings[picks[c] ?? 0] ?? '';
    });
    if (VOCABULARY.has(renderWord(candidate, from).text)) return candidate;
  }
}

/** Reads a word as Cyrillic: Latin and other look-alikes, digits and «@» become the letters they stand for. */
function foldCyrillic(word: WordView): { text: string; from: number[] } {
  const { chars } = word;
  // One reading per character, so reading j and character j line up.
  const letters: string[] = [];
  const choices: Choice[] = [];
  let disguised = false;
  for (let j = 0; j < chars.length; j++) {
    const ch = chars.charAt(j);
    const k = classOf(chars.charCodeAt(j));
    let reading = ch;
    if (k & CYR) {
      const russian = k & KAZ ? KAZAKH_AS_RUSSIAN[ch] : undefined;
      if (russian !== undefined) choices.push({ at: j, readings: [ch, russian] });
    } else if (k & AT) {
      reading = 'а';
      disguised = true;
    } else if ((k & DIGIT) === 0) {
      const lookalike = LOOKALIKES.get(chars.charCodeAt(j));
      const read = word.isUpper(j) ? (lookalike?.cyrUpper ?? lookalike?.cyr) : lookalike?.cyr;
      if (read !== undefined) {
        reading = read;
        disguised = true;
        const others = lookalike?.cyrAlternatives;
        if (others !== undefined) choices.push({ at: j, readings: [read, ...others.replace(read, '')] });
      }
    }
    letters.push(reading);
  }
  readDigits(letters, choices, disguised);
  const from = letters.map((_, j) => j);
  const first = renderWord(letters, from);
  if (VOCABULARY.has(first.text)) return first;
  const known = knownReading(letters, choices, from);
  return known === null ? first : renderWord(known, from);
}

/**
 * Reads digits between two Cyrillic letters as letters («дeбuл0в»), judged on the readings of their neighbours
 * so that a second pass over the result decides the same. A leading digit («3акладки») is a letter only in an
 * otherwise disguised word or where it makes a vocabulary word: «3шт», «4к», «3года» stay numbers.
 */
function readDigits(letters: string[], choices: Choice[], disguised: boolean): void {
  const isCyrillic = (j: number): boolean =>
    j >= 0 && j < letters.length && (classOf((letters[j] ?? '').charCodeAt(0)) & CYR) !== 0;
  let inner = false;
  let leading: string | undefined;
  letters.forEach((ch, j) => {
    const letter = DIGIT_LETTERS[ch];
    if (letter === undefined || !isCyrillic(j + 1)) return;
    if (isCyrillic(j - 1)) {
      letters[j] = letter;
      inner = true;
    } else if (j === 0) leading = letter;
  });
  const reads = disguised || inner;
  if (leading !== undefined) {
    const digit = letters[0] ?? '';
    choices.push({ at: 0, readings: reads ? [leading, digit] : [digit, leading] });
    if (reads) letters[0] = leading;
  }
}

/** Reads a word as Latin; a Latin spelling of a Russian vocabulary word («zakladki») becomes that word. */
function foldLatin(word: WordView): { text: string; from: number[]; script: Script } {
  const { chars } = word;
  let text = '';
  for (let j = 0; j < chars.length; j++) {
    const k = classOf(chars.charCodeAt(j));
    const lookalike = k & (LAT | DIGIT) ? undefined : LOOKALIKES.get(chars.charCodeAt(j));
    const read = word.isUpper(j) ? (lookalike?.latUpper ?? lookalike?.lat) : lookalike?.lat;
    text += read ?? chars.charAt(j);
  }
  const russian = word.inIdentifier || !LATIN_WORD.test(text) ? null : transliterate(text);
  if (russian !== null) return { ...russian, script: 'cyr' };
  return { text, from: Array.from({ length: text.length }, (_, j) => j), script: 'lat' };
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
  const counts = countLetters(text);
  return (counts.cyr === 0 || counts.lat === 0) && counts.neutral === 0 && counts.style === 0;
}

function foldIn(word: WordView, script: Script): { text: string; from: number[]; script: Script } {
  return script === 'cyr' ? { ...foldCyrillic(word), script } : foldLatin(word);
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
    script = scriptOf(counts, () => word.neighbourScript()) ?? 'lat';
  }
  let folded = foldIn(word, script);
  if (!isPure(folded.text)) {
    const other = foldIn(word, script === 'cyr' ? 'lat' : 'cyr');
    const alone = scriptOf(counts) ?? script;
    if (isPure(other.text)) folded = other;
    else if (alone !== script) folded = foldIn(word, alone);
  }
  return finish(word, folded);
}

function finish(word: WordView, folded: { text: string; from: number[]; script: Script }): FoldedWord {
  const same = folded.text === word.chars && folded.from.every((j, k) => j === k);
  return same ? unchanged(word, folded.script) : folded;
}
