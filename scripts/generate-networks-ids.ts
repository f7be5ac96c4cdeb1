import type { Rng } from './generate-corpus-random.js';
import { uint32 } from './generate-networks-random.js';

/**
 * Document ids are a keyed permutation of a counter, not the counter: posts are generated network by network, and a
 * sequential id would hand the linker the ground truth (ids 1-400 are one shop). A 4-round Feistel network on two
 * 16-bit halves is a bijection on 32 bits, so ids stay unique without remembering them.
 */
export class DocumentIds {
  private readonly keys: readonly number[];
  private counter = 0;

  constructor(rng: Rng) {
    this.keys = [uint32(rng), uint32(rng), uint32(rng), uint32(rng)];
  }

  next(): string {
    let left = this.counter >>> 16;
    let right = this.counter & 0xffff;
    this.counter++;
    for (const key of this.keys) {
      const mixed = Math.imul(right ^ key, 0x9e3779b1) >>> 0;
      const f = (mixed ^ (mixed >>> 15)) & 0xffff;
      [left, right] = [right, left ^ f];
    }
    return `net-${(((left << 16) | right) >>> 0).toString(16).padStart(8, '0')}`;
  }
}

/** Values that must not repeat across the whole world: platform ids, phones, handles. */
export class UniqueValues {
  private readonly used = new Set<string>();

  /** Draws until `make` gives an unused value; `make` must be able to give many. */
  take(make: () => string): string {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const value = make();
      if (!this.used.has(value)) {
        this.used.add(value);
        return value;
      }
    }
    throw new Error('could not find an unused value in 1000 draws');
  }

  /** The first of `candidates` still free, else a fresh value from `fallback`. */
  takeFirstFree(candidates: readonly string[], fallback: () => string): string {
    for (const value of candidates) {
      if (!this.used.has(value)) {
        this.used.add(value);
        return value;
      }
    }
    return this.take(fallback);
  }

  has(value: string): boolean {
    return this.used.has(value);
  }
}
