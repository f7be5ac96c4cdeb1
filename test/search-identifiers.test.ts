import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/cli.js';

describe('qyran search by identifier', () => {
  const dir = tempDir('search');
  const db = join(dir, 'db');
  const input = join(dir, 'posts.jsonl');
  writeFileSync(
    input,
    [
      { id: 'p1', text: 'Звоните +77071234567, доставка по городу' },
      { id: 'p2', text: 'Канал магазина: https://t.me/Shop_Almaty24 — всё в наличии' },
      { id: 'p3', text: 'Продам велосипед, 8 701 000 11 22' },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n'),
  );
  const ingested = runCli(['--db', db, 'ingest', input]);

  it('ingests the posts', () => {
    expect(ingested.status).toBe(0);
  });

  it('finds a phone written one way by a query written another way', () => {
    const found = runCli(['--db', db, 'search', '--json', '8 707 123-45-67']);
    expect(found.status).toBe(0);
    const { hits } = JSON.parse(found.stdout);
    expect(hits.map((h: { externalId: string }) => h.externalId)).toEqual(['p1']);
    expect(hits[0].matchedBy).toEqual(['identifier:phone']);
  });

  it('finds a t.me link by its handle', () => {
    const found = runCli(['--db', db, 'search', '--json', '@shop_almaty24']);
    const { hits } = JSON.parse(found.stdout);
    expect(hits.map((h: { externalId: string }) => h.externalId)).toEqual(['p2']);
  });

  it('finds words by full text, whatever their case', () => {
    const found = runCli(['--db', db, 'search', '--json', 'ВЕЛОСИПЕД']);
    const { hits } = JSON.parse(found.stdout);
    expect(hits.map((h: { externalId: string }) => h.externalId)).toEqual(['p3']);
  });

  it('exports the documents as JSON Lines with their identifiers and capture hash', () => {
    const out = join(dir, 'export.jsonl');
    const exported = runCli(['--db', db, 'export', 'documents', '--out', out]);
    expect(exported.status).toBe(0);
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.externalId)).toEqual(['p1', 'p2', 'p3']);
    expect(lines[0].identifiers).toContainEqual({ type: 'phone', value: '+77071234567' });
    expect(lines[0].captureSha256).toMatch(/^[0-9a-f]{64}$/);
    const bad = runCli(['--db', db, 'export', 'documents', '--out', out, '--label', 'sold']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown label sold');
  });
});
