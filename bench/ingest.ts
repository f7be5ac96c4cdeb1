import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../src/core/config.js';
import { ingest } from '../src/core/pipeline/ingest.js';
import { loadRegistry } from '../src/core/registry.js';
import { readItems } from '../src/core/source/read-items.js';
import { createWorkerPool } from '../src/core/worker-pool.js';
import { SQLITE_FILE_NAME, SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { BENCH_OUT, corpusFile } from './corpus-file.js';

const TARGET_DOCS_PER_SECOND = 20_000;
const TARGET_RSS_BYTES = 1.5 * 1024 ** 3;

/** Reads the corpus through its connector only: the floor under which ingest cannot go. */
async function baselineRead(path: string): Promise<number> {
  const registry = await loadRegistry();
  const jsonl = registry.connectors.find((c) => c.meta.id === 'jsonl');
  if (jsonl === undefined) throw new Error('the jsonl connector is not registered');
  const size = statSync(path).size;
  const started = performance.now();
  let records = 0;
  const probe = { path, size, head: new Uint8Array() };
  for await (const item of readItems(jsonl, probe, { fieldMap: {}, defaultPlatform: null }, null)) {
    if (item.kind === 'record') records++;
  }
  return records / ((performance.now() - started) / 1000);
}

export async function benchIngest(
  count: number,
  options: { threads?: number; writerThread?: boolean; commitSize?: number } = {},
): Promise<void> {
  const path = await corpusFile(count);
  const sizeMb = statSync(path).size / 1e6;
  console.log(
    `\ningest: ${count.toLocaleString('en')} generated documents (${sizeMb.toFixed(0)} MB JSONL), embedded store`,
  );
  const readRate = await baselineRead(path);
  console.log(`  baseline, read + parse only: ${Math.round(readRate).toLocaleString('en')} docs/s`);

  const dir = join(BENCH_OUT.pathname, 'store');
  rmSync(dir, { recursive: true, force: true });
  const config = resolveConfig({ threads: options.threads, commitSize: options.commitSize });
  const store = SqliteStore.open(dir, {
    transactionDocuments: config.commitSize,
    writerThread: options.writerThread ?? true,
  });
  const pool = createWorkerPool(config.threads);
  const registry = await loadRegistry();
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 100);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const summary = await ingest(
    { paths: [path], format: 'jsonl', connectorOptions: { fieldMap: {}, defaultPlatform: null }, config },
    store,
    registry,
    pool,
  );
  await store.close();
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sampler);
  await pool.close();
  peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
  const rate = summary.records / seconds;
  const dbMb = statSync(join(dir, SQLITE_FILE_NAME)).size / 1e6;
  console.log(
    `  ingest, end to end (${config.threads} analysis threads, ${(options.writerThread ?? true) ? 'writer thread' : 'writes in the main thread'}, full-text index): ${Math.round(rate).toLocaleString('en')} docs/s in ${seconds.toFixed(1)} s`,
  );
  console.log(`    ${(rate / readRate).toFixed(3)} x the read-only baseline; labels ${JSON.stringify(summary.labels)}`);
  console.log(
    `    CPU ${((cpu.user + cpu.system) / summary.records).toFixed(0)} us per document (user + system, all threads)`,
  );
  console.log(`    peak RSS ${(peakRss / 1024 ** 2).toFixed(0)} MB; store ${dbMb.toFixed(0)} MB`);
  console.log(
    `    target >= ${TARGET_DOCS_PER_SECOND.toLocaleString('en')} docs/s: ${rate >= TARGET_DOCS_PER_SECOND ? 'met' : 'NOT met'}; ` +
      `target <= 1.5 GB RSS: ${peakRss <= TARGET_RSS_BYTES ? 'met' : 'NOT met'}`,
  );
}
