/**
 * MinHash over character shingles of a normalised text, banded for LSH: two texts share a band key with
 * probability about s^ROWS per band (s = Jaccard similarity), so near-duplicates (an ad template with another
 * phone or price) meet in some band and unrelated texts almost never do.
 */
const SHINGLE = 5;
const HASHES = 32;
const ROWS = 4;
const BANDS = HASHES / ROWS;
/** Shorter texts («+1», «спасибо») are the same by chance, not by template. */
const MIN_TEXT_LENGTH = 60;

const PRIME = 4_294_967_291;

function fnv1a(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Case, digits and spacing vary between copies of one template; letters and their order do not. */
export function normaliseForShingles(text: string): string {
  return text
    .toLowerCase()
    .replace(/[0-9]+/g, '0')
    .replace(/[^\p{L}0]+/gu, ' ')
    .trim();
}

function coefficients(seed: number): readonly [Uint32Array, Uint32Array] {
  const a = new Uint32Array(HASHES);
  const b = new Uint32Array(HASHES);
  let s = seed >>> 0;
  const next = (): number => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s;
  };
  for (let i = 0; i < HASHES; i++) {
    a[i] = next() | 1;
    b[i] = next();
  }
  return [a, b];
}

const [A, B] = coefficients(0x5eed);

export function minhashSignature(text: string): Uint32Array | null {
  const norm = normaliseForShingles(text);
  if (norm.length < MIN_TEXT_LENGTH) return null;
  const signature = new Uint32Array(HASHES).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= norm.length; i++) {
    const x = fnv1a(norm, i, i + SHINGLE);
    for (let k = 0; k < HASHES; k++) {
      // 32-bit universal hashing is enough to order shingles; the modulus keeps the family pairwise independent.
      const h = (((Math.imul(A[k] ?? 1, x) >>> 0) + (B[k] ?? 0)) >>> 0) % PRIME;
      if (h < (signature[k] ?? 0)) signature[k] = h;
    }
  }
  return signature;
}

/** One key per band; the band's index is mixed in so equal rows in different bands do not collide. */
export function bandKeys(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = (0x9e3779b9 ^ band) >>> 0;
    for (let r = 0; r < ROWS; r++) {
      h ^= signature[band * ROWS + r] ?? 0;
      h = Math.imul(h, 0x01000193) >>> 0;
      h ^= h >>> 15;
    }
    keys.push(h >>> 0);
  }
  return keys;
}

export function textBands(text: string): number[] {
  const signature = minhashSignature(text);
  return signature === null ? [] : bandKeys(signature);
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity of the two shingle sets. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) equal++;
  return equal / HASHES;
}
