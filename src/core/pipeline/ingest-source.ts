import type { Store } from '../../store/store.js';
import { batchOf } from '../../store/store.js';
import type { AnalysisPool } from '../analysis/analysis-pool.js';
import type { TextAnalysis } from '../analysis/analyze-text.js';
import type { QyranConfig } from '../config.js';
import { errorMessage, QyranError } from '../errors.js';
import type { ConnectorOptions } from '../plugin.js';
import type { BadItem, RecordItem } from './assemble-batch.js';
import { assembleBatch } from './assemble-batch.js';
import type { RunTally } from './run-tally.js';
import type { ResolvedSource } from './sources.js';

const WRITE_SIZE = 2_000;

export interface IngestProgress {
  readonly source: string;
  readonly records: number;
  readonly bytesRead: number;
  readonly bytesTotal: number;
}

export interface SourceRunContext {
  readonly runId: string;
  readonly store: Store;
  readonly pool: AnalysisPool;
  readonly config: QyranConfig;
  readonly connectorOptions: ConnectorOptions;
  readonly tally: RunTally;
  readonly onProgress: ((progress: IngestProgress) => void) | undefined;
}

interface AnalysedBatch {
  readonly records: readonly RecordItem[];
  readonly bad: readonly BadItem[];
  readonly analyses: Promise<readonly TextAnalysis[]>;
  /** Cursor after the last item of this batch. */
  readonly cursor: string | null;
  readonly bytesRead: number;
}

/**
 * Reads one source through its connector. Batches of `batchSize` go to the worker pool as they fill; finished
 * batches are committed in source order, `commitSize` documents per transaction, each commit carrying the cursor
 * after its last item. A run killed at any point resumes after the last commit; deterministic ids make replays
 * no-ops.
 */
export async function ingestSource(source: ResolvedSource, run: SourceRunContext): Promise<void> {
  const { store, pool, config, tally } = run;
  const sourceKey = source.probe.path;
  const connector = source.connector.meta;
  const previous = await store.getCheckpoint(sourceKey);
  const sameFile = previous !== null && previous.fingerprint === source.fingerprint;
  if (sameFile && previous.done) {
    tally.sourcesUnchanged++;
    return;
  }
  // Keep the file first and read the kept copy: what is parsed is exactly what is kept as evidence.
  const kept = sameFile && previous.blobSha256 !== null ? await store.findBlob(previous.blobSha256) : null;
  const blob = kept ?? (await store.keepFile(sourceKey));
  const resumeFrom = sameFile && previous.blobSha256 === blob.sha256 ? previous.cursor : null;
  if (resumeFrom !== null) tally.sourcesResumed++;
  const capturedAt = new Date().toISOString();
  const context = { defaultRegion: config.defaultRegion };
  const checkpointAt = (cursor: string | null, done: boolean) => ({
    sourceKey,
    connector: connector.id,
    fingerprint: source.fingerprint,
    cursor,
    done,
    blobSha256: blob.sha256,
  });
  // Documents handed to the store at a time; the store groups writes into transactions of `commitSize`.
  const writeSize = Math.min(config.commitSize, WRITE_SIZE);
  // Keep the workers busy while a write is being assembled: queued batches still run.
  const maxQueued = Math.ceil(writeSize / config.batchSize) + pool.threads + 1;
  const queue: AnalysedBatch[] = [];

  // One write in flight: the next commit is assembled while the store writes the previous one.
  let writing: Promise<void> = Promise.resolve();
  const commit = async (count: number): Promise<void> => {
    const group = queue.splice(0, count);
    const last = group.at(-1);
    if (last === undefined) return;
    const records: RecordItem[] = [];
    const analyses: TextAnalysis[] = [];
    const bad: BadItem[] = [];
    for (const batch of group) {
      const done = await batch.analyses;
      tally.addAnalyses(done);
      records.push(...batch.records);
      analyses.push(...done);
      bad.push(...batch.bad);
    }
    const assembled = assembleBatch(records, analyses, bad, {
      runId: run.runId,
      source: sourceKey,
      blob,
      connector,
      capturedAt,
      checkpoint: checkpointAt(last.cursor, false),
    });
    await writing;
    writing = store.writeBatch(assembled).then((written) => {
      tally.newDocuments += written.newDocuments;
      tally.newCaptures += written.newCaptures;
      tally.records += records.length;
      for (const b of bad) tally.addBad({ source: sourceKey, line: b.line, reason: b.reason });
      run.onProgress?.({
        source: sourceKey,
        records: tally.records,
        bytesRead: last.bytesRead,
        bytesTotal: source.probe.size,
      });
    });
  };
  const commitReady = async (final: boolean): Promise<void> => {
    while (queue.length > 0) {
      let documents = 0;
      let take = 0;
      while (take < queue.length && documents < writeSize) {
        documents += queue[take]?.records.length ?? 0;
        take++;
      }
      if (!final && documents < writeSize && queue.length < maxQueued) return;
      await commit(take);
    }
  };

  let records: RecordItem[] = [];
  let bad: BadItem[] = [];
  let cursor: string | null = resumeFrom;
  let bytesRead = 0;
  const dispatch = async (): Promise<void> => {
    if (records.length === 0 && bad.length === 0) return;
    const items = records.map((r) => ({
      text: r.document.body,
      title: r.document.title,
      language: r.document.language,
    }));
    queue.push({
      records,
      bad,
      analyses: items.length === 0 ? Promise.resolve([]) : pool.analyze({ context, items }),
      cursor,
      bytesRead,
    });
    records = [];
    bad = [];
    await commitReady(false);
  };

  try {
    const probe = { ...source.probe, path: blob.path };
    for await (const item of source.connector.read(probe, run.connectorOptions, resumeFrom)) {
      cursor = item.cursor;
      if (item.kind === 'record') {
        records.push(item);
        bytesRead += item.bytes.byteLength + 1;
      } else bad.push(item);
      if (records.length + bad.length >= config.batchSize) await dispatch();
    }
    await dispatch();
    await commitReady(true);
    await writing;
    await store.writeBatch(batchOf({ checkpoint: checkpointAt(cursor, true) }));
  } catch (error) {
    if (error instanceof QyranError && (error.code === 'STORE_FAILED' || error.code === 'STORE_LOCKED')) throw error;
    // Keep what was read before the source failed; the failure itself is reported as a bad record of the source.
    await commitReady(true);
    await writing;
    const reason = `${connector.id} stopped reading: ${errorMessage(error)}`;
    tally.addBad({ source: sourceKey, line: null, reason });
    await store.writeBatch(batchOf({ badRecords: [{ runId: run.runId, source: sourceKey, line: null, reason }] }));
  }
}
