import type { Judgement, LinkDocument, LinkIdentifierUse } from '../core/linking/link-input.js';
import type { LinkResult } from '../core/linking/link-result.js';
import type { ExportRecord } from '../core/plugin.js';
import type { Capture } from '../model/capture.js';
import type { Detection, DetectionLabel } from '../model/detection.js';
import type { Account, Document } from '../model/document.js';
import type { Identifier, Mention } from '../model/identifier.js';
import type { SerializedBatch } from './packed-batch.js';

export interface StoredDocument extends Document {
  /** The normalised text, as indexed for full-text search. */
  readonly normalizedText: string;
  /** The one decision made when the document was analysed (its detectors' outcomes are the detections). */
  readonly decision: { readonly label: DetectionLabel; readonly score: number };
}

/** A file kept in the evidence store, content-addressed, never modified. */
export interface StoredBlob {
  readonly sha256: string;
  readonly byteLength: number;
  /** A local path to read the kept copy from. */
  readonly path: string;
}

export interface Checkpoint {
  readonly sourceKey: string;
  readonly connector: string;
  /** Size and modification time of the source when the cursor was taken: a changed file restarts. */
  readonly fingerprint: string;
  readonly cursor: string | null;
  readonly done: boolean;
  /** The kept copy of the source that the cursor points into. */
  readonly blobSha256: string | null;
}

export interface BadRecord {
  readonly runId: string;
  readonly source: string;
  readonly line: number | null;
  readonly reason: string;
}

/** Everything one pipeline batch produced: written in one transaction, with the source checkpoint. */
export interface IngestBatch {
  readonly captures: readonly Capture[];
  readonly accounts: readonly Account[];
  readonly documents: readonly StoredDocument[];
  readonly identifiers: readonly Identifier[];
  readonly mentions: readonly Mention[];
  readonly detections: readonly Detection[];
  readonly badRecords: readonly BadRecord[];
  readonly checkpoint: Checkpoint | null;
}

export interface WriteResult {
  /** Documents that were not in the store before this batch. */
  readonly newDocuments: number;
  readonly newCaptures: number;
}

export interface StoreStats {
  readonly documents: number;
  readonly captures: number;
  readonly accounts: number;
  readonly identifiers: number;
  readonly mentions: number;
  readonly detections: number;
  /** Documents by their one decision. */
  readonly documentsByLabel: Readonly<Record<string, number>>;
  readonly identifiersByType: Readonly<Record<string, number>>;
  readonly badRecords: number;
}

export interface IdentifierUsage {
  readonly id: string;
  readonly type: string;
  readonly value: string;
  readonly documents: number;
  readonly accounts: number;
}

export interface MentionView extends Mention {
  readonly type: string;
  readonly value: string;
}

/** A document with its provenance: the capture it came from, who wrote it, what was found in it. */
export interface DocumentView {
  readonly document: Document;
  readonly capture: Capture;
  readonly author: Account | null;
  /** The one decision made at analysis; `detections` are the detectors' flagged outcomes behind it. */
  readonly decision: { readonly label: DetectionLabel; readonly score: number };
  readonly detections: readonly Detection[];
  readonly mentions: readonly MentionView[];
}

export interface IdentifierView {
  readonly identifier: Identifier;
  readonly documentIds: readonly string[];
  readonly accountIds: readonly string[];
}

export interface SearchQuery {
  /** Normalised full-text terms; all must match. Empty for an identifier-only search. */
  readonly text: string;
  /** Identifier values to match exactly, already cleaned by their types. */
  readonly identifiers: readonly { readonly type: string; readonly value: string }[];
  readonly limit: number;
}

export interface SearchHit {
  readonly documentId: string;
  readonly externalId: string | null;
  readonly platform: string;
  readonly publishedAt: string | null;
  readonly snippet: string;
  /** How the document matched: `text` or `identifier:<type>`. */
  readonly matchedBy: readonly string[];
}

export interface RunRecord {
  readonly id: string;
  readonly command: string;
  readonly startedAt: string;
}

/** One hop of a path between objects: the links that join the two, each with its evidence documents. */
export interface PathHop {
  readonly from: string;
  readonly to: string;
  readonly links: readonly {
    readonly type: string;
    readonly method: string;
    readonly strength: number;
    readonly evidenceDocumentIds: readonly string[];
  }[];
}

export interface ObjectEdge {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
}

/**
 * The storage seam. The embedded SQLite store and the server PostgreSQL store both implement it and both
 * run `store.contract.ts`; nothing outside `src/store/<dialect>/` knows which one it talks to.
 */
export interface Store {
  readonly location: string;
  writeBatch(batch: IngestBatch): Promise<WriteResult>;
  /** The bulk path: a batch packed and serialised off the caller's thread (see packed-batch.ts). */
  writeSerialized(batch: SerializedBatch): Promise<WriteResult>;
  getCheckpoint(sourceKey: string): Promise<Checkpoint | null>;
  startRun(run: RunRecord): Promise<void>;
  finishRun(runId: string, summary: Readonly<Record<string, unknown>>): Promise<void>;
  getDocument(id: string): Promise<DocumentView | null>;
  /** Documents by the id their source gave them (e.g. the JSONL `id`). */
  findDocumentIdsByExternalId(externalId: string): Promise<readonly string[]>;
  getIdentifier(id: string): Promise<IdentifierView | null>;
  /** Copies a source file into the evidence store (once: blobs are content-addressed) and says where it is kept. */
  keepFile(path: string): Promise<StoredBlob>;
  /** The kept blob with this hash, or null. */
  findBlob(sha256: string): Promise<StoredBlob | null>;
  /** The exact bytes of a capture, read back from the blob that keeps them. */
  getCaptureBytes(capture: Capture): Promise<Uint8Array | null>;
  search(query: SearchQuery): Promise<readonly SearchHit[]>;
  /** Every document with its decision and identifiers, in ingest order, streamed page by page. */
  exportRecords(filter: { readonly labels: readonly DetectionLabel[] | null }): AsyncIterable<ExportRecord>;
  /** Identifiers used by the most distinct accounts: the first leads to networks. */
  topIdentifiers(limit: number): Promise<readonly IdentifierUsage[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
  /** Linking: documents after `afterSeq` with what linking reads of them, in ingest order, page by page. */
  linkSourceDocuments(afterSeq: number): AsyncIterable<LinkSourceDocument>;
  /**
   * Keeps documents' linking features, read by features version `version`, replacing any kept for the same
   * documents, and moves the watermark past them, in one transaction.
   */
  appendLinkFeatures(features: readonly LinkDocument[], watermark: number, version: string): Promise<void>;
  /** The last document seq whose features version `version` kept (0 before the first run, or after another). */
  linkWatermark(version: string): Promise<number>;
  /** Every kept document's linking features, in ingest order. */
  linkFeatures(): AsyncIterable<LinkDocument>;
  linkAccounts(): Promise<readonly Account[]>;
  /** Appends an analyst's judgement; earlier ones of the pair stay as history. */
  recordJudgement(judgement: Judgement): Promise<void>;
  /** Every judgement, oldest first. */
  judgements(): Promise<readonly Judgement[]>;
  /** Replaces the derived objects, memberships, links and match records with a run's result. */
  replaceLinkResult(result: LinkResult): Promise<void>;
  /** One record per object, in id order. */
  exportObjects(): AsyncIterable<ObjectExportRecord>;
  /**
   * The object graph the last `qyran link` found: an edge per pair of objects whose accounts are linked, weighted
   * by the links' summed strength; every object is a node, linked or not.
   */
  objectGraph(): Promise<{ readonly nodes: readonly string[]; readonly edges: readonly ObjectEdge[] }>;
  /** A shortest path (fewest hops) between two objects with the links of every hop, or null within `maxHops`. */
  objectPath(from: string, to: string, maxHops: number): Promise<readonly PathHop[] | null>;
}

export interface LinkSourceDocument {
  readonly seq: number;
  readonly id: string;
  readonly externalId: string | null;
  readonly authorAccountId: string | null;
  readonly publishedAt: string | null;
  readonly threadKey: string | null;
  readonly parentExternalId: string | null;
  readonly forwardedFrom: string | null;
  readonly imageHashes: readonly string[];
  readonly body: string;
  readonly label: DetectionLabel;
  readonly identifiers: readonly LinkIdentifierUse[];
}

export interface ObjectExportRecord {
  readonly id: string;
  readonly kind: string;
  readonly network: string;
  readonly accounts: readonly {
    readonly platform: string;
    readonly id: string | null;
    readonly handle: string | null;
  }[];
  readonly identifiers: readonly { readonly type: string; readonly value: string }[];
  /** The ids the sources gave the documents (JSONL `id`), else the store's document ids. */
  readonly documents: readonly string[];
}

const EMPTY_BATCH: IngestBatch = {
  captures: [],
  accounts: [],
  documents: [],
  identifiers: [],
  mentions: [],
  detections: [],
  badRecords: [],
  checkpoint: null,
};

/** A batch with only some parts, e.g. a checkpoint or bad records on their own. */
export function batchOf(parts: Partial<IngestBatch>): IngestBatch {
  return { ...EMPTY_BATCH, ...parts };
}
