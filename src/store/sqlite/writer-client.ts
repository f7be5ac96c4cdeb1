import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SerializedBatch } from '../packed-batch.js';
import type { WriteResult } from '../store.js';
import type { WriterRequest, WriterResponse, WriterSettings } from './writer-thread.js';

/** A write the writer thread could not make; `code` is SQLite's (SQLITE_BUSY …) when it came from SQLite. */
export class WriterThreadError extends Error {
  override readonly name = 'WriterThreadError';
  readonly code: string | null;
  constructor(code: string | null, message: string) {
    super(message);
    this.code = code;
  }
}

/** Sends batches to the writer thread and resolves each write, in order, when the writer has committed it. */
export class WriterClient {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (r: WriteResult | null) => void; reject: (error: WriterThreadError) => void }
  >();

  constructor(settings: WriterSettings) {
    this.worker = new Worker(fileURLToPath(new URL('./writer-thread.js', import.meta.url)), { workerData: settings });
    this.worker.on('message', (response: WriterResponse) => {
      if (response.kind === 'closed') return;
      const waiting = this.pending.get(response.id);
      this.pending.delete(response.id);
      if (response.kind === 'written') waiting?.resolve(response.result);
      else if (response.kind === 'flushed') waiting?.resolve(null);
      else waiting?.reject(new WriterThreadError(response.code, response.message));
    });
    this.worker.on('error', (error) => {
      for (const waiting of this.pending.values()) waiting.reject(new WriterThreadError(null, error.message));
      this.pending.clear();
    });
  }

  private request(
    make: (id: number) => WriterRequest,
    transfer: readonly ArrayBuffer[] = [],
  ): Promise<WriteResult | null> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage(make(id), transfer);
    });
  }

  /** Hands the batch's bytes over to the writer thread (transferred, not copied, when they own their buffer). */
  async write(batch: SerializedBatch): Promise<WriteResult> {
    const owned = batch.parts.flatMap(({ buffer, byteLength }) =>
      buffer instanceof ArrayBuffer && buffer.byteLength === byteLength ? [buffer] : [],
    );
    const result = await this.request((id) => ({ kind: 'write', id, batch }), owned);
    if (result === null) throw new WriterThreadError(null, 'the writer answered a write with a flush');
    return result;
  }

  async flush(): Promise<void> {
    await this.request((id) => ({ kind: 'flush', id }));
  }

  async close(): Promise<void> {
    const exited = once(this.worker, 'exit');
    this.worker.postMessage({ kind: 'close' } satisfies WriterRequest);
    await exited;
  }
}
