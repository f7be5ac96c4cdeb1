import { resolve } from 'node:path';
import type { StoreOptions } from '../store/open-store.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';

export const DEFAULT_DB = './qyran-data/';

export interface GlobalOptions {
  readonly db: string;
}

/** Opens the store for one command and always closes it, whatever the command does. */
export async function withStore<T>(
  options: GlobalOptions,
  run: (store: Store) => Promise<T>,
  storeOptions: StoreOptions = {},
): Promise<T> {
  const store = await openStore(resolve(options.db), storeOptions);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
