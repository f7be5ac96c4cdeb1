import { DIGIT_LATIN_LETTERS } from './confusables.js';
import { LATIN_WORDS_KEPT } from './transliteration-vocabulary.js';
import { VOCABULARY } from './vocabulary.js';

/** Latin spellings of each Cyrillic letter seen in Russian written on Latin keyboards. */
const SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  а: ['a'],
  б: ['b'],
  в: ['v', 'w'],
  г: ['g'],
  д: ['d'],
  е: ['e'],
  ж: ['zh', 'j'],
  з: ['z'],
  и: ['i', 'y'],
  й: ['y', 'i', 'j'],
  к: ['k'],
  л: ['l'],
  м: ['m'],
  н: ['n'],
  о: ['o'],
  п: ['p'],
  р: ['r'],
  с: ['s'],
  т: ['t'],
  у: ['u'],
  ф: ['f', 'ph'],
  х: ['h', 'kh', 'x'],
  ц: ['c', 'ts', 'tz'],
  ч: ['ch'],
  ш: ['sh', 'w'],
  щ: ['sch', 'shch', 'sh'],
  ъ: [''],
  ы: ['y', 'i'],
  ь: [''],
  э: ['e'],
  ю: ['yu', 'ju', 'iu'],
  я: ['ya', 'ja', 'ia'],
};
// «shishki» alone has 16 spellings; a cap keeps a long word from multiplying the table.
const MAX_SPELLINGS_PER_WORD = 64;
/** Below this length a Latin spelling is too likely to be some other word, unless listed here. */
const MIN_KEY_LENGTH = 4;
const SHORT_KEYS_KEPT: ReadonlySet<string> = new Set(['mef']);
const OPENING = 3;

interface Transliteration {
  readonly target: string;
  /** How many Latin letters spell each Cyrillic letter of `target`. */
  readonly widths: readonly number[];
}

interface Spelling {
  readonly key: string;
  readonly widths: readonly number[];
}

function spellingsOf(word: string): Spelling[] {
  let partials: Spelling[] = [{ key: '', widths: [] }];
  for (const letter of word) {
    const options = SPELLINGS[letter] ?? [letter];
    const next: Spelling[] = [];
    for (const partial of partials) {
      for (const option of options) {
        if (next.length < MAX_SPELLINGS_PER_WORD) {
          next.push({ key: partial.key + option, widths: [...partial.widths, option.length] });
        }
      }
    }
    partials = next;
  }
  return partials;
}

function buildTable(): ReadonlyMap<string, Transliteration> {
  const kept = new Set(LATIN_WORDS_KEPT);
  const table = new Map<string, Transliteration>();
  for (const target of VOCABULARY) {
    for (const { key, widths } of spellingsOf(target)) {
      if (kept.has(key) || (key.length < MIN_KEY_LENGTH && !SHORT_KEYS_KEPT.has(key))) continue;
      // The first word listed keeps a spelling two words share.
      if (!table.has(key)) table.set(key, { target, widths });
    }
  }
  return table;
}

const TABLE = buildTable();

function latinLetterAt(text: string, i: number): string {
  const ch = text.charAt(i);
  return DIGIT_LATIN_LETTERS[ch] ?? ch;
}

/** ASCII code units as letters of a key: a digit as the letter it stands for, anything else as itself. */
const KEY_CODES = Uint8Array.from({ length: 0x80 }, (_, code) =>
  (DIGIT_LATIN_LETTERS[String.fromCharCode(code)] ?? String.fromCharCode(code)).charCodeAt(0),
);

/** The first letters of a word as one number, so that English prose is ruled out without building strings. */
function openingOf(text: string, start: number): number {
  let opening = 0;
  for (let i = start; i < start + OPENING; i++) {
    const code = text.charCodeAt(i);
    opening = opening * 0x80 + (code < 0x80 ? (KEY_CODES[code] ?? code) : code);
  }
  return opening;
}

let shortestKey = Number.POSITIVE_INFINITY;
let longestKey = 0;
const OPENINGS = new Set<number>();
for (const key of TABLE.keys()) {
  shortestKey = Math.min(shortestKey, key.length);
  longestKey = Math.max(longestKey, key.length);
  OPENINGS.add(openingOf(key, 0));
}

function keyOf(text: string, start: number, end: number): string {
  let key = '';
  for (let i = start; i < end; i++) key += latinLetterAt(text, i);
  return key;
}

/** Whether a Latin word of the text spells a vocabulary word; its opening rules most English words out first. */
export function spellsVocabularyWord(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < shortestKey || length > longestKey || !OPENINGS.has(openingOf(text, start))) return false;
  return TABLE.has(keyOf(text, start, end));
}

/**
 * The Cyrillic word a Latin spelling stands for, if it is in the vocabulary, and for each Cyrillic letter the
 * offset in `latin` of the letters that spell it.
 */
export function transliterate(latin: string): { text: string; from: number[] } | null {
  const found = TABLE.get(keyOf(latin, 0, latin.length));
  if (found === undefined) return null;
  const from: number[] = [];
  let at = 0;
  let previous = 0;
  for (const width of found.widths) {
    // A letter spelt by nothing (ь) shares the offset of the letter before it, so spans stay inside the word.
    from.push(width === 0 ? previous : at);
    previous = width === 0 ? previous : at;
    at += width;
  }
  return { text: found.target, from };
}
