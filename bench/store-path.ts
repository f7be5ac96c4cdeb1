import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SQLITE_FILE_NAME, SqliteStore } from '../src/store/sqlite/sqlite-store.js';

/**
 * Shortest paths between objects of a linked store (`npm run eval:links -- --keep` leaves one): pairs of shops,
 * operators and couriers taken in id order, so the same store gives the same pairs. Prints the median, the
 * slowest, and how many finished under the 100 ms.
 */
export async function benchStorePath(dir: string, pairs: number): Promise<void> {
  const db = new Database(join(dir, SQLITE_FILE_NAME), { readonly: true });
  const ids = db
    .prepare<[number], { id: string }>(
      "SELECT id FROM objects WHERE kind IN ('shop', 'operator', 'courier') ORDER BY substr(id, 9) LIMIT ?",
    )
    .all(pairs * 2)
    .map((r) => r.id);
  db.close();
  const store = SqliteStore.open(dir, { writerThread: false });
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i + 1 < ids.length; i += 2) {
    const started = performance.now();
    const path = await store.objectPath(ids[i] ?? '', ids[i + 1] ?? '', 8);
    times.push(performance.now() - started);
    if (path !== null) found++;
  }
  await store.close();
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const under = times.filter((t) => t < 100).length;
  console.log(
    `\nstore paths, ${times.length} pairs of objects in ${dir} (${found} joined): median ${median.toFixed(1)} ms, ` +
      `slowest ${(times.at(-1) ?? 0).toFixed(1)} ms, ${under}/${times.length} under 100 ms`,
  );
}
