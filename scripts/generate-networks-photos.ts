import type { Rng } from './generate-corpus-random.js';
import { uint32, weighted } from './generate-networks-random.js';

/**
 * Photos as 64-bit perceptual hashes (two 32-bit halves). Re-posting the same photo re-encodes or crops it, which
 * moves a perceptual hash by a few bits; two unrelated photos differ in about 32 of 64 bits.
 */
export interface Photo {
  readonly high: number;
  readonly low: number;
}

export function newPhoto(rng: Rng): Photo {
  return { high: uint32(rng), low: uint32(rng) };
}

/** The hash of one re-post: 0 to 4 bits flipped, most often 0 to 2. */
export function repost(rng: Rng, photo: Photo): string {
  const flips = weighted(rng, [
    [0, 4],
    [1, 3],
    [2, 2],
    [3, 1],
    [4, 0.5],
  ]);
  let { high, low } = photo;
  for (let i = 0; i < flips; i++) {
    const bit = rng.int(0, 63);
    if (bit < 32) high = (high ^ (1 << bit)) >>> 0;
    else low = (low ^ (1 << (bit - 32))) >>> 0;
  }
  return hexOf({ high, low });
}

export function hexOf(photo: Photo): string {
  return `${photo.high.toString(16).padStart(8, '0')}${photo.low.toString(16).padStart(8, '0')}`;
}
