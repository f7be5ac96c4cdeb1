import type { Capture } from '../../model/capture.js';
import { originKey } from '../../model/capture.js';
import type { Detection } from '../../model/detection.js';
import type { Account, AccountRef } from '../../model/document.js';
import type { Identifier, Mention } from '../../model/identifier.js';
import { makeId, sha256Hex } from '../../model/ids.js';
import type { BadRecord, Checkpoint, IngestBatch, StoredDocument } from '../../store/store.js';
import type { TextAnalysis } from '../analysis/analyze-text.js';
import type { ConnectorItem, DocumentDraft, PluginMeta } from '../plugin.js';

export type RecordItem = Extract<ConnectorItem, { kind: 'record' }>;
export type BadItem = Extract<ConnectorItem, { kind: 'bad' }>;

export function accountId(ref: AccountRef): string | null {
  if (ref.platformId !== null) return makeId('acc', ref.platform, `id:${ref.platformId}`);
  if (ref.handle !== null) return makeId('acc', ref.platform, `handle:${ref.handle}`);
  if (ref.displayName !== null) return makeId('acc', ref.platform, `name:${ref.displayName}`);
  return null;
}

export function documentId(draft: DocumentDraft, captureId: string): string {
  return draft.externalId === null
    ? makeId('doc', captureId)
    : makeId('doc', draft.platform, draft.threadKey ?? '', draft.externalId);
}

export interface BatchContext {
  readonly runId: string;
  /** The source as the user named it: what origins and bad records report. */
  readonly source: string;
  /** The kept copy the connector read, and its hash: captures point into it. */
  readonly blob: { readonly sha256: string; readonly path: string };
  readonly connector: PluginMeta<'connector'>;
  readonly capturedAt: string;
  readonly checkpoint: Checkpoint | null;
}

/** Turns connector records and their analyses into the rows of one store transaction, with deterministic ids. */
export function assembleBatch(
  records: readonly RecordItem[],
  analyses: readonly TextAnalysis[],
  bad: readonly BadItem[],
  context: BatchContext,
): IngestBatch {
  const captures: Capture[] = [];
  const accounts = new Map<string, Account>();
  const documents: StoredDocument[] = [];
  const identifiers = new Map<string, Identifier>();
  const mentions: Mention[] = [];
  const detections: Detection[] = [];
  records.forEach((record, index) => {
    const analysis = analyses[index];
    if (analysis === undefined) return;
    const sha256 = sha256Hex(record.bytes);
    // The connector read the kept copy; the origin names the file the analyst gave.
    const origin =
      'path' in record.origin && record.origin.path === context.blob.path
        ? { ...record.origin, path: context.source }
        : record.origin;
    const capture: Capture = {
      id: makeId('cap', sha256, originKey(origin)),
      sha256,
      byteLength: record.bytes.byteLength,
      mediaType: record.mediaType,
      origin,
      capturedAt: context.capturedAt,
      collector: { name: context.connector.id, version: context.connector.version },
      stored: { blobSha256: context.blob.sha256, offset: record.byteOffset },
    };
    captures.push(capture);
    const draft = record.document;
    let authorAccountId: string | null = null;
    if (draft.author !== null) {
      authorAccountId = accountId(draft.author);
      if (authorAccountId !== null) accounts.set(authorAccountId, { id: authorAccountId, ...draft.author });
    }
    const docId = documentId(draft, capture.id);
    const { author: _author, ...fields } = draft;
    documents.push({
      ...fields,
      id: docId,
      captureId: capture.id,
      authorAccountId,
      normalizedText: analysis.normalizedText,
    });
    for (const found of analysis.identifiers) {
      const identifierId = makeId('idf', found.type, found.value);
      identifiers.set(identifierId, { id: identifierId, type: found.type, value: found.value });
      mentions.push({
        id: makeId('men', docId, identifierId, String(found.start), found.extractor),
        documentId: docId,
        identifierId,
        start: found.start,
        end: found.end,
        raw: found.raw,
        extractor: found.extractor,
      });
    }
    // Only what a detector flagged is a detection; a document without one is `none` (the run records the versions).
    for (const outcome of analysis.detections) {
      if (outcome.label === 'none') continue;
      detections.push({
        id: makeId('det', docId, outcome.detector, outcome.detectorVersion),
        documentId: docId,
        label: outcome.label,
        score: outcome.score,
        evidence: outcome.evidence,
        detector: outcome.detector,
        detectorVersion: outcome.detectorVersion,
      });
    }
  });
  const badRecords: BadRecord[] = bad.map((b) => ({
    runId: context.runId,
    source: context.source,
    line: b.line,
    reason: b.reason,
  }));
  return {
    captures,
    accounts: [...accounts.values()],
    documents,
    identifiers: [...identifiers.values()],
    mentions,
    detections,
    badRecords,
    checkpoint: context.checkpoint,
  };
}
