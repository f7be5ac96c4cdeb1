import type BetterSqlite3 from 'better-sqlite3';
import { type CaptureSource, captureSourceKey, captureSourceValues, type PackedBatch } from '../packed-batch.js';
import type { WriteResult } from '../store.js';
import { KnownIds } from './known-ids.js';

const MAX_KNOWN_IDS = 1_000_000;

interface ExistingDocument {
  readonly seq: number;
}

export interface BatchWriter {
  /** Writes a batch's parts, in order, inside the open transaction, committing when it has grown past the threshold. */
  write(parts: readonly PackedBatch[]): WriteResult;
  /** Commits the open transaction, if any. */
  flush(): void;
}

/**
 * A transaction's cost is mostly its commit, which writes every index page the transaction touched; with random
 * ids that is nearly every page of the id indexes, whatever the number of rows. So the writer keeps one transaction
 * open across batches and commits every `transactionDocuments` documents or `maxSeconds`. Ingesting 1,000,000
 * generated documents (bench, 16 KB pages): 20,000 per commit ran at 10,165 docs/s, 60,000 at 11,698, 200,000 (the
 * 10 s bound commits first) at 15,563, all at ~1 GB peak RSS; a 30 s bound was slower again (12,384), its dirty
 * pages spilling out of the cache before the commit.
 */
export function createBatchWriter(
  db: BetterSqlite3.Database,
  options: { readonly transactionDocuments: number; readonly maxSeconds: number },
): BatchWriter {
  const rows = createRowWriter(db);
  const begin = db.prepare('BEGIN');
  const commit = db.prepare('COMMIT');
  const rollback = db.prepare('ROLLBACK');
  let pendingDocuments = 0;
  let openedAt = 0;
  const flush = (): void => {
    if (!db.inTransaction) return;
    try {
      commit.run();
    } catch (error) {
      rows.forget();
      throw error;
    } finally {
      pendingDocuments = 0;
    }
  };
  return {
    write: (parts) => {
      if (!db.inTransaction) {
        begin.run();
        openedAt = performance.now();
      }
      try {
        let newDocuments = 0;
        let newCaptures = 0;
        for (const part of parts) {
          const written = rows.write(part);
          newDocuments += written.newDocuments;
          newCaptures += written.newCaptures;
          pendingDocuments += part.documents.id.length;
        }
        if (
          pendingDocuments >= options.transactionDocuments ||
          performance.now() - openedAt > options.maxSeconds * 1000
        ) {
          flush();
        }
        return { newDocuments, newCaptures };
      } catch (error) {
        // A failed batch takes the uncommitted ones with it; their checkpoints go too, so a rerun redoes them.
        if (db.inTransaction) rollback.run();
        rows.forget();
        pendingDocuments = 0;
        throw error;
      }
    },
    flush,
  };
}

/**
 * The ingest hot path: prepared statements, one batch at a time (Kysely's builder costs more per row
 * than the insert itself at 20k docs/s). Idempotent on deterministic ids: a document already stored keeps its
 * rows, and its capture is added only when it is a new sighting (the same document from another origin), so a
 * replayed batch after a crash changes nothing. The checkpoint is written with the rows it covers, so it commits
 * (or is lost) with them.
 */
function createRowWriter(db: BetterSqlite3.Database): {
  write: (batch: PackedBatch) => WriteResult;
  forget: () => void;
} {
  const nextCaptureSeq = db.prepare<[], { next: number }>('SELECT coalesce(max(seq), 0) + 1 AS next FROM captures');
  const insertCapture = db.prepare(
    `INSERT INTO captures (seq, id, document_seq, sha256, byte_length, source_seq, origin_line, origin_offset,
       origin_item, blob_offset)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // The no-op update makes RETURNING give the seq of a source already stored, too.
  const upsertSource = db.prepare<unknown[], { seq: number }>(
    `INSERT INTO capture_sources (blob_sha256, origin_kind, origin_path, media_type, captured_at, collector,
       collector_version)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (blob_sha256, origin_kind, origin_path, media_type, captured_at, collector, collector_version)
       DO UPDATE SET seq = seq
     RETURNING seq`,
  );
  const findDocument = db.prepare<[string], ExistingDocument>('SELECT seq FROM documents WHERE id = ?');
  const hasCapture = db.prepare<[number, string], { found: number }>(
    'SELECT 1 AS found FROM captures WHERE document_seq = ? AND id = ?',
  );
  const upsertAccount = db.prepare(
    `INSERT INTO accounts (id, platform, platform_id, handle, display_name) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET handle = coalesce(accounts.handle, excluded.handle),
       display_name = coalesce(accounts.display_name, excluded.display_name)
     WHERE (accounts.handle IS NULL AND excluded.handle IS NOT NULL)
        OR (accounts.display_name IS NULL AND excluded.display_name IS NOT NULL)`,
  );
  const insertDocument = db.prepare(
    `INSERT OR IGNORE INTO documents (id, capture_seq, external_id, platform, url, author_account_id, published_at,
       published_at_is_local, language, title, body, thread_key, parent_external_id, forwarded_from, image_hashes,
       extra, label, score)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertFts = db.prepare('INSERT INTO documents_fts (rowid, text) VALUES (?, ?)');
  const insertIdentifier = db.prepare('INSERT OR IGNORE INTO identifiers (id, type, value) VALUES (?, ?, ?)');
  const insertMention = db.prepare(
    `INSERT OR IGNORE INTO mentions (doc_seq, identifier_id, start, "end", raw, extractor, attributes)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertDetection = db.prepare(
    `INSERT OR IGNORE INTO detections (doc_seq, label, score, evidence, detector, detector_version)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertBadRecord = db.prepare(
    'INSERT OR IGNORE INTO bad_records (run_id, source, line, reason) VALUES (?, ?, ?, ?)',
  );
  const upsertCheckpoint = db.prepare(
    `INSERT INTO checkpoints (source_key, connector, fingerprint, cursor, done, blob_sha256, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (source_key) DO UPDATE SET connector = excluded.connector, fingerprint = excluded.fingerprint,
       cursor = excluded.cursor, done = excluded.done, blob_sha256 = excluded.blob_sha256,
       updated_at = excluded.updated_at`,
  );

  // Accounts and identifiers recur across batches (a shop posts daily; a hub phone is in thousands of ads): ids
  // already written need no statement. An account is known with what it was written with (1: a handle, 2: a
  // name), because an upsert only fills what is missing. Forgotten on rollback, and bounded.
  const knownIdentifiers = new KnownIds('idf');
  const knownAccounts = new KnownIds('acc');
  const knownSources = new Map<string, number>();
  const forget = (): void => {
    knownIdentifiers.clear();
    knownAccounts.clear();
    knownSources.clear();
  };
  const sourceSeq = (source: CaptureSource): number => {
    const key = captureSourceKey(source);
    const known = knownSources.get(key);
    if (known !== undefined) return known;
    const row = upsertSource.get(captureSourceValues(source));
    if (row === undefined) throw new Error('capture_sources returned no row for an upsert');
    knownSources.set(key, row.seq);
    return row.seq;
  };
  const write = (batch: PackedBatch): WriteResult => {
    const { captures: c, accounts: a, documents: d, identifiers: i, mentions: m, detections: t } = batch;
    let newCaptures = 0;
    let newDocuments = 0;
    // Single writer per transaction: capture seqs are handed out here so a document row can name its capture.
    let captureSeq = nextCaptureSeq.get()?.next ?? 1;
    const sourceSeqs = batch.captureSources.map(sourceSeq);
    const writeCapture = (k: number, documentSeq: number | bigint): void => {
      insertCapture.run(
        captureSeq++,
        c.id[k],
        documentSeq,
        c.sha256[k],
        c.byteLength[k],
        sourceSeqs[c.source[k] ?? -1],
        c.originLine[k],
        c.originOffset[k],
        c.originItem[k],
        c.blobOffset[k],
      );
      newCaptures++;
    };
    for (let k = 0; k < a.id.length; k++) {
      const id = a.id[k] ?? '';
      const handle = a.handle[k] ?? null;
      const displayName = a.displayName[k] ?? null;
      const has = (handle === null ? 0 : 1) | (displayName === null ? 0 : 2);
      const known = knownAccounts.get(id);
      if (known !== undefined && (has & ~known) === 0) continue;
      upsertAccount.run(id, a.platform[k], a.platformId[k], handle, displayName);
      if (knownAccounts.size >= MAX_KNOWN_IDS) knownAccounts.clear();
      knownAccounts.set(id, (known ?? 0) | has);
    }
    // Seq of each document of the batch that is new to the store; 0 for one already stored.
    const newSeq: (number | bigint)[] = new Array(d.id.length).fill(0);
    for (let k = 0; k < d.id.length; k++) {
      const capture = d.capture[k] ?? -1;
      const result = insertDocument.run(
        d.id[k],
        captureSeq,
        d.externalId[k],
        d.platform[k],
        d.url[k],
        d.authorAccountId[k],
        d.publishedAt[k],
        d.publishedAtIsLocal[k] === true ? 1 : 0,
        d.language[k],
        d.title[k],
        d.body[k],
        d.threadKey[k],
        d.parentExternalId[k],
        d.forwardedFrom[k],
        d.imageHashes[k],
        d.extra[k],
        d.label[k],
        d.score[k],
      );
      if (result.changes === 1) {
        newDocuments++;
        newSeq[k] = result.lastInsertRowid;
        insertFts.run(result.lastInsertRowid, d.normalizedText[k]);
        writeCapture(capture, result.lastInsertRowid);
        continue;
      }
      const existing = findDocument.get(d.id[k] ?? '');
      if (existing !== undefined && hasCapture.get(existing.seq, c.id[capture] ?? '') === undefined) {
        writeCapture(capture, existing.seq);
      }
    }
    for (let k = 0; k < i.id.length; k++) {
      const id = i.id[k] ?? '';
      if (knownIdentifiers.get(id) !== undefined) continue;
      insertIdentifier.run(id, i.type[k], i.value[k]);
      if (knownIdentifiers.size >= MAX_KNOWN_IDS) knownIdentifiers.clear();
      knownIdentifiers.set(id, 0);
    }
    // What was found in a document is written with the document, once: a document already stored keeps its rows.
    for (let k = 0; k < m.document.length; k++) {
      const seq = newSeq[m.document[k] ?? -1] ?? 0;
      if (seq !== 0) {
        insertMention.run(seq, m.identifierId[k], m.start[k], m.end[k], m.raw[k], m.extractor[k], m.attributes[k]);
      }
    }
    for (let k = 0; k < t.document.length; k++) {
      const seq = newSeq[t.document[k] ?? -1] ?? 0;
      if (seq !== 0)
        insertDetection.run(seq, t.label[k], t.score[k], t.evidence[k], t.detector[k], t.detectorVersion[k]);
    }
    for (const b of batch.badRecords) insertBadRecord.run(b.runId, b.source, b.line, b.reason);
    const cp = batch.checkpoint;
    if (cp !== null) {
      upsertCheckpoint.run(
        cp.sourceKey,
        cp.connector,
        cp.fingerprint,
        cp.cursor,
        cp.done ? 1 : 0,
        cp.blobSha256,
        new Date().toISOString(),
      );
    }
    return { newDocuments, newCaptures };
  };
  return { write, forget };
}
