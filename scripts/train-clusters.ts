import { FNV_OFFSET, finalize, fnvStep } from '../src/plugins/detectors/classifier/hashing.js';

/**
 * Near-duplicate clusters for honest splits: texts that share a template or differ only in names, prices and
 * handles must land in the same split, or the dev figures measure memory. Two texts join when they share an
 * explicit group key (a generator template) or when MinHash estimates the Jaccard similarity of their character
 * 5-shingles at or above `NEAR_DUPLICATE`.
 */
const SHINGLE = 5;
const BANDS = 12;
const ROWS = 3;
const HASHES = BANDS * ROWS;
const NEAR_DUPLICATE = 0.6;

function shingleHashes(text: string): Int32Array {
  const flat = text.toLowerCase().replace(/\d+/g, '0').replace(/\s+/g, ' ').trim();
  if (flat.length <= SHINGLE) return Int32Array.of(finalize(fnvStep(FNV_OFFSET, flat.length)));
  const out = new Int32Array(flat.length - SHINGLE + 1);
  for (let i = 0; i + SHINGLE <= flat.length; i++) {
    let h = FNV_OFFSET;
    for (let j = 0; j < SHINGLE; j++) h = fnvStep(h, flat.charCodeAt(i + j));
    out[i] = finalize(h);
  }
  return out;
}

function signature(text: string): Uint32Array {
  const shingles = shingleHashes(text);
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const s of shingles) {
    for (let k = 0; k < HASHES; k++) {
      const h = finalize(Math.imul(s ^ Math.imul(k + 1, 0x9e3779b1), 0x85ebca6b)) >>> 0;
      if (h < (sig[k] ?? 0)) sig[k] = h;
    }
  }
  return sig;
}

function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while ((this.parent[root] ?? root) !== root) root = this.parent[root] ?? root;
    let node = i;
    while (node !== root) {
      const next = this.parent[node] ?? root;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller index becomes the root, so cluster ids do not depend on the order of unions.
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }
}

export interface Clusterable {
  readonly text: string;
  /** Texts with the same key always share a cluster (e.g. `synthetic:sale:3`); null for none. */
  readonly groupKey: string | null;
}

/** For each item, the index of the first item of its cluster. */
export function nearDuplicateClusters(items: readonly Clusterable[]): Int32Array {
  const sets = new UnionFind(items.length);
  const firstOfKey = new Map<string, number>();
  items.forEach((item, i) => {
    if (item.groupKey === null) return;
    const first = firstOfKey.get(item.groupKey);
    if (first === undefined) firstOfKey.set(item.groupKey, i);
    else sets.union(first, i);
  });
  const signatures = items.map((item) => signature(item.text));
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((sig, i) => {
      const key = Array.from(sig.subarray(band * ROWS, band * ROWS + ROWS)).join(',');
      const bucket = buckets.get(key);
      if (bucket === undefined) buckets.set(key, [i]);
      else bucket.push(i);
    });
    for (const members of buckets.values()) {
      const [first] = members;
      if (first === undefined) continue;
      for (const other of members) {
        const a = signatures[first];
        const b = signatures[other];
        if (other !== first && a !== undefined && b !== undefined && similarity(a, b) >= NEAR_DUPLICATE) {
          sets.union(first, other);
        }
      }
    }
  }
  return Int32Array.from(items, (_, i) => sets.find(i));
}
