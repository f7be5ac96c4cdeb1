import { mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { QyranError } from '../../core/errors.js';
import type { Judgement, LinkDocument } from '../../core/linking/link-input.js';
import type { LinkResult } from '../../core/linking/link-result.js';
import type { ExportRecord } from '../../core/plugin.js';
import type { Capture } from '../../model/capture.js';
import type { DetectionLabel } from '../../model/detection.js';
import type { Account } from '../../model/document.js';
import { makeId } from '../../model/ids.js';
import {
  insertJudgement,
  readJudgements,
  readLinkAccounts,
  readLinkFeatures,
  readLinkSourceDocuments,
  readLinkWatermark,
  readObjectExport,
  readObjectGraph,
  writeLinkFeatures,
} from '../link-queries.js';
import { findObjectPath, type ObjectLinkReader } from '../object-path.js';
import { deserializeBatch, packBatch, type SerializedBatch, serializeBatch } from '../packed-batch.js';
import {
  findDocumentIdsByExternalId,
  readDocument,
  readExportRecords,
  readIdentifier,
  readStats,
  readTopIdentifiers,
} from '../read-queries.js';
import type { QyranDatabase } from '../schema.js';
import { searchTerms, snippetAround } from '../search-terms.js';
import type {
  Checkpoint,
  DocumentView,
  IdentifierUsage,
  IdentifierView,
  IngestBatch,
  LinkSourceDocument,
  ObjectEdge,
  ObjectExportRecord,
  PathHop,
  RunRecord,
  SearchHit,
  SearchQuery,
  Store,
  StoredBlob,
  StoreStats,
  WriteResult,
} from '../store.js';
import type { BatchWriter } from './batch-writer.js';
import { createBatchWriter } from './batch-writer.js';
import { BlobDirectory } from './blob-directory.js';
import { CheckpointClient } from './checkpoint-client.js';
import { replaceLinkTables } from './link-tables.js';
import { migrate } from './migrations.js';
import { sqliteObjectLinks } from './object-links.js';
import { openDatabase } from './open-database.js';
import { WriterClient } from './writer-client.js';

export const SQLITE_FILE_NAME = 'qyran.sqlite';
const DEFAULT_TRANSACTION_DOCUMENTS = 200_000;
const DEFAULT_TRANSACTION_SECONDS = 10;

interface TransactionSettings {
  readonly transactionDocuments: number;
  readonly maxSeconds: number;
}

export interface SqliteStoreOptions {
  /** Write on a thread of its own (default), so the caller's thread goes on reading while SQLite commits. */
  readonly writerThread?: boolean;
  /** Documents per transaction: a killed ingest redoes at most this many (default 200,000). */
  readonly transactionDocuments?: number;
  /** Commit at least this often, in seconds, however few the documents (default 10). */
  readonly transactionSeconds?: number;
}

interface HitRow {
  id: string;
  external_id: string | null;
  platform: string;
  published_at: string | null;
  body: string;
}

function translateSqliteError(error: unknown, location: string): never {
  if (error instanceof Error && 'code' in error && (error.code === 'SQLITE_BUSY' || error.code === 'SQLITE_LOCKED')) {
    throw new QyranError('STORE_LOCKED', `the store at ${location} is busy with another writer`, {
      hint: 'wait for the other qyran process to finish, or use another --db',
      cause: error,
    });
  }
  throw new QyranError('STORE_FAILED', `the store at ${location} failed: ${String(error)}`, { cause: error });
}

// A page the writer changes in several commits is copied into the database once per checkpoint: every second, the
// id indexes' pages were copied after nearly every commit.
const CHECKPOINT_EVERY_MS = 5000;

/** The embedded store: one SQLite file in WAL mode, one writer (this process), readers alongside. */
export class SqliteStore implements Store {
  readonly location: string;
  private readonly db: Database.Database;
  private readonly kysely: Kysely<QyranDatabase>;
  private readonly inThreadWriter: BatchWriter;
  private readonly blobs: BlobDirectory;
  private readonly writer: WriterClient | null;
  private readonly searchByIdentifier: Database.Statement<[string, number], HitRow>;
  private readonly searchByText: Database.Statement<[string, number], HitRow>;
  /** Prepared on the first path search, then kept: a store answers many. */
  private objectLinks: ObjectLinkReader | null = null;

  private constructor(
    location: string,
    db: Database.Database,
    blobs: BlobDirectory,
    writer: WriterClient | null,
    transaction: TransactionSettings,
  ) {
    this.location = location;
    this.db = db;
    this.blobs = blobs;
    this.writer = writer;
    this.searchByIdentifier = db.prepare<[string, number], HitRow>(
      `SELECT DISTINCT d.id, d.external_id, d.platform, d.published_at, d.body
       FROM mentions m JOIN documents d ON d.seq = m.doc_seq WHERE m.identifier_id = ? LIMIT ?`,
    );
    this.searchByText = db.prepare<[string, number], HitRow>(
      `SELECT d.id, d.external_id, d.platform, d.published_at, d.body
       FROM documents_fts f JOIN documents d ON d.seq = f.rowid
       WHERE documents_fts MATCH ? ORDER BY f.rank LIMIT ?`,
    );
    this.kysely = new Kysely<QyranDatabase>({ dialect: new SqliteDialect({ database: db }) });
    this.inThreadWriter = createBatchWriter(db, transaction);
    // With a writer thread, a thread of its own checkpoints the WAL: at COMMIT the writer would copy the WAL into
    // the database itself, a fifth of its time at 100,000 documents.
    this.checkpointer =
      writer === null
        ? null
        : new CheckpointClient({ file: join(location, SQLITE_FILE_NAME), everyMs: CHECKPOINT_EVERY_MS });
  }

  private readonly checkpointer: CheckpointClient | null;

  /**
   * Opens (creating if needed) the store in directory `dir`: the database file and `blobs/`, the evidence files.
   * `:memory:` gives a throwaway store for tests, its blobs in a temporary directory.
   */
  static open(dir: string, options: SqliteStoreOptions = {}): SqliteStore {
    const inMemory = dir === ':memory:';
    const file = inMemory ? dir : join(dir, SQLITE_FILE_NAME);
    if (!inMemory) mkdirSync(dir, { recursive: true });
    const blobs = new BlobDirectory(
      inMemory ? join(mkdtempSync(join(tmpdir(), 'qyran-blobs-')), 'blobs') : join(dir, 'blobs'),
    );
    try {
      const db = openDatabase(file);
      migrate(db);
      // Compiled, the writer gets its own thread; under the test runner (TypeScript sources) it writes in-thread.
      const transaction = {
        transactionDocuments: options.transactionDocuments ?? DEFAULT_TRANSACTION_DOCUMENTS,
        maxSeconds: options.transactionSeconds ?? DEFAULT_TRANSACTION_SECONDS,
      };
      const threaded = options.writerThread ?? true;
      const writer =
        !threaded || inMemory || import.meta.url.endsWith('.ts') ? null : new WriterClient({ file, ...transaction });
      return new SqliteStore(dir, db, blobs, writer, transaction);
    } catch (error) {
      return translateSqliteError(error, dir);
    }
  }

  /** Commits buffered writes, so that what this store was given is what it reads back. */
  private async flush(): Promise<void> {
    try {
      if (this.writer === null) this.inThreadWriter.flush();
      else await this.writer.flush();
    } catch (error) {
      translateSqliteError(error, this.location);
    }
  }

  writeBatch(batch: IngestBatch): Promise<WriteResult> {
    const packed = packBatch(batch);
    // Bytes only to cross to the writer thread; written here, the packed batch goes in as it is.
    return this.write(() =>
      this.writer === null ? this.inThreadWriter.write([packed]) : this.writer.write(serializeBatch(packed)),
    );
  }

  writeSerialized(batch: SerializedBatch): Promise<WriteResult> {
    return this.write(() =>
      this.writer === null ? this.inThreadWriter.write(deserializeBatch(batch)) : this.writer.write(batch),
    );
  }

  private async write(run: () => WriteResult | Promise<WriteResult>): Promise<WriteResult> {
    try {
      return await run();
    } catch (error) {
      return translateSqliteError(error, this.location);
    }
  }

  async getCheckpoint(sourceKey: string): Promise<Checkpoint | null> {
    await this.flush();
    const row = await this.kysely
      .selectFrom('checkpoints')
      .selectAll()
      .where('source_key', '=', sourceKey)
      .executeTakeFirst();
    if (row === undefined) return null;
    return {
      sourceKey: row.source_key,
      connector: row.connector,
      fingerprint: row.fingerprint,
      cursor: row.cursor,
      done: row.done === 1,
      blobSha256: row.blob_sha256,
    };
  }

  async startRun(run: RunRecord): Promise<void> {
    await this.flush();
    await this.kysely
      .insertInto('runs')
      .values({ id: run.id, command: run.command, started_at: run.startedAt, finished_at: null, summary: null })
      .execute();
  }

  async finishRun(runId: string, summary: Readonly<Record<string, unknown>>): Promise<void> {
    await this.flush();
    await this.kysely
      .updateTable('runs')
      .set({ finished_at: new Date().toISOString(), summary: JSON.stringify(summary) })
      .where('id', '=', runId)
      .execute();
  }

  async getDocument(id: string): Promise<DocumentView | null> {
    await this.flush();
    return readDocument(this.kysely, id);
  }

  async findDocumentIdsByExternalId(externalId: string): Promise<readonly string[]> {
    await this.flush();
    return findDocumentIdsByExternalId(this.kysely, externalId);
  }

  async getIdentifier(id: string): Promise<IdentifierView | null> {
    await this.flush();
    return readIdentifier(this.kysely, id);
  }

  keepFile(path: string): Promise<StoredBlob> {
    return this.blobs.putFile(path);
  }

  async findBlob(sha256: string): Promise<StoredBlob | null> {
    if (!/^[0-9a-f]{64}$/.test(sha256) || !this.blobs.has(sha256)) return null;
    const path = this.blobs.pathOf(sha256);
    return { sha256, byteLength: statSync(path).size, path };
  }

  getCaptureBytes(capture: Capture): Promise<Uint8Array | null> {
    return this.blobs.read(capture.stored.blobSha256, capture.stored.offset, capture.byteLength);
  }

  async search(query: SearchQuery): Promise<readonly SearchHit[]> {
    await this.flush();
    const hits = new Map<string, { row: HitRow; matchedBy: string[] }>();
    const terms = searchTerms(query.text);
    const identifierIds = query.identifiers.map((i) => ({ id: makeId('idf', i.type, i.value), type: i.type }));
    for (const { id, type } of identifierIds) {
      const rows = this.searchByIdentifier.all(id, query.limit);
      for (const row of rows) {
        const hit = hits.get(row.id) ?? { row, matchedBy: [] };
        hit.matchedBy.push(`identifier:${type}`);
        hits.set(row.id, hit);
      }
    }
    if (terms.length > 0) {
      const match = terms.map((t) => `"${t.replaceAll('"', '""')}"`).join(' ');
      const rows = this.searchByText.all(match, query.limit);
      for (const row of rows) {
        const hit = hits.get(row.id) ?? { row, matchedBy: [] };
        hit.matchedBy.push('text');
        hits.set(row.id, hit);
      }
    }
    return [...hits.values()].slice(0, query.limit).map(({ row, matchedBy }) => ({
      documentId: row.id,
      externalId: row.external_id,
      platform: row.platform,
      publishedAt: row.published_at,
      snippet: snippetAround(row.body, terms),
      matchedBy,
    }));
  }

  async *exportRecords(filter: { readonly labels: readonly DetectionLabel[] | null }): AsyncIterable<ExportRecord> {
    await this.flush();
    yield* readExportRecords(this.kysely, filter);
  }

  async topIdentifiers(limit: number): Promise<readonly IdentifierUsage[]> {
    await this.flush();
    return readTopIdentifiers(this.kysely, limit);
  }

  async stats(): Promise<StoreStats> {
    await this.flush();
    return readStats(this.kysely);
  }

  async *linkSourceDocuments(afterSeq: number): AsyncIterable<LinkSourceDocument> {
    await this.flush();
    yield* readLinkSourceDocuments(this.kysely, afterSeq);
  }

  async appendLinkFeatures(features: readonly LinkDocument[], watermark: number, version: string): Promise<void> {
    await this.flush();
    await writeLinkFeatures(this.kysely, features, watermark, version);
  }

  async linkWatermark(version: string): Promise<number> {
    await this.flush();
    return readLinkWatermark(this.kysely, version);
  }

  async *linkFeatures(): AsyncIterable<LinkDocument> {
    await this.flush();
    yield* readLinkFeatures(this.kysely);
  }

  async linkAccounts(): Promise<readonly Account[]> {
    await this.flush();
    return readLinkAccounts(this.kysely);
  }

  async recordJudgement(judgement: Judgement): Promise<void> {
    await this.flush();
    await insertJudgement(this.kysely, judgement);
  }

  async judgements(): Promise<readonly Judgement[]> {
    await this.flush();
    return readJudgements(this.kysely);
  }

  async replaceLinkResult(result: LinkResult): Promise<void> {
    await this.flush();
    try {
      replaceLinkTables(this.db, result);
    } catch (error) {
      translateSqliteError(error, this.location);
    }
  }

  async *exportObjects(): AsyncIterable<ObjectExportRecord> {
    await this.flush();
    yield* readObjectExport(this.kysely);
  }

  async objectGraph(): Promise<{ readonly nodes: readonly string[]; readonly edges: readonly ObjectEdge[] }> {
    await this.flush();
    return readObjectGraph(this.kysely);
  }

  async objectPath(from: string, to: string, maxHops: number): Promise<readonly PathHop[] | null> {
    await this.flush();
    this.objectLinks ??= sqliteObjectLinks(this.db);
    return findObjectPath(this.objectLinks, from, to, maxHops);
  }

  async close(): Promise<void> {
    await this.flush();
    await this.checkpointer?.stop();
    await this.writer?.close();
    await this.kysely.destroy();
    if (this.db.open) this.db.close();
  }
}
