import { deserialize, serialize } from 'node:v8';
import { encodeAttributes, encodeEvidence, originParts } from './row-codecs.js';
import type { BadRecord, Checkpoint, IngestBatch } from './store.js';

type Column<T> = readonly T[];
type Text = Column<string>;
type MaybeText = Column<string | null>;

/**
 * An ingest batch as columns, the form in which batches cross threads and reach a store's bulk path. Cloning a
 * batch of per-row objects between threads cost 46 us per document (serialise + deserialise, measured on 2,000
 * generated documents); the same rows as columns of strings and numbers cost 11 us. JSON fields are already
 * encoded, and rows refer to each other by index instead of by id.
 */
/** What the captures of a source share; a batch lists each once and its captures name it by index. */
export interface CaptureSource {
  readonly blobSha256: string;
  readonly originKind: string;
  /** '' for URL origins. */
  readonly originPath: string;
  readonly mediaType: string;
  readonly capturedAt: string;
  readonly collector: string;
  readonly collectorVersion: string;
}

/** A source's values in the order of the store's `capture_sources` columns (see batch-writer.ts). */
export function captureSourceValues(source: CaptureSource): readonly string[] {
  return [
    source.blobSha256,
    source.originKind,
    source.originPath,
    source.mediaType,
    source.capturedAt,
    source.collector,
    source.collectorVersion,
  ];
}

export function captureSourceKey(source: CaptureSource): string {
  return JSON.stringify(captureSourceValues(source));
}

function sameSource(a: CaptureSource, b: CaptureSource): boolean {
  return (
    a.blobSha256 === b.blobSha256 &&
    a.originKind === b.originKind &&
    a.originPath === b.originPath &&
    a.mediaType === b.mediaType &&
    a.capturedAt === b.capturedAt &&
    a.collector === b.collector &&
    a.collectorVersion === b.collectorVersion
  );
}

/** A batch's distinct capture sources, in the order first named. */
export function createSourceList(): {
  readonly list: readonly CaptureSource[];
  indexOf(source: CaptureSource): number;
} {
  const list: CaptureSource[] = [];
  const index = new Map<string, number>();
  // A batch's records nearly always share one source: compared field by field, they skip building the key.
  let last: { readonly source: CaptureSource; readonly at: number } | null = null;
  return {
    list,
    indexOf: (source) => {
      if (last !== null && sameSource(last.source, source)) return last.at;
      const key = captureSourceKey(source);
      let at = index.get(key);
      if (at === undefined) {
        at = list.length;
        index.set(key, at);
        list.push(source);
      }
      last = { source, at };
      return at;
    },
  };
}

export interface PackedBatch {
  readonly captureSources: readonly CaptureSource[];
  readonly captures: {
    readonly id: Text;
    readonly sha256: Text;
    readonly byteLength: Column<number>;
    /** Index of the capture's source in `captureSources`. */
    readonly source: Column<number>;
    readonly originLine: Column<number | null>;
    readonly originOffset: Column<number | null>;
    /** An export's `[exportId, itemId]` as JSON, or a URL (see `originParts`). */
    readonly originItem: MaybeText;
    readonly blobOffset: Column<number>;
  };
  readonly accounts: {
    readonly id: Text;
    readonly platform: Text;
    readonly platformId: MaybeText;
    readonly handle: MaybeText;
    readonly displayName: MaybeText;
  };
  readonly documents: {
    readonly id: Text;
    /** Index of the document's capture in `captures`. */
    readonly capture: Column<number>;
    readonly externalId: MaybeText;
    readonly platform: Text;
    readonly url: MaybeText;
    readonly authorAccountId: MaybeText;
    readonly publishedAt: MaybeText;
    readonly publishedAtIsLocal: Column<boolean>;
    readonly language: MaybeText;
    readonly title: MaybeText;
    readonly body: Text;
    readonly threadKey: MaybeText;
    readonly parentExternalId: MaybeText;
    readonly forwardedFrom: MaybeText;
    /** Space-separated perceptual hashes, '' for none. */
    readonly imageHashes: Text;
    /** JSON object. */
    readonly extra: Text;
    readonly normalizedText: Text;
    /** The one decision made at analysis. */
    readonly label: Text;
    readonly score: Column<number>;
  };
  readonly identifiers: { readonly id: Text; readonly type: Text; readonly value: Text };
  readonly mentions: {
    /** Index of the mentioning document in `documents`. */
    readonly document: Column<number>;
    readonly identifierId: Text;
    readonly start: Column<number>;
    readonly end: Column<number>;
    readonly raw: Text;
    readonly extractor: Text;
    /** JSON object, '' for none. */
    readonly attributes: Text;
  };
  readonly detections: {
    readonly document: Column<number>;
    readonly label: Text;
    readonly score: Column<number>;
    /** Evidence spans, encoded by `encodeEvidence` against the document's body. */
    readonly evidence: Text;
    readonly detector: Text;
    readonly detectorVersion: Text;
  };
  readonly badRecords: readonly BadRecord[];
  readonly checkpoint: Checkpoint | null;
}

function indexOf(ids: readonly string[], what: string): (id: string) => number {
  const index = new Map(ids.map((id, i) => [id, i]));
  return (id) => {
    const found = index.get(id);
    if (found === undefined) throw new Error(`the batch names ${what} ${id}, which it does not contain`);
    return found;
  };
}

export function packBatch(batch: IngestBatch): PackedBatch {
  const { captures, accounts, documents, identifiers, mentions, detections } = batch;
  const captureIndex = indexOf(
    captures.map((c) => c.id),
    'capture',
  );
  const documentIndex = indexOf(
    documents.map((d) => d.id),
    'document',
  );
  const bodyOf = (documentId: string): string => documents[documentIndex(documentId)]?.body ?? '';
  const sources = createSourceList();
  const parts = captures.map((c) => {
    const part = originParts(c.origin);
    const source = sources.indexOf({
      blobSha256: c.stored.blobSha256,
      originKind: part.kind,
      originPath: part.path,
      mediaType: c.mediaType,
      capturedAt: c.capturedAt,
      collector: c.collector.name,
      collectorVersion: c.collector.version,
    });
    return { ...part, source };
  });
  return {
    captureSources: sources.list,
    captures: {
      id: captures.map((c) => c.id),
      sha256: captures.map((c) => c.sha256),
      byteLength: captures.map((c) => c.byteLength),
      source: parts.map((p) => p.source),
      originLine: parts.map((p) => p.line),
      originOffset: parts.map((p) => p.offset),
      originItem: parts.map((p) => p.item),
      blobOffset: captures.map((c) => c.stored.offset),
    },
    accounts: {
      id: accounts.map((a) => a.id),
      platform: accounts.map((a) => a.platform),
      platformId: accounts.map((a) => a.platformId),
      handle: accounts.map((a) => a.handle),
      displayName: accounts.map((a) => a.displayName),
    },
    documents: {
      id: documents.map((d) => d.id),
      capture: documents.map((d) => captureIndex(d.captureId)),
      externalId: documents.map((d) => d.externalId),
      platform: documents.map((d) => d.platform),
      url: documents.map((d) => d.url),
      authorAccountId: documents.map((d) => d.authorAccountId),
      publishedAt: documents.map((d) => d.publishedAt),
      publishedAtIsLocal: documents.map((d) => d.publishedAtIsLocal),
      language: documents.map((d) => d.language),
      title: documents.map((d) => d.title),
      body: documents.map((d) => d.body),
      threadKey: documents.map((d) => d.threadKey),
      parentExternalId: documents.map((d) => d.parentExternalId),
      forwardedFrom: documents.map((d) => d.forwardedFrom),
      imageHashes: documents.map((d) => d.imageHashes.join(' ')),
      extra: documents.map((d) => JSON.stringify(d.extra)),
      normalizedText: documents.map((d) => d.normalizedText),
      label: documents.map((d) => d.decision.label),
      score: documents.map((d) => d.decision.score),
    },
    identifiers: {
      id: identifiers.map((i) => i.id),
      type: identifiers.map((i) => i.type),
      value: identifiers.map((i) => i.value),
    },
    mentions: {
      document: mentions.map((m) => documentIndex(m.documentId)),
      identifierId: mentions.map((m) => m.identifierId),
      start: mentions.map((m) => m.start),
      end: mentions.map((m) => m.end),
      raw: mentions.map((m) => m.raw),
      extractor: mentions.map((m) => m.extractor),
      attributes: mentions.map((m) => encodeAttributes(m.attributes)),
    },
    detections: {
      document: detections.map((d) => documentIndex(d.documentId)),
      label: detections.map((d) => d.label),
      score: detections.map((d) => d.score),
      evidence: detections.map((d) => encodeEvidence(d.evidence, bodyOf(d.documentId))),
      detector: detections.map((d) => d.detector),
      detectorVersion: detections.map((d) => d.detectorVersion),
    },
    badRecords: batch.badRecords,
    checkpoint: batch.checkpoint,
  };
}

/**
 * A batch as bytes, to hand between threads without cloning: the thread that built it serialises once, the writer
 * deserialises once, and the threads between only pass the bytes on. In parts, written in order in one
 * transaction: a worker serialises every few hundred documents as it goes, so the rows of a whole batch (~1.5 KB
 * a document of strings) no longer live through young-generation collections, which copied and promoted them.
 */
export interface SerializedBatch {
  readonly parts: readonly Uint8Array[];
  readonly documents: number;
}

export function serializePart(part: PackedBatch): Uint8Array {
  return serialize(part);
}

export function serializeBatch(batch: PackedBatch): SerializedBatch {
  return { parts: [serializePart(batch)], documents: batch.documents.id.length };
}

/** Trusted input only: bytes that `serializePart` produced in this process. */
export function deserializeBatch(serialized: SerializedBatch): readonly PackedBatch[] {
  return serialized.parts.map((part) => deserialize(part));
}

/**
 * Empties the columns of parts that are serialised or written and not read again. v8's serializer and deserializer
 * each hold every object they wrote or made until their own wrapper is collected, so without this the rows of every
 * part handled since a thread's last young-generation collection would live through it, strings and all (see
 * `handOver` in the ingest worker, and the writer thread).
 */
export function releaseParts(parts: readonly PackedBatch[]): void {
  for (const part of parts) emptyArrays(part);
}

function emptyArrays(value: unknown): void {
  if (Array.isArray(value)) value.length = 0;
  else if (typeof value === 'object' && value !== null) for (const inner of Object.values(value)) emptyArrays(inner);
}
