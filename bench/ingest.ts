import { spawnSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { resolveConfig } from '../src/core/config.js';
import { ingest } from '../src/core/pipeline/ingest.js';
import { loadRegistry } from '../src/core/registry.js';
import { readItems } from '../src/core/source/read-items.js';
import { createWorkerPool } from '../src/core/worker-pool.js';
import { SQLITE_FILE_NAME, SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { BENCH_OUT, corpusFile } from './corpus-file.js';
import { median } from './median.js';

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

const ingestRunSchema = z.object({
  readRate: z.number(),
  rate: z.number(),
  seconds: z.number(),
  cpuPerDocument: z.number(),
  peakRss: z.number(),
  storeMb: z.number(),
  labels: z.record(z.string(), z.number()),
});

type IngestRun = z.infer<typeof ingestRunSchema>;

interface IngestBenchOptions {
  readonly threads?: number;
  readonly writerThread?: boolean;
  readonly commitSize?: number;
}

/** One ingest of the corpus into a new store, after its own read-only baseline; printed as JSON for the parent. */
export async function benchIngestOnce(documents: number, options: IngestBenchOptions): Promise<void> {
  const run = await ingestOnce(await corpusFile(documents), options);
  console.log(JSON.stringify(run));
}

/**
 * Each run in a process of its own, as `qyran ingest` runs: in one process the peak RSS grew from run to run
 * (424, 483, 515 MB at 50,000 documents) and later runs started with warm code.
 */
function ingestInChild(documents: number, options: IngestBenchOptions): IngestRun {
  const args = [
    fileURLToPath(new URL('./run.js', import.meta.url)),
    '--only',
    'ingest-once',
    '--count',
    String(documents),
  ];
  if (options.threads !== undefined) args.push('--threads', String(options.threads));
  if (options.writerThread !== undefined) args.push('--writer-thread', String(options.writerThread));
  if (options.commitSize !== undefined) args.push('--commit-size', String(options.commitSize));
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !last.startsWith('{')) throw new Error(`an ingest run failed (exit ${child.status})`);
  return ingestRunSchema.parse(JSON.parse(last));
}

async function ingestOnce(path: string, options: IngestBenchOptions): Promise<IngestRun> {
  const readRate = await baselineRead(path);
  const dir = join(BENCH_OUT.pathname, 'store');
  rmSync(dir, { recursive: true, force: true });
  const config = resolveConfig({ ingestThreads: options.threads, commitSize: options.commitSize });
  const store = SqliteStore.open(dir, {
    transactionDocuments: config.commitSize,
    writerThread: options.writerThread ?? true,
  });
  const pool = createWorkerPool(config.ingestThreads);
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
  return {
    readRate,
    rate: summary.records / seconds,
    seconds,
    cpuPerDocument: (cpu.user + cpu.system) / summary.records,
    peakRss: Math.max(peakRss, process.resourceUsage().maxRSS * 1024),
    storeMb: statSync(join(dir, SQLITE_FILE_NAME)).size / 1e6,
    labels: summary.labels,
  };
}

const count = (n: number): string => Math.round(n).toLocaleString('en');

/**
 * `runs` ingests of the same corpus, each into a new store after a read-only baseline pass, and their medians: on
 * this shared machine one run's rate moved by a quarter from one minute to the next.
 */
export async function benchIngest(documents: number, options: IngestBenchOptions & { runs: number }): Promise<void> {
  const path = await corpusFile(documents);
  const sizeMb = statSync(path).size / 1e6;
  const threads = resolveConfig({ ingestThreads: options.threads }).ingestThreads;
  console.log(
    `\ningest: ${count(documents)} generated documents (${sizeMb.toFixed(0)} MB JSONL), embedded store, ` +
      `${threads} analysis thread${threads === 1 ? '' : 's'}, ${(options.writerThread ?? true) ? 'writer thread' : 'writes in the main thread'}, ` +
      `full-text index; ${options.runs} runs`,
  );
  const runs: IngestRun[] = [];
  for (let r = 1; r <= options.runs; r++) {
    const run = ingestInChild(documents, options);
    runs.push(run);
    console.log(
      `  run ${r}: ${count(run.rate)} docs/s in ${run.seconds.toFixed(1)} s, ${(run.rate / run.readRate).toFixed(3)} x ` +
        `the read + parse baseline (${count(run.readRate)} docs/s); CPU ${run.cpuPerDocument.toFixed(0)} us per ` +
        `document (all threads); peak RSS ${(run.peakRss / 1024 ** 2).toFixed(0)} MB; store ${run.storeMb.toFixed(0)} MB`,
    );
  }
  const rate = median(runs.map((r) => r.rate));
  const peakRss = Math.max(...runs.map((r) => r.peakRss));
  console.log(`    labels ${JSON.stringify(runs[0]?.labels ?? {})}`);
  console.log(
    `  median of ${runs.length}: ${count(rate)} docs/s (fastest ${count(Math.max(...runs.map((r) => r.rate)))}), ` +
      `${median(runs.map((r) => r.rate / r.readRate)).toFixed(3)} x the baseline, CPU ` +
      `${median(runs.map((r) => r.cpuPerDocument)).toFixed(0)} us per document; peak RSS of all runs ` +
      `${(peakRss / 1024 ** 2).toFixed(0)} MB`,
  );
  console.log(
    `    target >= ${count(TARGET_DOCS_PER_SECOND)} docs/s (median): ${rate >= TARGET_DOCS_PER_SECOND ? 'met' : 'NOT met'}; ` +
      `target <= 1.5 GB RSS: ${peakRss <= TARGET_RSS_BYTES ? 'met' : 'NOT met'}`,
  );
}
