import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../scripts/generate-corpus.js';
import { createTextAnalyzer } from '../src/core/analysis/analyze-text.js';
import type { RecordItem } from '../src/core/pipeline/assemble-batch.js';
import { assembleBatch } from '../src/core/pipeline/assemble-batch.js';
import { loadRegistry } from '../src/core/registry.js';
import { DEFAULT_CLEAN_CONTEXT } from '../src/model/identifier-type.js';
import { type SerializedBatch, serializeBatch } from '../src/store/packed-batch.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { BENCH_OUT } from './corpus-file.js';

const COMMIT = 20_000;

/**
 * Builds every batch first (packed and serialised, as the workers hand them over), then times only the store's
 * writes, deserialising included: the ceiling the embedded store puts on ingest.
 */
export async function benchStoreWrite(count: number, writerThread = false): Promise<void> {
  const registry = await loadRegistry();
  const analyze = createTextAnalyzer(registry, DEFAULT_CLEAN_CONTEXT);
  const jsonl = registry.connectors.find((c) => c.meta.id === 'jsonl');
  if (jsonl === undefined) throw new Error('the jsonl connector is not registered');
  const batches: SerializedBatch[] = [];
  let records: RecordItem[] = [];
  let n = 0;
  const flush = (): void => {
    const analyses = records.map((r) => analyze({ text: r.document.body, title: null, language: null }));
    batches.push(
      serializeBatch(
        assembleBatch(records, analyses, [], {
          runId: 'bench',
          source: 'bench',
          blob: { sha256: 'a'.repeat(64) },
          connector: jsonl.meta,
          capturedAt: new Date().toISOString(),
          checkpoint: null,
        }),
      ),
    );
    records = [];
  };
  for (const record of generateCorpus({ seed: 42, count })) {
    const bytes = Buffer.from(JSON.stringify(record));
    records.push({
      kind: 'record',
      bytes,
      byteOffset: n * 400,
      mediaType: 'application/json',
      origin: { kind: 'file', path: 'bench.jsonl', line: ++n, byteOffset: n * 400 },
      cursor: String(n),
      document: {
        externalId: record.id,
        platform: record.platform,
        url: record.url,
        author: { platform: record.platform, platformId: null, handle: record.author, displayName: null },
        publishedAt: record.published_at,
        publishedAtIsLocal: false,
        language: null,
        title: record.title ?? null,
        body: record.text,
        threadKey: null,
        parentExternalId: null,
        forwardedFrom: null,
        imageHashes: [],
        extra: {},
      },
    });
    if (records.length === COMMIT) flush();
  }
  if (records.length > 0) flush();
  const dir = join(BENCH_OUT.pathname, 'store-write');
  rmSync(dir, { recursive: true, force: true });
  const store = SqliteStore.open(dir, { writerThread });
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (const batch of batches) await store.writeSerialized(batch);
  await store.close();
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  console.log(
    `\nstore writes alone${writerThread ? ' (writer thread)' : ''}, ${count.toLocaleString('en')} documents in commits of ${COMMIT.toLocaleString('en')}: ` +
      `${Math.round(count / seconds).toLocaleString('en')} docs/s (${((seconds * 1e6) / count).toFixed(1)} us/doc; ` +
      `CPU ${((cpu.user + cpu.system) / count).toFixed(1)} us/doc)`,
  );
}
