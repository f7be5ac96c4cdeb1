import { describe, expect, it } from 'vitest';
import type { ExportRecord } from '../../core/plugin.js';
import { loadRegistry } from '../../core/registry.js';

const registry = await loadRegistry();

async function* records(n: number): AsyncIterable<ExportRecord> {
  for (let i = 0; i < n; i++) {
    yield {
      documentId: `doc_${i}`,
      externalId: null,
      platform: 'olx',
      url: `https://olx.example/${i}`,
      publishedAt: '2024-01-01T00:00:00.000Z',
      body: `Продам, звоните; "кавычки", запятые\nи переводы строк ${i}`,
      label: i % 2 === 0 ? 'sale' : 'none',
      score: 0.5,
      identifiers: [],
      captureSha256: 'f'.repeat(64),
    };
  }
}

async function exportAll(exporter: (typeof registry.exporters)[number], n: number): Promise<string> {
  let text = '';
  for await (const chunk of exporter.export(records(n))) text += chunk;
  return text;
}

describe.each(registry.exporters.map((e) => [e.meta.id, e] as const))('exporter contract: %s', (_id, exporter) => {
  it('names a file extension and exports nothing without failing', async () => {
    expect(exporter.fileExtension).toMatch(/^[a-z0-9]+$/);
    await exportAll(exporter, 0);
  });

  it('carries every record, with its document id and capture hash', async () => {
    const text = await exportAll(exporter, 3);
    for (let i = 0; i < 3; i++) expect(text).toContain(`doc_${i}`);
    expect(text).toContain('f'.repeat(64));
  });
});
