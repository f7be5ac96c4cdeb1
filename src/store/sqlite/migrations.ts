import type BetterSqlite3 from 'better-sqlite3';

interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

/** Append-only: a released migration is never edited, a change is a new version. */
/**
 * Every per-document table is keyed by the document's integer `seq`, so its index grows at the end: a random
 * 128-bit id in a per-row index costs a page write per row at commit (measured 86 us/row vs 4 us unindexed).
 * Captures have no index on their id for the same reason: they are written with their document, once.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'captures, documents with full-text index, accounts, identifiers, mentions, detections, runs',
    sql: `
      CREATE TABLE captures (
        seq INTEGER PRIMARY KEY, id TEXT NOT NULL, document_seq INTEGER NOT NULL, sha256 TEXT NOT NULL,
        byte_length INTEGER NOT NULL, media_type TEXT NOT NULL, origin TEXT NOT NULL, captured_at TEXT NOT NULL,
        collector TEXT NOT NULL, collector_version TEXT NOT NULL, blob_sha256 TEXT NOT NULL, blob_offset INTEGER NOT NULL
      );
      CREATE INDEX captures_document ON captures (document_seq);
      CREATE TABLE accounts (
        id TEXT PRIMARY KEY, platform TEXT NOT NULL, platform_id TEXT, handle TEXT, display_name TEXT
      ) WITHOUT ROWID;
      CREATE TABLE documents (
        seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, capture_seq INTEGER NOT NULL, external_id TEXT,
        platform TEXT NOT NULL, url TEXT, author_account_id TEXT, published_at TEXT,
        published_at_is_local INTEGER NOT NULL, language TEXT, title TEXT, body TEXT NOT NULL, thread_key TEXT,
        parent_external_id TEXT, extra TEXT NOT NULL
      );
      CREATE INDEX documents_external_id ON documents (external_id);
      CREATE INDEX documents_author ON documents (author_account_id);
      CREATE VIRTUAL TABLE documents_fts USING fts5 (
        text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
      );
      CREATE TABLE identifiers (id TEXT PRIMARY KEY, type TEXT NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE mentions (
        doc_seq INTEGER NOT NULL, identifier_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        raw TEXT NOT NULL, extractor TEXT NOT NULL, UNIQUE (doc_seq, identifier_id, start, extractor)
      );
      CREATE INDEX mentions_identifier ON mentions (identifier_id);
      CREATE TABLE detections (
        doc_seq INTEGER NOT NULL, label TEXT NOT NULL, score REAL NOT NULL, evidence TEXT NOT NULL,
        detector TEXT NOT NULL, detector_version TEXT NOT NULL, UNIQUE (doc_seq, detector, detector_version)
      );
      CREATE TABLE checkpoints (
        source_key TEXT PRIMARY KEY, connector TEXT NOT NULL, fingerprint TEXT NOT NULL, cursor TEXT,
        done INTEGER NOT NULL, blob_sha256 TEXT, updated_at TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE runs (
        id TEXT PRIMARY KEY, command TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT, summary TEXT
      ) WITHOUT ROWID;
      CREATE TABLE bad_records (
        seq INTEGER PRIMARY KEY, run_id TEXT NOT NULL, source TEXT NOT NULL, line INTEGER, reason TEXT NOT NULL,
        UNIQUE (source, line, reason)
      );
    `,
  },
  {
    version: 2,
    description: 'documents: the account a post forwards, and the perceptual hashes of its images',
    sql: `
      ALTER TABLE documents ADD COLUMN forwarded_from TEXT;
      ALTER TABLE documents ADD COLUMN image_hashes TEXT NOT NULL DEFAULT '';
    `,
  },
  {
    version: 3,
    description: 'mentions: what the text around a mention says of its value (e.g. the token and chain of a wallet)',
    sql: `ALTER TABLE mentions ADD COLUMN attributes TEXT NOT NULL DEFAULT '';`,
  },
  {
    version: 4,
    description: 'linking: per-document features, judgements (history), and derived objects, links and matches',
    sql: `
      CREATE TABLE link_documents (
        doc_seq INTEGER PRIMARY KEY, id TEXT NOT NULL, external_id TEXT, author_account_id TEXT, time REAL,
        thread_key TEXT, parent_external_id TEXT, forwarded_from TEXT, image_hashes TEXT NOT NULL,
        trade_kind INTEGER NOT NULL, identifier_ids TEXT NOT NULL, bands TEXT NOT NULL
      );
      CREATE TABLE link_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE judgements (
        seq INTEGER PRIMARY KEY, account_a TEXT NOT NULL, account_b TEXT NOT NULL, verdict TEXT NOT NULL,
        note TEXT, decided_at TEXT NOT NULL
      );
      CREATE TABLE match_records (
        account_a TEXT NOT NULL, account_b TEXT NOT NULL, score REAL NOT NULL, method TEXT NOT NULL,
        features TEXT NOT NULL, merged INTEGER NOT NULL, PRIMARY KEY (account_a, account_b, method)
      ) WITHOUT ROWID;
      CREATE TABLE links (
        id TEXT PRIMARY KEY, type TEXT NOT NULL, source_kind TEXT NOT NULL, source_id TEXT NOT NULL,
        target_kind TEXT NOT NULL, target_id TEXT NOT NULL, method TEXT NOT NULL, strength REAL NOT NULL,
        evidence TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE objects (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, network TEXT NOT NULL, identifier_ids TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE object_accounts (
        account_id TEXT PRIMARY KEY, object_id TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX object_accounts_object ON object_accounts (object_id);
    `,
  },
  {
    version: 5,
    description: 'documents: the one decision (label and score) made at analysis, so reads never re-decide',
    sql: `
      ALTER TABLE documents ADD COLUMN label TEXT NOT NULL DEFAULT 'none';
      ALTER TABLE documents ADD COLUMN score REAL NOT NULL DEFAULT 0;
      -- Documents analysed before: their flagged detections, the classifier's first, stand for the decision.
      UPDATE documents SET (label, score) = (
        SELECT label, score FROM detections WHERE doc_seq = documents.seq
        ORDER BY detector = 'classifier' DESC, score DESC LIMIT 1
      ) WHERE seq IN (SELECT doc_seq FROM detections);
      CREATE INDEX documents_label ON documents (label) WHERE label <> 'none';
    `,
  },
  {
    version: 6,
    description: 'links by either end, so a path between two objects is found hop by hop without loading the graph',
    sql: `
      CREATE INDEX links_source ON links (source_id);
      CREATE INDEX links_target ON links (target_id);
    `,
  },
  {
    version: 7,
    description: 'links by either end, covering: a path search and the store graph read the indexes alone',
    // The links table holds each link's evidence list: with the other end and the strength in the indexes, a path
    // search never reads it, and the object graph of 85,000 objects and 716,000 links loads in 6.5 s, not 10.8.
    sql: `
      DROP INDEX links_source;
      DROP INDEX links_target;
      CREATE INDEX links_source ON links (source_id, source_kind, target_kind, target_id, strength);
      CREATE INDEX links_target ON links (target_id, target_kind, source_kind, source_id, strength);
    `,
  },
  // Version 8 named the link-index rebuild now folded into 7 in a build that was committed (b3b5bae) and so may
  // have written stores: this one is 9, so that those stores still run it.
  {
    version: 9,
    description: 'captures keep what is their own; what a source shares is one capture_sources row',
    // A capture row repeated its source's path, blob hash, collector and capture time: 349 bytes a row, 4.7 us to
    // write; without them 2.0 us (400,000 rows, CPU time, same process). A capture whose origin makes no source
    // row finds none through the LEFT JOIN, and its NULL source_seq aborts the migration rather than drop it.
    sql: `
      CREATE TABLE capture_sources (
        seq INTEGER PRIMARY KEY, blob_sha256 TEXT NOT NULL, origin_kind TEXT NOT NULL, origin_path TEXT NOT NULL,
        media_type TEXT NOT NULL, captured_at TEXT NOT NULL, collector TEXT NOT NULL, collector_version TEXT NOT NULL,
        UNIQUE (blob_sha256, origin_kind, origin_path, media_type, captured_at, collector, collector_version)
      );
      INSERT OR IGNORE INTO capture_sources (blob_sha256, origin_kind, origin_path, media_type, captured_at,
          collector, collector_version)
        SELECT blob_sha256, origin ->> 'kind', coalesce(origin ->> 'path', ''), media_type, captured_at, collector,
          collector_version
        FROM captures ORDER BY seq;
      CREATE TABLE captures_compact (
        seq INTEGER PRIMARY KEY, id TEXT NOT NULL, document_seq INTEGER NOT NULL, sha256 TEXT NOT NULL,
        byte_length INTEGER NOT NULL, source_seq INTEGER NOT NULL, origin_line INTEGER, origin_offset INTEGER,
        origin_item TEXT, blob_offset INTEGER NOT NULL
      );
      INSERT INTO captures_compact
        SELECT c.seq, c.id, c.document_seq, c.sha256, c.byte_length, s.seq, c.origin ->> 'line',
          c.origin ->> 'byteOffset',
          CASE c.origin ->> 'kind'
            WHEN 'export' THEN json_array(c.origin ->> 'exportId', c.origin ->> 'itemId')
            WHEN 'url' THEN c.origin ->> 'url'
          END,
          c.blob_offset
        FROM captures c LEFT JOIN capture_sources s
          ON s.blob_sha256 = c.blob_sha256 AND s.origin_kind = c.origin ->> 'kind'
          AND s.origin_path = coalesce(c.origin ->> 'path', '') AND s.media_type = c.media_type
          AND s.captured_at = c.captured_at AND s.collector = c.collector AND s.collector_version = c.collector_version;
      DROP TABLE captures;
      ALTER TABLE captures_compact RENAME TO captures;
      CREATE INDEX captures_document ON captures (document_seq);
    `,
  },
  {
    version: 10,
    description: 'full-text index: a 32 MB pending-terms hash, so a bulk ingest flushes and merges fewer segments',
    // FTS5 writes its pending terms out as a new segment whenever they pass `hashsize` (1 MB by default), and merges
    // those segments as it goes. 400,000 normalised generated documents, CPU time, alternating in one process:
    // insert + commit 6.62 -> 6.05 us per document (8.55 -> 8.05 in a second run).
    sql: `INSERT INTO documents_fts (documents_fts, rank) VALUES ('hashsize', 33554432);`,
  },
];

export function migrate(db: BetterSqlite3.Database, migrations: readonly Migration[] = MIGRATIONS): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set(
    db
      .prepare<[], { version: number }>('SELECT version FROM schema_migrations')
      .all()
      .map((r) => r.version),
  );
  const record = db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)');
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, new Date().toISOString());
    })();
  }
}
