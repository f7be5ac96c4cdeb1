import { parentPort, workerData } from 'node:worker_threads';
import { deserializeBatch, releaseParts, type SerializedBatch } from '../packed-batch.js';
import type { WriteResult } from '../store.js';
import { createBatchWriter } from './batch-writer.js';
import { openDatabase } from './open-database.js';

export interface WriterSettings {
  readonly file: string;
  readonly transactionDocuments: number;
  readonly maxSeconds: number;
}

export type WriterRequest =
  | { readonly kind: 'write'; readonly id: number; readonly batch: SerializedBatch }
  | { readonly kind: 'flush'; readonly id: number }
  | { readonly kind: 'close' };

export type WriterResponse =
  | { readonly kind: 'written'; readonly id: number; readonly result: WriteResult }
  | { readonly kind: 'flushed'; readonly id: number }
  | { readonly kind: 'failed'; readonly id: number; readonly code: string | null; readonly message: string }
  | { readonly kind: 'closed' };

/**
 * The store's one writer, on its own thread: SQLite writes are synchronous, and on the caller's thread they would
 * stop reading and parsing for the whole of every commit.
 */
function serve(): void {
  const port = parentPort;
  const settings: WriterSettings = workerData;
  if (port === null) throw new Error('writer-thread must run as a worker');
  // The store's own thread checkpoints the WAL (see SqliteStore), so commits here only append to it.
  const db = openDatabase(settings.file, { autoCheckpoint: false });
  const writer = createBatchWriter(db, settings);
  port.on('message', (request: WriterRequest) => {
    if (request.kind === 'close') {
      writer.flush();
      db.close();
      port.postMessage({ kind: 'closed' } satisfies WriterResponse);
      port.close();
      return;
    }
    try {
      if (request.kind === 'flush') {
        writer.flush();
        port.postMessage({ kind: 'flushed', id: request.id } satisfies WriterResponse);
        return;
      }
      const parts = deserializeBatch(request.batch);
      try {
        port.postMessage({ kind: 'written', id: request.id, result: writer.write(parts) } satisfies WriterResponse);
      } finally {
        releaseParts(parts);
      }
    } catch (error) {
      const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : null;
      const message = error instanceof Error ? error.message : String(error);
      port.postMessage({ kind: 'failed', id: request.id, code, message } satisfies WriterResponse);
    }
  });
}

serve();
