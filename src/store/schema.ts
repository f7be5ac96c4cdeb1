import type { Generated } from 'kysely';

/** Row types of the tables every dialect creates; Kysely types the shared read queries from them. */
export interface CapturesTable {
  seq: Generated<number>;
  id: string;
  document_seq: number;
  sha256: string;
  byte_length: number;
  media_type: string;
  /** JSON of CaptureOrigin */
  origin: string;
  captured_at: string;
  collector: string;
  collector_version: string;
  blob_sha256: string;
  blob_offset: number;
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

export interface QyranDatabase {
  captures: CapturesTable;
  accounts: AccountsTable;
  documents: DocumentsTable;
  identifiers: IdentifiersTable;
  mentions: MentionsTable;
  detections: DetectionsTable;
  checkpoints: CheckpointsTable;
  runs: RunsTable;
  bad_records: BadRecordsTable;
}
