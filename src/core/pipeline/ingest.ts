import { randomUUID } from 'node:crypto';
import type { DetectionLabel } from '../../model/detection.js';
import type { Store } from '../../store/store.js';
import { batchOf } from '../../store/store.js';
import type { QyranConfig } from '../config.js';
import type { ConnectorOptions } from '../plugin.js';
import type { PluginRegistry } from '../registry.js';
import type { WorkerPool } from '../worker-pool.js';
import type { IngestProgress } from './ingest-source.js';
import { ingestSource } from './ingest-source.js';
import type { BadRecordReport } from './run-tally.js';
import { RunTally } from './run-tally.js';
import { planSources } from './sources.js';

export type { IngestProgress } from './ingest-source.js';

export interface IngestOptions {
  readonly paths: readonly string[];
  readonly format: string | null;
  readonly connectorOptions: ConnectorOptions;
  readonly config: QyranConfig;
  readonly onProgress?: (progress: IngestProgress) => void;
}

export interface IngestSummary {
  readonly runId: string;
  readonly sources: number;
  readonly sourcesUnchanged: number;
  readonly sourcesResumed: number;
  readonly filesSkipped: readonly string[];
  readonly records: number;
  readonly newDocuments: number;
  readonly newCaptures: number;
  readonly badRecords: number;
  /** The first bad records, for the person at the terminal; all of them are kept in the store. */
  readonly badRecordSamples: readonly BadRecordReport[];
  readonly pluginFailures: Readonly<Record<string, { readonly count: number; readonly firstMessage: string }>>;
  readonly labels: Readonly<Partial<Record<DetectionLabel, number>>>;
  readonly elapsedSeconds: number;
  readonly docsPerSecond: number;
  /** Which detector and extractor versions analysed this run's documents: the provenance of every `none`. */
  readonly analysedWith: readonly string[];
}

/** collect -> capture -> document -> normalise/detect/extract (worker pool) -> persist, source by source. */
export async function ingest(
  options: IngestOptions,
  store: Store,
  registry: PluginRegistry,
  pool: WorkerPool,
): Promise<IngestSummary> {
  const started = performance.now();
  pool.prepareIngest({ defaultRegion: options.config.defaultRegion });
  const runId = randomUUID();
  await store.startRun({ id: runId, command: 'ingest', startedAt: new Date().toISOString() });
  const plan = await planSources(options.paths, registry.connectors, options.format);
  const tally = new RunTally();
  for (const unreadable of plan.unreadable)
    tally.addBad({ source: unreadable.path, line: null, reason: unreadable.reason });
  if (plan.unreadable.length > 0) {
    const badRecords = plan.unreadable.map((u) => ({ runId, source: u.path, line: null, reason: u.reason }));
    await store.writeBatch(batchOf({ badRecords }));
  }
  const run = {
    runId,
    store,
    pool,
    config: options.config,
    connectorOptions: options.connectorOptions,
    tally,
    onProgress: options.onProgress,
  };
  for (const source of plan.sources) await ingestSource(source, run);

  const elapsedSeconds = (performance.now() - started) / 1000;
  const summary: IngestSummary = {
    runId,
    sources: plan.sources.length,
    sourcesUnchanged: tally.sourcesUnchanged,
    sourcesResumed: tally.sourcesResumed,
    filesSkipped: plan.skipped,
    records: tally.records,
    newDocuments: tally.newDocuments,
    newCaptures: tally.newCaptures,
    badRecords: tally.badRecords,
    badRecordSamples: tally.samples,
    pluginFailures: Object.fromEntries(tally.failures),
    labels: tally.labels,
    elapsedSeconds,
    docsPerSecond: elapsedSeconds > 0 ? tally.records / elapsedSeconds : 0,
    analysedWith: [...registry.detectors, ...registry.extractors].map(
      (p) => `${p.meta.kind}:${p.meta.id}@${p.meta.version}`,
    ),
  };
  await store.finishRun(runId, { ...summary });
  return summary;
}
