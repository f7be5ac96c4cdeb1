import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CaptureOrigin } from '../../model/capture.js';
import { MIGRATIONS, migrate } from './migrations.js';
import { SQLITE_FILE_NAME, SqliteStore } from './sqlite-store.js';

const BLOB = 'b'.repeat(64);

/**
 * A store as the build that recorded version 8 for its link indexes (b3b5bae) wrote it: each capture with its
 * whole origin and its source's constants.
 */
function version8Store(origins: readonly CaptureOrigin[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'qyran-migrate-'));
  const db = new Database(join(dir, SQLITE_FILE_NAME));
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= 7),
  );
  db.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (8, '2026-11-29T14:43:27.575Z')").run();
  const capture = db.prepare(
    `INSERT INTO captures (seq, id, document_seq, sha256, byte_length, media_type, origin, captured_at, collector,
       collector_version, blob_sha256, blob_offset) VALUES (?, ?, ?, ?, 10, 'application/json', ?, ?, 'jsonl', '1.0.0', ?, ?)`,
  );
  const document = db.prepare(
    `INSERT INTO documents (seq, id, capture_seq, platform, published_at_is_local, body, extra)
     VALUES (?, ?, ?, 'telegram', 0, 'текст', '{}')`,
  );
  origins.forEach((origin, k) => {
    capture.run(
      k + 1,
      `cap_${k}`,
      k + 1,
      'a'.repeat(64),
      JSON.stringify(origin),
      '2026-11-29T07:00:00.000Z',
      BLOB,
      k * 10,
    );
    document.run(k + 1, `doc_${k}`, k + 1);
  });
  db.close();
  return dir;
}

describe('migration 9: captures keep what is their own', () => {
  it('moves what a source shares into capture_sources and reads every origin back as it was', async () => {
    const origins: readonly CaptureOrigin[] = [
      { kind: 'file', path: '/data/ads.jsonl', line: 1, byteOffset: 0 },
      { kind: 'file', path: '/data/ads.jsonl', line: 2, byteOffset: 481 },
      { kind: 'export', path: '/data/result.json', exportId: '1001', itemId: '77' },
      { kind: 'url', url: 'https://olx.example/d/item-1.html' },
    ];
    const dir = version8Store(origins);
    const store = SqliteStore.open(dir);
    for (const [k, origin] of origins.entries()) {
      const view = await store.getDocument(`doc_${k}`);
      expect(view?.capture).toEqual({
        id: `cap_${k}`,
        sha256: 'a'.repeat(64),
        byteLength: 10,
        mediaType: 'application/json',
        origin,
        capturedAt: '2026-11-29T07:00:00.000Z',
        collector: { name: 'jsonl', version: '1.0.0' },
        stored: { blobSha256: BLOB, offset: k * 10 },
      });
    }
    expect((await store.stats()).captures).toBe(4);
    await store.close();
    const db = new Database(join(dir, SQLITE_FILE_NAME), { readonly: true });
    expect(db.prepare('SELECT origin_kind, origin_path FROM capture_sources ORDER BY seq').all()).toEqual([
      { origin_kind: 'file', origin_path: '/data/ads.jsonl' },
      { origin_kind: 'export', origin_path: '/data/result.json' },
      { origin_kind: 'url', origin_path: '' },
    ]);
    db.close();
  });

  it('stops, and keeps the old captures, when a stored origin makes no source', () => {
    const dir = version8Store([{ kind: 'file', path: '/data/ads.jsonl', line: 1, byteOffset: 0 }]);
    const db = new Database(join(dir, SQLITE_FILE_NAME));
    db.prepare(`UPDATE captures SET origin = '{"path":"/data/ads.jsonl"}'`).run();
    expect(() => migrate(db)).toThrow(/NOT NULL constraint failed: captures_compact.source_seq/);
    expect(db.prepare('SELECT count(*) AS n FROM captures').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT max(version) AS v FROM schema_migrations').get()).toEqual({ v: 8 });
    db.close();
  });
});

describe('migration 10: the full-text index keeps more pending terms before it writes a segment', () => {
  it('sets the hash size on a store written before it, whose indexed rows are still found', () => {
    const db = new Database(':memory:');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 9),
    );
    const index = db.prepare('INSERT INTO documents_fts (rowid, text) VALUES (?, ?)');
    const found = db.prepare<[string], { rowid: number }>(
      'SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid',
    );
    index.run(1, 'продам меф закладки');
    migrate(db);
    index.run(2, 'меф в наличии');
    expect(db.prepare("SELECT v FROM documents_fts_config WHERE k = 'hashsize'").get()).toEqual({ v: 33554432 });
    expect(found.all('меф').map((r) => r.rowid)).toEqual([1, 2]);
    expect(found.all('закладки').map((r) => r.rowid)).toEqual([1]);
    db.close();
  });
});
