import { describe, expect, it } from 'vitest';
import type { LinkSource } from '../../core/plugin.js';
import { loadRegistry } from '../../core/registry.js';

const registry = await loadRegistry();

const USES = [
  { accountId: 'acc_1', identifierId: 'idf_phone', identifierType: 'phone', documentId: 'doc_1' },
  { accountId: 'acc_1', identifierId: 'idf_phone', identifierType: 'phone', documentId: 'doc_2' },
  { accountId: 'acc_2', identifierId: 'idf_phone', identifierType: 'phone', documentId: 'doc_3' },
  { accountId: 'acc_2', identifierId: 'idf_handle', identifierType: 'telegram', documentId: 'doc_3' },
] as const;

const source: LinkSource = {
  async *accountIdentifierUses() {
    yield* USES;
  },
};

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe.each(registry.linkers.map((l) => [l.meta.id, l] as const))('linker contract: %s', (_id, linker) => {
  it('yields links with deterministic ids, a strength in 0..1 and documents as evidence', async () => {
    const links = await collect(linker.link(source));
    expect(links.length).toBeGreaterThan(0);
    const known = new Set<string>(USES.map((u) => u.documentId));
    for (const link of links) {
      expect(link.id).toMatch(/^lnk_[0-9a-f]{32}$/);
      expect(link.strength).toBeGreaterThanOrEqual(0);
      expect(link.strength).toBeLessThanOrEqual(1);
      expect(link.evidenceDocumentIds.length).toBeGreaterThan(0);
      for (const doc of link.evidenceDocumentIds) expect(known.has(doc)).toBe(true);
      expect(linker.meta.produces).toContain(`link:${link.type}`);
    }
    expect(new Set(links.map((l) => l.id)).size).toBe(links.length);
    expect(await collect(linker.link(source))).toEqual(links);
  });
});
