import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CheckpointSettings } from './checkpoint-thread.js';

/**
 * Runs checkpoint-thread.ts. Checkpoints only keep the WAL short: if the thread fails, the WAL grows until the
 * store closes, and the last connection to close copies it all in, so a failure here loses nothing.
 */
export class CheckpointClient {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;

  constructor(settings: CheckpointSettings) {
    this.worker = new Worker(fileURLToPath(new URL('./checkpoint-thread.js', import.meta.url)), {
      workerData: settings,
    });
    this.worker.on('error', () => {});
    this.exited = new Promise((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.unref();
  }

  async stop(): Promise<void> {
    this.worker.postMessage('stop');
    await this.exited;
  }
}
