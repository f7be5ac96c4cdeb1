import { CYR, classOf } from './char-class.js';
import { VOCABULARY } from './vocabulary.js';

/**
 * A word read as Cyrillic, as code units of its letters (one per character of the word, so reading j and
 * character j line up), rendered into its text. Code units rather than one-character strings: charAt of a
 * Cyrillic letter made a new string per letter, and the word fold's letters, candidates and renderings were
 * most of the normaliser's time on obfuscated spam: with them (and the rest of the word fold's allocations cut)
 * the normaliser went from 30.5 to 14.5 µs per text of tg-spam spam (in-process A/B, median of 9 passes).
 */
export interface RenderedWord {
  readonly text: string;
  /** For each unit of `text`, the index of the letter it came from. */
  readonly from: number[];
}

/** A letter that could read otherwise: the first reading is taken unless another one makes a known word. */
export interface Choice {
  readonly at: number;
  readonly readings: readonly number[];
}

/** Bounds the readings tried per word, which a word of ambiguous letters would otherwise multiply. */
const MAX_COMBINATIONS = 64;
const MIN_REPEAT = 3;
const VOWELS = 'аеиоуыэюя';
/** Code units per String.fromCharCode call: a spread of a whole long word could overflow the stack. */
const CHUNK = 1024;

function textOf(codes: readonly number[]): string {
  if (codes.length <= CHUNK) return String.fromCharCode(...codes);
  let text = '';
  for (let i = 0; i < codes.length; i += CHUNK) text += String.fromCharCode(...codes.slice(i, i + CHUNK));
  return text;
}

/**
 * Appends letters from `begin` on, collapsing three or more repeats of a Cyrillic letter into one («Бляяяя»,
 * «нееет»), unless those letters are that letter alone («ООО» is a company form, «ммм» an interjection).
 */
function render(letters: readonly number[], begin: number, codes: number[], from: number[]): void {
  const size = letters.length - begin;
  let i = begin;
  while (i < letters.length) {
    const letter = letters[i] ?? 0;
    let end = i + 1;
    while (end < letters.length && letters[end] === letter) end++;
    const collapse = end - i >= MIN_REPEAT && end - i < size && (classOf(letter) & CYR) !== 0;
    const stop = collapse ? i + 1 : end;
    for (let k = i; k < stop; k++) {
      codes.push(letter);
      from.push(k);
    }
    i = end;
  }
}

function isOpeningConsonantRun(letters: readonly number[]): boolean {
  const first = letters[0] ?? 0;
  return letters[1] === first && letters[2] === first && !VOWELS.includes(String.fromCharCode(first));
}

/**
 * The letters joined, repeats collapsed. Russian never triples a letter but at the start of «СССР»: a consonant
 * repeated at the start of a word collapses only into a vocabulary word («ммммеф»).
 */
export function renderWord(letters: readonly number[]): RenderedWord {
  const codes: number[] = [];
  const from: number[] = [];
  render(letters, 0, codes, from);
  const text = textOf(codes);
  if (!isOpeningConsonantRun(letters) || VOCABULARY.has(text)) return { text, from };
  let run = 1;
  while (letters[run] === letters[0]) run++;
  codes.length = 0;
  from.length = 0;
  for (let k = 0; k < run; k++) {
    codes.push(letters[k] ?? 0);
    from.push(k);
  }
  render(letters, run, codes, from);
  return { text: textOf(codes), from };
}

/** The first combination of readings that makes a vocabulary word, or null. */
export function knownReading(letters: readonly number[], choices: readonly Choice[]): number[] | null {
  let combinations = 1;
  for (const choice of choices) combinations *= choice.readings.length;
  if (choices.length === 0 || combinations > MAX_COMBINATIONS) return null;
  const picks = choices.map(() => 0);
  const candidate = [...letters];
  for (;;) {
    let k = 0;
    while (k < picks.length && (picks[k] ?? 0) + 1 >= (choices[k]?.readings.length ?? 0)) picks[k++] = 0;
    if (k === picks.length) return null;
    picks[k] = (picks[k] ?? 0) + 1;
    for (let c = 0; c < choices.length; c++) {
      const choice = choices[c];
      if (choice !== undefined) candidate[choice.at] = choice.readings[picks[c] ?? 0] ?? 0;
    }
    if (VOCABULARY.has(renderWord(candidate).text)) return candidate;
  }
}
