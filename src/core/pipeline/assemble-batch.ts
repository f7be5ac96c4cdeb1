import { originKey } from '../../model/capture.js';
import type { AccountRef } from '../../model/document.js';
import { makeId, sha256Hex } from '../../model/ids.js';
import { createSourceList, type PackedBatch } from '../../store/packed-batch.js';
import { encodeAttributes, encodeEvidence, originParts } from '../../store/row-codecs.js';
import type { Checkpoint } from '../../store/store.js';
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

/** A packed table while it is being filled. */
type Building<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : never };

export interface BatchContext {
  readonly runId: string;
  /** The source as the user named it: what origins and bad records report. */
  readonly source: string;
  /** The kept copy the connector read: captures point into it by its hash. */
  readonly blob: { readonly sha256: string };
  readonly connector: PluginMeta<'connector'>;
  readonly capturedAt: string;
  readonly checkpoint: Checkpoint | null;
}

export interface BatchAssembler {
  /** Adds a record and its analysis as rows; neither is kept, so both can be collected young. */
  add(record: RecordItem, analysis: TextAnalysis): void;
  /** Documents added since the last part was taken. */
  documents(): number;
  /** The rows added since the last part, as a part to write before the rest of the batch; starts a new part. */
  takePart(): PackedBatch;
  /** The rows added since the last part, with the batch's bad records and checkpoint; the assembler is not used after. */
  finish(bad: readonly BadItem[]): PackedBatch;
}

/**
 * Turns connector records and their analyses into the rows of one store write, with deterministic ids, straight
 * into columns (see packed-batch.ts): per-row objects on this path cost more than the rows' SQL. One record at a
 * time, as it is parsed and analysed: a worker holding a whole batch of parsed records and analyses until the
 * end had them copied by every young-generation collection and promoted to old space.
 */
/** The rows of one part of a batch, as columns being filled. */
function emptyRows() {
  const sources = createSourceList();
  const captures: Building<PackedBatch['captures']> = {
    id: [],
    sha256: [],
    byteLength: [],
    source: [],
    originLine: [],
    originOffset: [],
    originItem: [],
    blobOffset: [],
  };
  const documents: Building<PackedBatch['documents']> = {
    id: [],
    capture: [],
    externalId: [],
    platform: [],
    url: [],
    authorAccountId: [],
    publishedAt: [],
    publishedAtIsLocal: [],
    language: [],
    title: [],
    body: [],
    threadKey: [],
    parentExternalId: [],
    forwardedFrom: [],
    imageHashes: [],
    extra: [],
    normalizedText: [],
    label: [],
    score: [],
  };
  const accounts: Building<PackedBatch['accounts']> = {
    id: [],
    platform: [],
    platformId: [],
    handle: [],
    displayName: [],
  };
  const identifiers: Building<PackedBatch['identifiers']> = { id: [], type: [], value: [] };
  const mentions: Building<PackedBatch['mentions']> = {
    document: [],
    identifierId: [],
    start: [],
    end: [],
    raw: [],
    extractor: [],
    attributes: [],
  };
  const detections: Building<PackedBatch['detections']> = {
    document: [],
    label: [],
    score: [],
    evidence: [],
    detector: [],
    detectorVersion: [],
  };
  return { sources, captures, documents, accounts, identifiers, mentions, detections };
}

export function createBatchAssembler(context: BatchContext): BatchAssembler {
  let rows = emptyRows();
  // Across the parts of a batch: the parts are written one after another in one transaction.
  const seenAccounts = new Set<string>();
  const seenIdentifiers = new Set<string>();
  const add = (record: RecordItem, analysis: TextAnalysis): void => {
    const { sources, captures, documents, accounts, identifiers, mentions, detections } = rows;
    const k = documents.id.length;
    const sha256 = sha256Hex(record.bytes);
    const captureId = makeId('cap', sha256, originKey(record.origin));
    const origin = originParts(record.origin);
    captures.id.push(captureId);
    captures.sha256.push(sha256);
    captures.byteLength.push(record.bytes.byteLength);
    captures.source.push(
      sources.indexOf({
        blobSha256: context.blob.sha256,
        originKind: origin.kind,
        originPath: origin.path,
        mediaType: record.mediaType,
        capturedAt: context.capturedAt,
        collector: context.connector.id,
        collectorVersion: context.connector.version,
      }),
    );
    captures.originLine.push(origin.line);
    captures.originOffset.push(origin.offset);
    captures.originItem.push(origin.item);
    captures.blobOffset.push(record.byteOffset);
    const draft = record.document;
    let author: string | null = null;
    if (draft.author !== null) {
      author = accountId(draft.author);
      if (author !== null && !seenAccounts.has(author)) {
        seenAccounts.add(author);
        accounts.id.push(author);
        accounts.platform.push(draft.author.platform);
        accounts.platformId.push(draft.author.platformId);
        accounts.handle.push(draft.author.handle);
        accounts.displayName.push(draft.author.displayName);
      }
    }
    documents.id.push(documentId(draft, captureId));
    documents.capture.push(k);
    documents.externalId.push(draft.externalId);
    documents.platform.push(draft.platform);
    documents.url.push(draft.url);
    documents.authorAccountId.push(author);
    documents.publishedAt.push(draft.publishedAt);
    documents.publishedAtIsLocal.push(draft.publishedAtIsLocal);
    documents.language.push(draft.language);
    documents.title.push(draft.title);
    documents.body.push(draft.body);
    documents.threadKey.push(draft.threadKey);
    documents.parentExternalId.push(draft.parentExternalId);
    documents.forwardedFrom.push(draft.forwardedFrom);
    documents.imageHashes.push(draft.imageHashes.join(' '));
    documents.extra.push(JSON.stringify(draft.extra));
    documents.normalizedText.push(analysis.normalizedText);
    documents.label.push(analysis.decision.label);
    documents.score.push(analysis.decision.score);
    for (const found of analysis.identifiers) {
      const identifierId = makeId('idf', found.type, found.value);
      if (!seenIdentifiers.has(identifierId)) {
        seenIdentifiers.add(identifierId);
        identifiers.id.push(identifierId);
        identifiers.type.push(found.type);
        identifiers.value.push(found.value);
      }
      mentions.document.push(k);
      mentions.identifierId.push(identifierId);
      mentions.start.push(found.start);
      mentions.end.push(found.end);
      mentions.raw.push(found.raw);
      mentions.extractor.push(found.extractor);
      mentions.attributes.push(encodeAttributes(found.attributes));
    }
    // Only what a detector flagged is a detection; a document without one is `none` (the run records the versions).
    for (const outcome of analysis.detections) {
      if (outcome.label === 'none') continue;
      detections.document.push(k);
      detections.label.push(outcome.label);
      detections.score.push(outcome.score);
      detections.evidence.push(encodeEvidence(outcome.evidence, draft.body));
      detections.detector.push(outcome.detector);
      detections.detectorVersion.push(outcome.detectorVersion);
    }
  };
  const part = (bad: readonly BadItem[], checkpoint: Checkpoint | null): PackedBatch => {
    const { sources, captures, documents, accounts, identifiers, mentions, detections } = rows;
    rows = emptyRows();
    return {
      captureSources: sources.list,
      captures,
      accounts,
      documents,
      identifiers,
      mentions,
      detections,
      badRecords: bad.map((b) => ({ runId: context.runId, source: context.source, line: b.line, reason: b.reason })),
      checkpoint,
    };
  };
  return {
    add,
    documents: () => rows.documents.id.length,
    takePart: () => part([], null),
    finish: (bad) => part(bad, context.checkpoint),
  };
}

/** A batch assembled from records and analyses already in hand (tests and benches). */
export function assembleBatch(
  records: readonly RecordItem[],
  analyses: readonly TextAnalysis[],
  bad: readonly BadItem[],
  context: BatchContext,
): PackedBatch {
  const assembler = createBatchAssembler(context);
  records.forEach((record, k) => {
    const analysis = analyses[k];
    if (analysis !== undefined) assembler.add(record, analysis);
  });
  return assembler.finish(bad);
}
