import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConnectorItem } from '../../core/plugin.js';
import { loadRegistry } from '../../core/registry.js';
import { readItems } from '../../core/source/read-items.js';

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

const TELEGRAM_EXPORT = join(import.meta.dirname, '../../../../shared/data/telegram-desktop-exports/oop.result.json');
const SAMPLES: readonly { name: string; bytes: Uint8Array | string }[] = [
  { name: 'sample.jsonl', bytes: '{"id":1,"text":"Меф в наличии"}\n\n{"id":2,"text":"второй"}\r\n{"id":3,"text":"ё"}' },
  { name: 'sample.csv', bytes: '\ufeffid;text\n1;"много\nстрок"\n2;второй\n' },
  ...(existsSync(TELEGRAM_EXPORT) ? [{ name: 'result.json', bytes: readFileSync(TELEGRAM_EXPORT) }] : []),
];

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
    const items = await readAll(readItems(connector, fileWith(`${id}-empty`, ''), OPTIONS, null));
    expect(items.filter((item) => item.kind === 'record')).toEqual([]);
  });

  it('points each record at its exact bytes in the source file', async () => {
    let checked = 0;
    for (const sample of SAMPLES) {
      const probe = fileWith(`${id}-${sample.name}`, sample.bytes);
      if (connector.sniff(probe) === 0) continue;
      const file = readFileSync(probe.path);
      for (const item of await readAll(readItems(connector, probe, OPTIONS, null))) {
        if (item.kind !== 'record') continue;
        expect(
          Buffer.compare(file.subarray(item.byteOffset, item.byteOffset + item.bytes.byteLength), item.bytes),
        ).toBe(0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('reports garbage as bad records (or nothing) instead of throwing, each with a cursor', async () => {
    const noise = new Uint8Array(4096);
    let seed = 7;
    for (let i = 0; i < noise.length; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      noise[i] = seed % 256;
    }
    const items = await readAll(readItems(connector, fileWith(`${id}-noise`, noise), OPTIONS, null));
    for (const item of items) expect(typeof item.cursor).toBe('string');
  });

  it('parses a frame the same after a structured clone, as the worker pool receives it', async () => {
    let checked = 0;
    for (const sample of SAMPLES) {
      const probe = fileWith(`${id}-clone-${sample.name}`, sample.bytes);
      if (connector.sniff(probe) === 0) continue;
      for await (const frame of connector.frames(probe, OPTIONS, null)) {
        if (frame.kind !== 'frame') continue;
        const here = connector.parse({ ...frame, sourcePath: 'x' }, OPTIONS);
        const there = connector.parse({ ...structuredClone(frame), sourcePath: 'x' }, structuredClone(OPTIONS));
        expect(there).toEqual(here);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
