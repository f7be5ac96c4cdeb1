import { createHash } from 'node:crypto';

/** Every id in Qyran is `<namespace>_<32 hex>`: the first 128 bits of sha256(namespace, key parts). */
export const ID_NAMESPACES = ['cap', 'doc', 'acc', 'idf', 'men', 'det', 'lnk', 'obj', 'src'] as const;
export type IdNamespace = (typeof ID_NAMESPACES)[number];

const SEPARATOR = '\u001f';

export function makeId(namespace: IdNamespace, ...keyParts: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(namespace);
  for (const part of keyParts) {
    hash.update(SEPARATOR);
    hash.update(part);
  }
  return `${namespace}_${hash.digest('hex').slice(0, 32)}`;
}

export function idNamespace(id: string): IdNamespace | null {
  const prefix = id.slice(0, id.indexOf('_'));
  return ID_NAMESPACES.find((ns) => ns === prefix) ?? null;
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
