import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStoreContract, sampleBatch } from '../store.contract.js';
import { SqliteStore } from './sqlite-store.js';

runStoreContract('sqlite (file)', async () => SqliteStore.open(mkdtempSync(join(tmpdir(), 'qyran-store-'))));
runStoreContract('sqlite (:memory:)', async () => SqliteStore.open(':memory:'));

describe('SqliteStore', () => {
  it('keeps its data across reopening', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qyran-store-'));
    const first = SqliteStore.open(dir);
    await first.writeBatch(sampleBatch(1, 'сохранено'));
    await first.close();
    const second = SqliteStore.open(dir);
    expect((await second.stats()).documents).toBe(1);
    await second.close();
  });
});
