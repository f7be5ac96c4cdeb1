/**
 * Buckets each kept once, in the order first added, up to a capacity. A small open-addressed table marks those
 * present, stamped per document so that starting over clears nothing: a search of the list per add made the
 * lexicon features quadratic in the cues of a document, and a flagged ad has dozens.
 */
const TABLE_BITS = 10;
const TABLE_MASK = (1 << TABLE_BITS) - 1;

export class DistinctBuckets {
  /** The buckets, the first `count` of them this document's. */
  readonly buckets: Int32Array<ArrayBuffer>;
  private size = 0;
  private readonly keys = new Int32Array(1 << TABLE_BITS);
  private readonly stamps = new Int32Array(1 << TABLE_BITS);
  /** Never 0, the stamp of a slot never used. */
  private stamp = 1;

  /** At most a quarter of the table, so that a probe finds a free slot or its bucket within a few steps. */
  constructor(capacity: number) {
    if (capacity * 4 > 1 << TABLE_BITS) throw new Error(`at most ${(1 << TABLE_BITS) / 4} buckets`);
    this.buckets = new Int32Array(capacity);
  }

  get count(): number {
    return this.size;
  }

  clear(): void {
    this.size = 0;
    this.stamp++;
    if (this.stamp === 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  /** Adds a bucket unless present or the list is full. */
  add(bucket: number): void {
    const { keys, stamps, stamp } = this;
    let slot = Math.imul(bucket, 0x9e3779b1) >>> (32 - TABLE_BITS);
    while (stamps[slot] === stamp) {
      if (keys[slot] === bucket) return;
      slot = (slot + 1) & TABLE_MASK;
    }
    if (this.size === this.buckets.length) return;
    keys[slot] = bucket;
    stamps[slot] = stamp;
    this.buckets[this.size++] = bucket;
  }
}
