import type { Rng } from './generate-corpus-random.js';
import { SHOP_EMOJI } from './generate-corpus-vocab.js';
import { weighted } from './generate-networks-random.js';
import { BRAND_SUFFIXES, BRAND_WORDS, PEOPLE, SURNAMES } from './generate-networks-vocab.js';

/**
 * Handles and display names. A handle is a stem plus `_syn` (bots: `_syn_bot`, as in generate-corpus-networks.ts)
 * so that none can be mistaken for a real account; stems obey Telegram's rules (a letter first, [a-z0-9_], no
 * double underscore) and stay short enough for the 32-character limit once suffixed.
 */
const MAX_STEM = 24;
const AFFIXES = ['the', 'real', 'new', 'official', 'kz', 'best', 'top'];
const LOOKALIKE_DIGITS: Readonly<Record<string, string>> = { o: '0', l: '1', i: '1', e: '3', a: '4', s: '5' };

export function handleOf(stem: string): string {
  return `${stem}_syn`;
}

export function botOf(stem: string): string {
  return `${stem}_syn_bot`;
}

function tidy(stem: string): string {
  const clean = stem
    .replace(/[^a-z0-9_]/g, '')
    .replace(/_+/g, '_')
    .replace(/^[^a-z]+/, '')
    .replace(/_+$/, '');
  return clean.length > MAX_STEM ? clean.slice(0, MAX_STEM).replace(/_+$/, '') : clean;
}

function toggleUnderscore(rng: Rng, stem: string): string {
  const underscores = [...stem].flatMap((ch, i) => (ch === '_' ? [i] : []));
  if (underscores.length > 0) {
    const i = rng.pick(underscores);
    return stem.slice(0, i) + stem.slice(i + 1);
  }
  // Between letters and digits first: shopalmaty24 -> shopalmaty_24.
  const boundary = stem.search(/[a-z][0-9]/);
  const at = boundary > 0 ? boundary + 1 : rng.int(2, Math.max(2, stem.length - 2));
  return `${stem.slice(0, at)}_${stem.slice(at)}`;
}

function changeNumber(rng: Rng, stem: string): string {
  const match = /(\d+)$/.exec(stem);
  if (match?.[1] === undefined) return `${stem}${rng.pick(['2', '24', '777', '01', String(rng.int(3, 99))])}`;
  const n = Number(match[1]);
  const next = rng.chance(0.5) ? String(n + 1) : `${match[1]}${rng.int(1, 9)}`;
  return stem.slice(0, stem.length - match[1].length) + next;
}

function swapTokens(rng: Rng, stem: string): string {
  const tokens = stem.split('_');
  if (tokens.length < 2) return changeNumber(rng, stem);
  return [...tokens.slice(1), tokens[0] ?? ''].join('_');
}

function lookalike(rng: Rng, stem: string): string {
  const positions = [...stem].flatMap((ch, i) => (i > 0 && LOOKALIKE_DIGITS[ch] !== undefined ? [i] : []));
  if (positions.length === 0) return changeNumber(rng, stem);
  const i = rng.pick(positions);
  return stem.slice(0, i) + (LOOKALIKE_DIGITS[stem.charAt(i)] ?? '') + stem.slice(i + 1);
}

function doubleLetter(rng: Rng, stem: string): string {
  const positions = [...stem].flatMap((ch, i) => (i > 0 && /[a-z]/.test(ch) ? [i] : []));
  if (positions.length === 0) return changeNumber(rng, stem);
  const i = rng.pick(positions);
  return stem.slice(0, i) + stem.charAt(i) + stem.slice(i);
}

function affix(rng: Rng, stem: string): string {
  const word = rng.pick(AFFIXES);
  return rng.chance(0.5) ? `${word}_${stem}` : `${stem}_${word}`;
}

/** One small edit, as a shop makes when a banned account comes back: shop_almaty24 -> shop_almaty_24. */
export function mutateStem(rng: Rng, stem: string): string {
  const edit = weighted(rng, [
    [toggleUnderscore, 4],
    [changeNumber, 4],
    [swapTokens, 1],
    [lookalike, 1],
    [doubleLetter, 1],
    [affix, 2],
  ]);
  const out = tidy(edit(rng, stem));
  return out.length >= 4 ? out : `${out}${rng.int(10, 99)}`;
}

export interface Brand {
  /** Latin brand word, as in handles. */
  readonly word: string;
  /** The word as display names write it. */
  readonly display: string;
  readonly stem: string;
  /** Display names the shop's accounts reuse. */
  readonly names: readonly string[];
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function makeBrand(rng: Rng, citySlug: string, cityName: string): Brand {
  const [word, display] = rng.pick(BRAND_WORDS);
  const stem = tidy(
    weighted(rng, [
      [`${word}_${rng.pick(BRAND_SUFFIXES)}`, 4],
      [`${word}${rng.int(1, 99)}`, 2],
      [`${word}_${citySlug}`, 2],
      [`${word}_${rng.pick(BRAND_SUFFIXES)}${rng.int(1, 99)}`, 2],
      [`${citySlug}_${word}`, 1],
    ]),
  );
  const candidates = [
    display,
    `${display} ${cityName}`,
    `${display.toUpperCase()} 24/7`,
    `${capitalised(word)} Shop`,
    `${display} ${rng.pick(SHOP_EMOJI)}`,
    `${capitalised(word)} ${cityName}`,
  ];
  return { word, display, stem, names: rng.pickDistinct(candidates, rng.int(1, 3)) };
}

export interface PersonName {
  readonly display: string;
  /** A handle stem a person would pick. */
  readonly stem: string;
}

/** A person's display name (often just a first name, so names collide across cities) and a handle stem. */
export function makePerson(rng: Rng): PersonName {
  const [first, firstLatin] = rng.pick(PEOPLE);
  const [surname, surnameLatin] = rng.pick(SURNAMES);
  const display = weighted(rng, [
    [first, 5],
    [`${first} ${surname.charAt(0)}.`, 2],
    [`${first} ${surname}`, 2],
    [capitalised(firstLatin), 2],
    [`${capitalised(firstLatin)} ${capitalised(surnameLatin)}`, 1],
  ]);
  const stem = tidy(
    weighted(rng, [
      [`${firstLatin}${rng.int(1, 9999)}`, 4],
      [`${firstLatin}_${surnameLatin}`, 2],
      [`${firstLatin}_${surnameLatin}${rng.int(1, 99)}`, 2],
      [`${surnameLatin}_${firstLatin.slice(0, 1)}${rng.int(1, 999)}`, 1],
    ]),
  );
  return { display, stem };
}

/** An operator's handle: named after the shop, or (harder to link) a personal-looking one. */
export function operatorStem(rng: Rng, brand: Brand, person: PersonName): string {
  return tidy(
    weighted(rng, [
      [`op_${brand.word}`, 2],
      [`${brand.word}_operator`, 2],
      [`manager_${brand.word}${rng.int(1, 99)}`, 1],
      [`${person.stem.replace(/\d+$/, '')}_${brand.word}`, 1],
      [`${brand.word}_support`, 1],
      [person.stem, 3],
    ]),
  );
}
