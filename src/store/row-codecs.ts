import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { Capture, CaptureOrigin } from '../model/capture.js';
import type { Detection, EvidenceSpan } from '../model/detection.js';
import { DETECTION_LABELS } from '../model/detection.js';
import type { Account, Document } from '../model/document.js';
import type { IdentifierAttributes } from '../model/identifier-type.js';
import { makeId } from '../model/ids.js';
import type { AccountsTable, CaptureSourcesTable, CapturesTable, DetectionsTable, DocumentsTable } from './schema.js';

/** JSON columns are validated when read back: a store written by another version must not poison a dossier. */
const evidenceSchema = z.array(
  z.union([
    z.tuple([z.number(), z.number(), z.string()]),
    z.tuple([z.number(), z.number(), z.string(), z.string()]),
    // As written before store 0.7: each span with its text.
    z.object({ start: z.number(), end: z.number(), text: z.string(), rule: z.string() }),
  ]),
);
const extraSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
const labelSchema = z.enum(DETECTION_LABELS);

const attributesSchema = z.record(z.string(), z.string());

/** Mention attributes as stored: '' for none (most mentions), else a JSON object. */
export function encodeAttributes(attributes: IdentifierAttributes | undefined): string {
  return attributes === undefined || Object.keys(attributes).length === 0 ? '' : JSON.stringify(attributes);
}

export function decodeAttributes(stored: string): IdentifierAttributes {
  return stored === '' ? {} : attributesSchema.parse(JSON.parse(stored));
}

/**
 * Evidence spans as stored: `[start, end, rule]`, the text being the document's own between the offsets, and
 * `[start, end, rule, text]` only where it is not. Spans with their text took 500-740 bytes a detection, most of
 * a detection row, and the writer's time grows with its bytes.
 */
export function encodeEvidence(evidence: readonly EvidenceSpan[], body: string): string {
  return JSON.stringify(
    evidence.map((e) =>
      body.slice(e.start, e.end) === e.text ? [e.start, e.end, e.rule] : [e.start, e.end, e.rule, e.text],
    ),
  );
}

export function decodeEvidence(stored: string, body: string): readonly EvidenceSpan[] {
  return evidenceSchema
    .parse(JSON.parse(stored))
    .map((e) => (Array.isArray(e) ? { start: e[0], end: e[1], text: e[3] ?? body.slice(e[0], e[1]), rule: e[2] } : e));
}

/**
 * A capture's origin split into what its source shares with every other record of the source (kind and path,
 * kept once in `capture_sources`) and what is its own (line and offset, or export item, or URL).
 */
export interface OriginParts {
  readonly kind: CaptureOrigin['kind'];
  /** '' for a URL. */
  readonly path: string;
  readonly line: number | null;
  readonly offset: number | null;
  /** An export's `[exportId, itemId]` as JSON, or a URL. */
  readonly item: string | null;
}

const exportItemSchema = z.tuple([z.string(), z.string()]);

export function originParts(origin: CaptureOrigin): OriginParts {
  switch (origin.kind) {
    case 'file':
      return { kind: 'file', path: origin.path, line: origin.line, offset: origin.byteOffset, item: null };
    case 'export':
      return {
        kind: 'export',
        path: origin.path,
        line: null,
        offset: null,
        item: JSON.stringify([origin.exportId, origin.itemId]),
      };
    case 'url':
      return { kind: 'url', path: '', line: null, offset: null, item: origin.url };
  }
}

/** Stored parts that do not make an origin (a store written by another version) are an error, not a guess. */
export function originFromParts(parts: {
  readonly kind: string;
  readonly path: string;
  readonly line: number | null;
  readonly offset: number | null;
  readonly item: string | null;
}): CaptureOrigin {
  const { kind, path, line, offset, item } = parts;
  if (kind === 'file' && line !== null && offset !== null) return { kind, path, line, byteOffset: offset };
  if (kind === 'export' && item !== null) {
    const [exportId, itemId] = exportItemSchema.parse(JSON.parse(item));
    return { kind, path, exportId, itemId };
  }
  if (kind === 'url' && item !== null) return { kind, url: item };
  throw new Error(`a stored capture origin of kind ${kind} lacks its parts`);
}

export function captureFromRow(row: Selectable<CapturesTable> & Omit<Selectable<CaptureSourcesTable>, 'seq'>): Capture {
  return {
    id: row.id,
    sha256: row.sha256,
    byteLength: row.byte_length,
    mediaType: row.media_type,
    origin: originFromParts({
      kind: row.origin_kind,
      path: row.origin_path,
      line: row.origin_line,
      offset: row.origin_offset,
      item: row.origin_item,
    }),
    capturedAt: row.captured_at,
    collector: { name: row.collector, version: row.collector_version },
    stored: { blobSha256: row.blob_sha256, offset: row.blob_offset },
  };
}

export function documentFromRow(row: Selectable<DocumentsTable>, captureId: string): Document {
  return {
    id: row.id,
    captureId,
    externalId: row.external_id,
    platform: row.platform,
    url: row.url,
    authorAccountId: row.author_account_id,
    publishedAt: row.published_at,
    publishedAtIsLocal: row.published_at_is_local === 1,
    language: row.language,
    title: row.title,
    body: row.body,
    threadKey: row.thread_key,
    parentExternalId: row.parent_external_id,
    forwardedFrom: row.forwarded_from,
    imageHashes: row.image_hashes === '' ? [] : row.image_hashes.split(' '),
    extra: extraSchema.parse(JSON.parse(row.extra)),
  };
}

export function accountFromRow(row: AccountsTable): Account {
  return {
    id: row.id,
    platform: row.platform,
    platformId: row.platform_id,
    handle: row.handle,
    displayName: row.display_name,
  };
}

/** `body` is the text of the detection's document, which the evidence offsets point into. */
export function detectionFromRow(row: DetectionsTable, documentId: string, body: string): Detection {
  const evidence = decodeEvidence(row.evidence, body);
  return {
    id: makeId('det', documentId, row.detector, row.detector_version),
    documentId,
    label: labelSchema.parse(row.label),
    score: row.score,
    evidence,
    detector: row.detector,
    detectorVersion: row.detector_version,
  };
}
