import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export interface StoreOptions {
  /** Documents per write transaction; a killed ingest redoes at most this many. */
  readonly transactionDocuments?: number;
}

/**
 * The one place that maps a store location to a dialect. A directory (or `:memory:`) is the embedded store;
 * `postgres://…` will be the server store.
 */
export async function openStore(location: string, options: StoreOptions = {}): Promise<Store> {
  return SqliteStore.open(location, options);
}
