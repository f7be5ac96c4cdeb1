import { once } from 'node:events';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli, startCli, statsOf, tempDir } from './helpers/cli.js';

const LINES = 30_000;

function writeCorpus(path: string): void {
  const lines: string[] = [];
  for (let i = 0; i < LINES; i++) {
    const phone = `+7 70${i % 10} ${String(100 + (i % 900)).padStart(3, '0')} ${String(i % 100).padStart(2, '0')} 4${i % 10}`;
    const text =
      i % 7 === 0
        ? `Меф, шишки в наличии, закладки по городу ${i}. Оператор @shop_${i % 50}_kz, звони ${phone}`
        : `Продам диван ${i}, почти новый, самовывоз. Тел ${phone}`;
    lines.push(
      JSON.stringify({
        id: `ad-${i}`,
        text,
        author: `seller_${i % 300}`,
        platform: 'olx',
        published_at: 1_700_000_000 + i,
      }),
    );
    if (i === LINES - 10) lines.push('{"id": "broken", "text": ');
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

function rowsOf(db: string): { documents: number; checkpointsOpen: number } {
  const file = join(db, 'qyran.sqlite');
  if (!existsSync(file)) return { documents: 0, checkpointsOpen: 0 };
  const sqlite = new Database(file, { readonly: true });
  try {
    const documents = sqlite.prepare<[], { n: number }>('SELECT count(*) AS n FROM documents').get()?.n ?? 0;
    const open =
      sqlite.prepare<[], { n: number }>('SELECT count(*) AS n FROM checkpoints WHERE done = 0').get()?.n ?? 0;
    return { documents, checkpointsOpen: open };
  } catch {
    return { documents: 0, checkpointsOpen: 0 };
  } finally {
    sqlite.close();
  }
}

function documentIds(db: string): string[] {
  const sqlite = new Database(join(db, 'qyran.sqlite'), { readonly: true });
  try {
    return sqlite
      .prepare<[], { id: string }>('SELECT id FROM documents ORDER BY id')
      .all()
      .map((r) => r.id);
  } finally {
    sqlite.close();
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the ingest to commit');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('an ingest killed with SIGKILL midway', () => {
  it('resumes to exactly the result of one clean run, reporting the bad line', async () => {
    const dir = tempDir('resume');
    const input = join(dir, 'ads.jsonl');
    writeCorpus(input);
    const flags = ['--commit-size', '1000', '--batch-size', '500', '--threads', '1'];

    const clean = join(dir, 'clean');
    const cleanRun = runCli(['--db', clean, 'ingest', input, ...flags]);
    expect(cleanRun.status).toBe(1);
    expect(cleanRun.stderr).toContain(`${input}:${LINES - 8}`);

    const killed = join(dir, 'killed');
    const child = startCli(['--db', killed, 'ingest', input, ...flags]);
    await waitUntil(() => {
      const rows = rowsOf(killed);
      return rows.documents > 0 && rows.checkpointsOpen > 0;
    }, 60_000);
    child.kill('SIGKILL');
    await once(child, 'exit');
    const partial = rowsOf(killed).documents;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(LINES);

    const resumed = runCli(['--db', killed, 'ingest', input, ...flags, '--json']);
    expect(resumed.status).toBe(1);
    const summary = JSON.parse(resumed.stdout);
    expect(summary.sourcesResumed).toBe(1);
    expect(summary.records).toBeLessThan(LINES);

    expect(statsOf(killed)).toEqual(statsOf(clean));
    expect(documentIds(killed)).toEqual(documentIds(clean));
    expect(statsOf(clean)).toMatchObject({ documents: LINES, captures: LINES, badRecords: 1 });
  });
});
