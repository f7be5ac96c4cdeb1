import { originKey } from '../../model/capture.js';
import type { AccountRef } from '../../model/document.js';
import { makeId, sha256Hex } from '../../model/ids.js';
import type { PackedBatch } from '../../store/packed-batch.js';
import { encodeAttributes, encodeEvidence, encodeOrigin } from '../../store/row-codecs.js';
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

/**
 * Turns connector records and their analyses into the rows of one store write, with deterministic ids, straight
 * into columns (see packed-batch.ts): per-row objects on this path cost more than the rows' SQL.
 */
export function assembleBatch(
  records: readonly RecordItem[],
  analyses: readonly TextAnalysis[],
  bad: readonly BadItem[],
  context: BatchContext,
): PackedBatch {
  const n = records.length;
  const collector = context.connector.id;
  const collectorVersion = context.connector.version;
  const captures = {
    id: new Array<string>(n),
    sha256: new Array<string>(n),
    byteLength: new Array<number>(n),
    mediaType: new Array<string>(n),
    origin: new Array<string>(n),
    capturedAt: new Array<string>(n).fill(context.capturedAt),
    collector: new Array<string>(n).fill(collector),
    collectorVersion: new Array<string>(n).fill(collectorVersion),
    blobSha256: new Array<string>(n).fill(context.blob.sha256),
    blobOffset: new Array<number>(n),
  };
  const documents = {
    id: new Array<string>(n),
    capture: new Array<number>(n),
    externalId: new Array<string | null>(n),
    platform: new Array<string>(n),
    url: new Array<string | null>(n),
    authorAccountId: new Array<string | null>(n),
    publishedAt: new Array<string | null>(n),
    publishedAtIsLocal: new Array<boolean>(n),
    language: new Array<string | null>(n),
    title: new Array<string | null>(n),
    body: new Array<string>(n),
    threadKey: new Array<string | null>(n),
    parentExternalId: new Array<string | null>(n),
    forwardedFrom: new Array<string | null>(n),
    imageHashes: new Array<string>(n),
    extra: new Array<string>(n),
    normalizedText: new Array<string>(n),
    label: new Array<string>(n),
    score: new Array<number>(n),
  };
  const accounts: Building<PackedBatch['accounts']> = {
    id: [],
    platform: [],
    platformId: [],
    handle: [],
    displayName: [],
  };
  const seenAccounts = new Set<string>();
  const identifiers: Building<PackedBatch['identifiers']> = { id: [], type: [], value: [] };
  const seenIdentifiers = new Set<string>();
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
  let k = 0;
  for (let r = 0; r < n; r++) {
    const record = records[r];
    const analysis = analyses[r];
    if (record === undefined || analysis === undefined) continue;
    const sha256 = sha256Hex(record.bytes);
    const captureId = makeId('cap', sha256, originKey(record.origin));
    captures.id[k] = captureId;
    captures.sha256[k] = sha256;
    captures.byteLength[k] = record.bytes.byteLength;
    captures.mediaType[k] = record.mediaType;
    captures.origin[k] = encodeOrigin(record.origin);
    captures.blobOffset[k] = record.byteOffset;
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
    const docId = documentId(draft, captureId);
    documents.id[k] = docId;
    documents.capture[k] = k;
    documents.externalId[k] = draft.externalId;
    documents.platform[k] = draft.platform;
    documents.url[k] = draft.url;
    documents.authorAccountId[k] = author;
    documents.publishedAt[k] = draft.publishedAt;
    documents.publishedAtIsLocal[k] = draft.publishedAtIsLocal;
    documents.language[k] = draft.language;
    documents.title[k] = draft.title;
    documents.body[k] = draft.body;
    documents.threadKey[k] = draft.threadKey;
    documents.parentExternalId[k] = draft.parentExternalId;
    documents.forwardedFrom[k] = draft.forwardedFrom;
    documents.imageHashes[k] = draft.imageHashes.join(' ');
    documents.extra[k] = JSON.stringify(draft.extra);
    documents.normalizedText[k] = analysis.normalizedText;
    documents.label[k] = analysis.decision.label;
    documents.score[k] = analysis.decision.score;
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
    k++;
  }
  for (const column of [...Object.values(captures), ...Object.values(documents)]) column.length = k;
  return {
    captures,
    accounts,
    documents,
    identifiers,
    mentions,
    detections,
    badRecords: bad.map((b) => ({ runId: context.runId, source: context.source, line: b.line, reason: b.reason })),
    checkpoint: context.checkpoint,
  };
}
