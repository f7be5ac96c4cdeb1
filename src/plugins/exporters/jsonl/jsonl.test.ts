import { describe, expect, it } from 'vitest';
import type { ExportRecord } from '../../../core/plugin.js';
import jsonlExporter from './index.js';

async function* records(n: number): AsyncIterable<ExportRecord> {
  for (let i = 0; i < n; i++) {
    yield {
      documentId: `doc_${i}`,
      externalId: String(i),
      platform: 'telegram',
      url: null,
      publishedAt: null,
      body: `текст "${i}"\nвторая строка`,
      label: 'none',
      score: 0.1,
      identifiers: [{ type: 'phone', value: '+77071234567' }],
      captureSha256: 'a'.repeat(64),
    };
  }
}

describe('jsonl exporter', () => {
  it('writes one parseable line per record, newlines inside text escaped', async () => {
    let text = '';
    for await (const chunk of jsonlExporter.export(records(5000))) text += chunk;
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(5000);
    expect(JSON.parse(lines[4999] ?? '')).toMatchObject({
      documentId: 'doc_4999',
      body: 'текст "4999"\nвторая строка',
    });
  });
});
