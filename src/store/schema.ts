import type { Generated } from 'kysely';

/** Row types of the tables every dialect creates; Kysely types the shared read queries from them. */
export interface CapturesTable {
  seq: Generated<number>;
  id: string;
  document_seq: number;
  sha256: string;
  byte_length: number;
  /** The row of `capture_sources` holding what the capture shares with the rest of its source. */
  source_seq: number;
  origin_line: number | null;
  origin_offset: number | null;
  /** An export's `[exportId, itemId]` as JSON, or a URL; null for a file line. */
  origin_item: string | null;
  blob_offset: number;
}

/** What the captures of one source read in one run share; a capture row keeps only what is its own. */
export interface CaptureSourcesTable {
  seq: Generated<number>;
  blob_sha256: string;
  origin_kind: string;
  /** '' for URL origins. */
  origin_path: string;
  media_type: string;
  captured_at: string;
  collector: string;
  collector_version: string;
}

export interface AccountsTable {
  id: string;
  platform: string;
  platform_id: string | null;
  handle: string | null;
  display_name: string | null;
}

export interface DocumentsTable {
  seq: Generated<number>;
  id: string;
  capture_seq: number;
  external_id: string | null;
  platform: string;
  url: string | null;
  author_account_id: string | null;
  published_at: string | null;
  published_at_is_local: number;
  language: string | null;
  title: string | null;
  body: string;
  thread_key: string | null;
  parent_external_id: string | null;
  forwarded_from: string | null;
  /** Space-separated 16-hex-digit perceptual hashes; empty when none. */
  image_hashes: string;
  /** The document's one decision, made when it was analysed. */
  label: string;
  score: number;
  /** JSON object of scalars */
  extra: string;
}

export interface IdentifiersTable {
  id: string;
  type: string;
  value: string;
}

/** Keyed by the document's `seq`; the mention id is derived (see row-codecs). */
export interface MentionsTable {
  doc_seq: number;
  identifier_id: string;
  start: number;
  end: number;
  raw: string;
  extractor: string;
  /** JSON object of strings; '' when the mention has none. */
  attributes: string;
}

export interface DetectionsTable {
  doc_seq: number;
  label: string;
  score: number;
  /** JSON array of EvidenceSpan */
  evidence: string;
  detector: string;
  detector_version: string;
}

export interface CheckpointsTable {
  source_key: string;
  connector: string;
  fingerprint: string;
  cursor: string | null;
  done: number;
  blob_sha256: string | null;
  updated_at: string;
}

export interface RunsTable {
  id: string;
  command: string;
  started_at: string;
  finished_at: string | null;
  /** JSON */
  summary: string | null;
}

export interface BadRecordsTable {
  seq: Generated<number>;
  run_id: string;
  source: string;
  line: number | null;
  reason: string;
}

/** Per-document linking features, computed once per document (after the link watermark) and kept. */
export interface LinkDocumentsTable {
  doc_seq: number;
  id: string;
  external_id: string | null;
  author_account_id: string | null;
  /** ms since the epoch; null when unknown */
  time: number | null;
  thread_key: string | null;
  parent_external_id: string | null;
  forwarded_from: string | null;
  image_hashes: string;
  /** 0 neither, 1 sale, 2 recruitment */
  trade_kind: number;
  /** space-separated identifier ids */
  identifier_ids: string;
  /** space-separated LSH band keys, base 36 */
  bands: string;
}

export interface LinkStateTable {
  key: string;
  value: string;
}

/** Append-only: the latest judgement of a pair is in force, the earlier ones are its history. */
export interface JudgementsTable {
  seq: Generated<number>;
  account_a: string;
  account_b: string;
  verdict: string;
  note: string | null;
  decided_at: string;
}

export interface MatchRecordsTable {
  account_a: string;
  account_b: string;
  score: number;
  method: string;
  /** JSON object */
  features: string;
  merged: number;
}

export interface LinksTable {
  id: string;
  type: string;
  source_kind: string;
  source_id: string;
  target_kind: string;
  target_id: string;
  method: string;
  strength: number;
  /** space-separated document ids */
  evidence: string;
}

export interface ObjectsTable {
  id: string;
  kind: string;
  network: string;
  /** space-separated identifier ids */
  identifier_ids: string;
}

export interface ObjectAccountsTable {
  account_id: string;
  object_id: string;
}

export interface QyranDatabase {
  captures: CapturesTable;
  capture_sources: CaptureSourcesTable;
  accounts: AccountsTable;
  documents: DocumentsTable;
  identifiers: IdentifiersTable;
  mentions: MentionsTable;
  detections: DetectionsTable;
  checkpoints: CheckpointsTable;
  runs: RunsTable;
  bad_records: BadRecordsTable;
  link_documents: LinkDocumentsTable;
  link_state: LinkStateTable;
  judgements: JudgementsTable;
  match_records: MatchRecordsTable;
  links: LinksTable;
  objects: ObjectsTable;
  object_accounts: ObjectAccountsTable;
}
