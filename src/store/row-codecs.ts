import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { Capture, CaptureOrigin } from '../model/capture.js';
import type { Detection, EvidenceSpan } from '../model/detection.js';
import { DETECTION_LABELS } from '../model/detection.js';
import type { Account, Document } from '../model/document.js';
import type { IdentifierAttributes } from '../model/identifier-type.js';
import { makeId } from '../model/ids.js';
import type { AccountsTable, CapturesTable, DetectionsTable, DocumentsTable } from './schema.js';

/** JSON columns are validated when read back: a store written by another version must not poison a dossier. */
const originSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('file'), path: z.string(), line: z.number(), byteOffset: z.number() }),
  z.object({ kind: z.literal('export'), path: z.string(), exportId: z.string(), itemId: z.string() }),
  z.object({ kind: z.literal('url'), url: z.string() }),
]);
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

export function encodeOrigin(origin: CaptureOrigin): string {
  return JSON.stringify(origin);
}

export function captureFromRow(row: Selectable<CapturesTable>): Capture {
  return {
    id: row.id,
    sha256: row.sha256,
    byteLength: row.byte_length,
    mediaType: row.media_type,
    origin: originSchema.parse(JSON.parse(row.origin)),
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
