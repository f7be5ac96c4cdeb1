import type BetterSqlite3 from 'better-sqlite3';
import type { Capture } from '../../model/capture.js';
import { encodeOrigin } from '../row-codecs.js';
import type { IngestBatch, WriteResult } from '../store.js';

interface ExistingDocument {
  readonly seq: number;
}

export interface BatchWriter {
  /** Writes a batch inside the open transaction, committing when it has grown past the threshold. */
  write(batch: IngestBatch): WriteResult;
  /** Commits the open transaction, if any. */
  flush(): void;
}

/**
 * A transaction's cost is mostly its commit, which writes every index page the transaction touched; with random
 * ids that is nearly every page of the id indexes, whatever the number of rows. So the writer keeps one transaction
 * open across batches and commits every `transactionDocuments` documents or `maxSeconds`: measured, a 20,000-document
 * commit spent 23% of the write time in COMMIT at 200,000 documents, growing with the store.
 */
export function createBatchWriter(
  db: BetterSqlite3.Database,
  options: { readonly transactionDocuments: number; readonly maxSeconds: number },
): BatchWriter {
  const writeRows = createRowWriter(db);
  const begin = db.prepare('BEGIN');
  const commit = db.prepare('COMMIT');
  const rollback = db.prepare('ROLLBACK');
  let pendingDocuments = 0;
  let openedAt = 0;
  const flush = (): void => {
    if (!db.inTransaction) return;
    commit.run();
    pendingDocuments = 0;
  };
  return {
    write: (batch) => {
      if (!db.inTransaction) {
        begin.run();
        openedAt = performance.now();
      }
      try {
        const result = writeRows(batch);
        pendingDocuments += batch.documents.length;
        if (
          pendingDocuments >= options.transactionDocuments ||
          performance.now() - openedAt > options.maxSeconds * 1000
        ) {
          flush();
        }
        return result;
      } catch (error) {
        // A failed batch takes the uncommitted ones with it; their checkpoints go too, so a rerun redoes them.
        if (db.inTransaction) rollback.run();
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
function createRowWriter(db: BetterSqlite3.Database): (batch: IngestBatch) => WriteResult {
  const nextCaptureSeq = db.prepare<[], { next: number }>('SELECT coalesce(max(seq), 0) + 1 AS next FROM captures');
  const insertCapture = db.prepare(
    `INSERT INTO captures (seq, id, document_seq, sha256, byte_length, media_type, origin, captured_at, collector,
       collector_version, blob_sha256, blob_offset)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
       published_at_is_local, language, title, body, thread_key, parent_external_id, extra)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertFts = db.prepare('INSERT INTO documents_fts (rowid, text) VALUES (?, ?)');
  const insertIdentifier = db.prepare('INSERT OR IGNORE INTO identifiers (id, type, value) VALUES (?, ?, ?)');
  const insertMention = db.prepare(
    `INSERT OR IGNORE INTO mentions (doc_seq, identifier_id, start, "end", raw, extractor) VALUES (?, ?, ?, ?, ?, ?)`,
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

  const writeCapture = (seq: number, capture: Capture, documentSeq: number | bigint): void => {
    insertCapture.run(
      seq,
      capture.id,
      documentSeq,
      capture.sha256,
      capture.byteLength,
      capture.mediaType,
      encodeOrigin(capture.origin),
      capture.capturedAt,
      capture.collector.name,
      capture.collector.version,
      capture.stored.blobSha256,
      capture.stored.offset,
    );
  };

  return (batch: IngestBatch): WriteResult => {
    let newCaptures = 0;
    let newDocuments = 0;
    // Single writer per transaction: capture seqs are handed out here so a document row can name its capture.
    let captureSeq = nextCaptureSeq.get()?.next ?? 1;
    const captureById = new Map(batch.captures.map((c) => [c.id, c]));
    for (const a of batch.accounts) upsertAccount.run(a.id, a.platform, a.platformId, a.handle, a.displayName);
    const newDocumentSeq = new Map<string, number | bigint>();
    for (const d of batch.documents) {
      const capture = captureById.get(d.captureId);
      if (capture === undefined) throw new Error(`document ${d.id} names capture ${d.captureId}, not in its batch`);
      const result = insertDocument.run(
        d.id,
        captureSeq,
        d.externalId,
        d.platform,
        d.url,
        d.authorAccountId,
        d.publishedAt,
        d.publishedAtIsLocal ? 1 : 0,
        d.language,
        d.title,
        d.body,
        d.threadKey,
        d.parentExternalId,
        JSON.stringify(d.extra),
      );
      if (result.changes === 1) {
        newDocuments++;
        newDocumentSeq.set(d.id, result.lastInsertRowid);
        insertFts.run(result.lastInsertRowid, d.normalizedText);
        writeCapture(captureSeq++, capture, result.lastInsertRowid);
        newCaptures++;
        continue;
      }
      const existing = findDocument.get(d.id);
      if (existing !== undefined && hasCapture.get(existing.seq, capture.id) === undefined) {
        writeCapture(captureSeq++, capture, existing.seq);
        newCaptures++;
      }
    }
    for (const i of batch.identifiers) insertIdentifier.run(i.id, i.type, i.value);
    // What was found in a document is written with the document, once: a document already stored keeps its rows.
    for (const m of batch.mentions) {
      const seq = newDocumentSeq.get(m.documentId);
      if (seq !== undefined) insertMention.run(seq, m.identifierId, m.start, m.end, m.raw, m.extractor);
    }
    for (const d of batch.detections) {
      const seq = newDocumentSeq.get(d.documentId);
      if (seq === undefined) continue;
      insertDetection.run(seq, d.label, d.score, JSON.stringify(d.evidence), d.detector, d.detectorVersion);
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
}
