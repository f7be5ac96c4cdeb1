import type { Rng } from './generate-corpus-random.js';

/** Draws the corpus generator's Rng does not offer: weighted choices, skewed sizes, times. */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function weighted<T>(rng: Rng, choices: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, weight] of choices) total += weight;
  let roll = rng.next() * total;
  for (const [value, weight] of choices) {
    roll -= weight;
    if (roll < 0) return value;
  }
  const last = choices[choices.length - 1];
  if (last === undefined) throw new RangeError('weighted pick from an empty list');
  return last[0];
}

/**
 * An integer in [min, max] skewed towards min (power > 1): most shops are small, a few are large, as in the seized
 * shop data the issue describes.
 */
export function skewedInt(rng: Rng, min: number, max: number, power = 2): number {
  return min + Math.floor(rng.next() ** power * (max - min + 1));
}

/** Log-uniform in [min, max]: delays of a reply spread from seconds to hours. */
export function logUniform(rng: Rng, min: number, max: number): number {
  return Math.round(min * (max / min) ** rng.next());
}

/** A moment in [from, to], to the second. */
export function momentIn(rng: Rng, from: number, to: number): number {
  return Math.floor((from + rng.next() * Math.max(0, to - from)) / 1000) * 1000;
}

export function isoOf(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** Random 32-bit unsigned integer. */
export function uint32(rng: Rng): number {
  return Math.floor(rng.next() * 4294967296) >>> 0;
}

export function randomBytes(rng: Rng, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = rng.int(0, 255);
  return out;
}
