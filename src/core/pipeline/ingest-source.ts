import type { Checkpoint, Store } from '../../store/store.js';
import { batchOf } from '../../store/store.js';
import type { QyranConfig } from '../config.js';
import { errorMessage, QyranError } from '../errors.js';
import type { ConnectorOptions } from '../plugin.js';
import type { WorkerPool } from '../worker-pool.js';
import { FramePacker } from './frame-packer.js';
import type { IngestTask, IngestTaskResult } from './ingest-worker.js';
import type { RunTally } from './run-tally.js';
import type { ResolvedSource } from './sources.js';

export interface IngestProgress {
  readonly source: string;
  readonly records: number;
  readonly bytesRead: number;
  readonly bytesTotal: number;
}

export interface SourceRunContext {
  readonly runId: string;
  readonly store: Store;
  readonly pool: WorkerPool;
  readonly config: QyranConfig;
  readonly connectorOptions: ConnectorOptions;
  readonly tally: RunTally;
  readonly onProgress: ((progress: IngestProgress) => void) | undefined;
}

/**
 * Reads one source through its connector. This thread only frames records (cheap) and packs them into batches of
 * `batchSize`; the worker pool parses, analyses and assembles each batch into a serialised store write, and the
 * writes are handed to the store in source order, each carrying the cursor after its last record. A run killed at
 * any point resumes after the last commit; deterministic ids make replays no-ops.
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
  const clean = { defaultRegion: config.defaultRegion };
  const checkpointAt = (cursor: string | null, done: boolean): Checkpoint => ({
    sourceKey,
    connector: connector.id,
    fingerprint: source.fingerprint,
    cursor,
    done,
    blobSha256: blob.sha256,
  });
  // Enough batches in flight to keep every worker busy while the writer works through the oldest.
  const maxInFlight = 2 * Math.max(1, pool.threads) + 1;
  const inFlight: { readonly result: Promise<IngestTaskResult>; readonly bytesRead: number }[] = [];
  const writes: Promise<void>[] = [];

  const writeOldest = async (): Promise<void> => {
    const oldest = inFlight.shift();
    if (oldest === undefined) return;
    const done = await oldest.result;
    // The store writes in the order it is given batches; two writes queued keep its thread busy.
    while (writes.length >= 2) await writes.shift();
    const write = store.writeSerialized(done.serialized).then((written) => {
      tally.newDocuments += written.newDocuments;
      tally.newCaptures += written.newCaptures;
      tally.records += done.records;
      tally.addSummary(done);
      for (const b of done.bad) tally.addBad({ source: sourceKey, line: b.line, reason: b.reason });
      run.onProgress?.({
        source: sourceKey,
        records: tally.records,
        bytesRead: oldest.bytesRead,
        bytesTotal: source.probe.size,
      });
    });
    // Awaited in order below; marked handled so a failure is not reported as unhandled before its turn.
    write.catch(() => {});
    writes.push(write);
  };
  const finishWrites = async (): Promise<void> => {
    while (inFlight.length > 0) await writeOldest();
    for (const write of writes.splice(0)) await write;
  };

  const packer = new FramePacker();
  let cursor: string | null = resumeFrom;
  let bytesRead = 0;
  const dispatch = async (): Promise<void> => {
    if (packer.isEmpty()) return;
    const task: IngestTask = {
      connectorId: connector.id,
      options: run.connectorOptions,
      clean,
      frames: packer.take(),
      batch: {
        runId: run.runId,
        source: sourceKey,
        blob,
        connector,
        capturedAt,
        checkpoint: checkpointAt(cursor, false),
      },
    };
    const result = pool.ingest(task);
    result.catch(() => {});
    inFlight.push({ result, bytesRead });
    while (inFlight.length > maxInFlight) await writeOldest();
  };

  try {
    const probe = { ...source.probe, path: blob.path };
    for await (const frame of source.connector.frames(probe, run.connectorOptions, resumeFrom)) {
      cursor = frame.cursor;
      if (frame.kind === 'frame') {
        packer.add(frame);
        bytesRead = frame.byteOffset + frame.bytes.byteLength;
      } else packer.addBad(frame);
      if (packer.count >= config.batchSize) await dispatch();
    }
    await dispatch();
    await finishWrites();
    await store.writeBatch(batchOf({ checkpoint: checkpointAt(cursor, true) }));
  } catch (error) {
    if (error instanceof QyranError && (error.code === 'STORE_FAILED' || error.code === 'STORE_LOCKED')) throw error;
    // Keep what was read before the source failed; the failure itself is reported as a bad record of the source.
    await dispatch();
    await finishWrites();
    const reason = `${connector.id} stopped reading: ${errorMessage(error)}`;
    tally.addBad({ source: sourceKey, line: null, reason });
    await store.writeBatch(batchOf({ badRecords: [{ runId: run.runId, source: sourceKey, line: null, reason }] }));
  }
}
