import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from './open-database.js';

export interface CheckpointSettings {
  readonly file: string;
  readonly everyMs: number;
}

/**
 * Copies the committed WAL into the database, PASSIVE (never waiting for or blocking the writer), on a thread of
 * its own: a checkpoint copies seconds of commits, and on the thread that feeds the writer it held up every batch
 * behind it meanwhile. Stops, and closes its connection, on any message.
 */
function serve(): void {
  const port = parentPort;
  const settings: CheckpointSettings = workerData;
  if (port === null) throw new Error('checkpoint-thread must run as a worker');
  const db = openDatabase(settings.file, { autoCheckpoint: false });
  const timer = setInterval(() => {
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // A busy or failed checkpoint is retried at the next tick; the WAL keeps every committed page meanwhile.
    }
  }, settings.everyMs);
  port.once('message', () => {
    clearInterval(timer);
    db.close();
    port.close();
  });
}

serve();
