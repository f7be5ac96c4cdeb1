import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConnectorItem } from '../../core/plugin.js';
import { loadRegistry } from '../../core/registry.js';

const registry = await loadRegistry();
const dir = mkdtempSync(join(tmpdir(), 'qyran-connector-contract-'));
const OPTIONS = { fieldMap: {}, defaultPlatform: null };

function fileWith(name: string, bytes: Uint8Array | string): { path: string; size: number; head: Uint8Array } {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return { path, size: data.byteLength, head: data.subarray(0, 65_536) };
}

async function readAll(iterable: AsyncIterable<ConnectorItem>): Promise<ConnectorItem[]> {
  const items: ConnectorItem[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe.each(registry.connectors.map((c) => [c.meta.id, c] as const))('connector contract: %s', (id, connector) => {
  it('sniffs any bytes to a confidence in 0..1 without throwing', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 512 }),
        fc.constantFrom('a.jsonl', 'a.csv', 'result.json', 'a.bin'),
        (head, name) => {
          const score = connector.sniff({ path: join(dir, name), size: head.byteLength, head });
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads an empty file to no records (a connector may report it as bad)', async () => {
    const items = await readAll(connector.read(fileWith(`${id}-empty`, ''), OPTIONS, null));
    expect(items.filter((item) => item.kind === 'record')).toEqual([]);
  });

  it('reports garbage as bad records (or nothing) instead of throwing, each with a cursor', async () => {
    const noise = new Uint8Array(4096);
    let seed = 7;
    for (let i = 0; i < noise.length; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      noise[i] = seed % 256;
    }
    const items = await readAll(connector.read(fileWith(`${id}-noise`, noise), OPTIONS, null));
    for (const item of items) expect(typeof item.cursor).toBe('string');
  });
});
