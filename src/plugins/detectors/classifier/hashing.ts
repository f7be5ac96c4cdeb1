/**
 * 32-bit hashing for the hashed feature space. FNV-1a steps because they can be applied one code unit at a time
 * (the char n-gram loop extends one hash to lengths 3, 4 and 5 without rehashing); whole strings (lexicon
 * feature names, MinHash shingles) also get murmur3's finaliser, as they are hashed once and cached.
 */
const FNV_PRIME = 0x01000193;
export const FNV_OFFSET = 0x811c9dc5;

export function fnvStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, FNV_PRIME);
}

export function finalize(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Hash of a string in a namespace: the namespace keeps `word:соль` and `lexicon:соль` in different buckets. */
export function hashString(namespace: number, text: string): number {
  let h = fnvStep(FNV_OFFSET, namespace);
  for (let i = 0; i < text.length; i++) h = fnvStep(h, text.charCodeAt(i));
  return finalize(h);
}
