import { ID_HEX_DIGITS, type IdNamespace } from '../../model/ids.js';

const WORDS = ID_HEX_DIGITS / 8;
const INITIAL_SLOTS = 1 << 14;

/**
 * The ids a writer has already written, each with a small value (what it was written with), as a hash table of
 * their 128 bits in typed arrays. Qyran ids are `<namespace>_<32 hex>` (model/ids.ts), already uniformly random, so
 * the bits are their own hash. With a Set and a Map of the id strings, their lookups were ~10% of the writer
 * thread's time in an ingest (`perf`, 300,000 generated documents; with this table 1.5%): every id arrives as a
 * fresh string from v8.deserialize, so each lookup hashes it, then walks the table's chains through the heap
 * (0.85 us a lookup at 1,000,000 entries, against 0.38 here).
 * The table holds the ids of one namespace; an id of another form is kept in a Map, so any string works.
 */
export class KnownIds {
  private readonly prefix: string;
  private words = new Uint32Array(INITIAL_SLOTS * WORDS);
  /** 0 for an empty slot, else the value + 1. */
  private values = new Uint8Array(INITIAL_SLOTS);
  private count = 0;
  private readonly others = new Map<string, number>();
  private readonly key = new Uint32Array(WORDS);

  constructor(namespace: IdNamespace) {
    this.prefix = `${namespace}_`;
  }

  get size(): number {
    return this.count + this.others.size;
  }

  /** The value the id was set with, or undefined for an id not set since the last clear. */
  get(id: string): number | undefined {
    if (!this.parse(id)) return this.others.get(id);
    const slot = this.find();
    const stored = this.values[slot] ?? 0;
    return stored === 0 ? undefined : stored - 1;
  }

  /** Sets an id's value (0-254). */
  set(id: string, value: number): void {
    if (!Number.isInteger(value) || value < 0 || value > 254) throw new RangeError(`value out of range: ${value}`);
    if (!this.parse(id)) {
      this.others.set(id, value);
      return;
    }
    let slot = this.find();
    if (this.values[slot] === 0) {
      if ((this.count + 1) * 2 > this.values.length) {
        this.grow();
        slot = this.find();
      }
      this.words.set(this.key, slot * WORDS);
      this.count++;
    }
    this.values[slot] = value + 1;
  }

  clear(): void {
    this.words = new Uint32Array(INITIAL_SLOTS * WORDS);
    this.values = new Uint8Array(INITIAL_SLOTS);
    this.count = 0;
    this.others.clear();
  }

  /** Reads the id's 32 hex digits into `key` as four words; false for an id not of the form `<namespace>_<hex>`. */
  private parse(id: string): boolean {
    const start = this.prefix.length;
    if (id.length !== start + ID_HEX_DIGITS || !id.startsWith(this.prefix)) return false;
    for (let w = 0; w < WORDS; w++) {
      let word = 0;
      for (let k = start + w * 8, end = k + 8; k < end; k++) {
        const c = id.charCodeAt(k);
        const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
        if (digit < 0) return false;
        word = word * 16 + digit;
      }
      this.key[w] = word;
    }
    return true;
  }

  /** The slot holding `key`, or the empty slot where it would go (linear probing; the table is never full). */
  private find(): number {
    const mask = this.values.length - 1;
    const key = this.key;
    const k0 = key[0] ?? 0;
    const k1 = key[1] ?? 0;
    const k2 = key[2] ?? 0;
    const k3 = key[3] ?? 0;
    for (let slot = k0 & mask; ; slot = (slot + 1) & mask) {
      if (this.values[slot] === 0) return slot;
      const at = slot * WORDS;
      if (
        this.words[at] === k0 &&
        this.words[at + 1] === k1 &&
        this.words[at + 2] === k2 &&
        this.words[at + 3] === k3
      ) {
        return slot;
      }
    }
  }

  /** Doubles the table, each id put back in the first free slot from its home, as `find` probes. */
  private grow(): void {
    const { words, values } = this;
    this.words = new Uint32Array(words.length * 2);
    this.values = new Uint8Array(values.length * 2);
    const mask = this.values.length - 1;
    for (let old = 0; old < values.length; old++) {
      const value = values[old] ?? 0;
      if (value === 0) continue;
      let slot = (words[old * WORDS] ?? 0) & mask;
      while (this.values[slot] !== 0) slot = (slot + 1) & mask;
      this.words.set(words.subarray(old * WORDS, old * WORDS + WORDS), slot * WORDS);
      this.values[slot] = value;
    }
  }
}
