import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { sampleBatch } from '../../store/store.contract.js';
import type { Store } from '../../store/store.js';
import { linkStore } from './link-store.js';

async function objectsOf(store: Store): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const o of store.exportObjects()) out.push(o);
  return out;
}

describe('linkStore', () => {
  it('refreshes incrementally to the same objects as a full run', async () => {
    const incremental = SqliteStore.open(':memory:');
    const full = SqliteStore.open(':memory:');
    try {
      await incremental.writeBatch(sampleBatch(1, 'первый'));
      const first = await linkStore(incremental);
      expect(first.newDocuments).toBe(1);
      await incremental.writeBatch(sampleBatch(2, 'второй'));
      await incremental.writeBatch(sampleBatch(3, 'третий'));
      const second = await linkStore(incremental);
      expect(second.newDocuments).toBe(2);
      expect(second.documents).toBe(3);

      for (const n of [1, 2, 3]) await full.writeBatch(sampleBatch(n, ['первый', 'второй', 'третий'][n - 1] ?? ''));
      await linkStore(full);
      const objects = await objectsOf(incremental);
      expect(objects).toEqual(await objectsOf(full));
      // Three accounts wrote one unshared phone within days: one object, with every document.
      expect(objects).toHaveLength(1);
      expect((await linkStore(incremental)).newDocuments).toBe(0);
    } finally {
      await incremental.close();
      await full.close();
    }
  });

  it('applies a recorded judgement on the next run and keeps it', async () => {
    const store = SqliteStore.open(':memory:');
    try {
      for (const n of [1, 2]) await store.writeBatch(sampleBatch(n, `документ ${n}`));
      await linkStore(store);
      expect(await objectsOf(store)).toHaveLength(1);
      const accounts = (await store.linkAccounts()).map((a) => a.id);
      await store.recordJudgement({
        accountA: accounts[0] ?? '',
        accountB: accounts[1] ?? '',
        verdict: 'different',
        note: 'two people share a family phone',
        decidedAt: '2026-01-01T00:00:00.000Z',
      });
      await linkStore(store);
      expect(await objectsOf(store)).toHaveLength(2);
      expect(await store.judgements()).toHaveLength(1);
    } finally {
      await store.close();
    }
  });
});
