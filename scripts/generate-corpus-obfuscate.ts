import type { Rng } from './generate-corpus-random.js';

/**
 * The disguises real drug ads use against keyword filters: Latin look-alikes («3аклaдки» with a Latin a), digits
 * for letters, and spaced-out letters («М Е Ф»). Only disguises a reader still recognises.
 */
const LATIN_FOR: Readonly<Record<string, string>> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  х: 'x',
  у: 'y',
  к: 'k',
  и: 'u',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
};
const DIGIT_FOR: Readonly<Record<string, string>> = { з: '3', З: '3', о: '0', О: '0', б: '6', ч: '4' };
const CYRILLIC_WORD = /^[а-яёА-ЯЁ]+$/;

function withLatin(rng: Rng, word: string): string {
  const chars = [...word];
  const candidates = chars.flatMap((ch, i) => (LATIN_FOR[ch] === undefined ? [] : [i]));
  // Keep at least one Cyrillic letter: an all-Latin word would read as English.
  const chosen = rng.pickDistinct(candidates, Math.min(candidates.length - 1, rng.int(1, 3)));
  for (const i of chosen) chars[i] = LATIN_FOR[chars[i] ?? ''] ?? chars[i] ?? '';
  return chars.join('');
}

function withDigit(word: string): string {
  const chars = [...word];
  const i = chars.findIndex((ch, k) => DIGIT_FOR[ch] !== undefined && (k === 0 || k < chars.length - 1));
  if (i < 0) return word;
  chars[i] = DIGIT_FOR[chars[i] ?? ''] ?? '';
  return chars.join('');
}

function spaced(rng: Rng, word: string): string {
  return [...word.toUpperCase()].join(rng.pick([' ', '.', ' ']));
}

/** `rate` is the chance that the word is disguised at all. */
export function obfuscate(rng: Rng, word: string, rate: number): string {
  if (!CYRILLIC_WORD.test(word) || !rng.chance(rate)) return word;
  const how = rng.next();
  if (how < 0.3 && word.length <= 9) return spaced(rng, word);
  if (how < 0.75) return withLatin(rng, word);
  return withDigit(word);
}
