import { hash } from 'node:crypto';

/** Every id in Qyran is `<namespace>_<32 hex>`: the first 128 bits of sha256(namespace, key parts). */
export const ID_NAMESPACES = ['cap', 'doc', 'acc', 'idf', 'men', 'det', 'lnk', 'obj', 'src'] as const;
export type IdNamespace = (typeof ID_NAMESPACES)[number];

const SEPARATOR = '\u001f';
/** Hex digits after the namespace: the first 128 bits of the key's SHA-256. */
export const ID_HEX_DIGITS = 32;

// One-shot crypto.hash, not createHash: ids are minted several times per document on the ingest hot path, and the
// one-shot form measured 0.35 us against 1.9 us per id. Both strings are joined, not concatenated: a template
// literal makes a rope over a slice of the 64-digit digest, which every Set lookup and serialisation of the id then
// flattens (an id and its lookup 1.35 -> 1.14 us; 0.65 -> 0.12 us for the lookup alone of an id kept in a column).
export function makeId(namespace: IdNamespace, ...keyParts: readonly string[]): string {
  const key = keyParts.length === 0 ? `${namespace}${SEPARATOR}` : [namespace, ...keyParts].join(SEPARATOR);
  return [namespace, hash('sha256', key, 'hex').slice(0, ID_HEX_DIGITS)].join('_');
}

export function idNamespace(id: string): IdNamespace | null {
  const prefix = id.slice(0, id.indexOf('_'));
  return ID_NAMESPACES.find((ns) => ns === prefix) ?? null;
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return hash('sha256', bytes, 'hex');
}
