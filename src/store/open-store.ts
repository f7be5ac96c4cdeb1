import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

/**
 * The one place that maps a store location to a dialect. A directory (or `:memory:`) is the embedded store;
 * `postgres://…` will be the server store.
 */
export async function openStore(location: string): Promise<Store> {
  return SqliteStore.open(location);
}
