import type { CaptureOrigin } from '../model/capture.js';
import type { DetectionLabel, EvidenceSpan } from '../model/detection.js';
import type { AccountRef, Document } from '../model/document.js';
import type { CleanContext, IdentifierAttributes } from '../model/identifier-type.js';
import type { Link } from '../model/link.js';
import type { NormalizedText } from '../normalize/normalize.js';

export const PLUGIN_KINDS = ['connector', 'detector', 'extractor', 'linker', 'exporter'] as const;
export type PluginKind = (typeof PLUGIN_KINDS)[number];

/**
 * What every plugin declares (after SpiderFoot): what it consumes and what it produces, so the pipeline can
 * wire plugins together and one contract test can check them all.
 */
export interface PluginMeta<K extends PluginKind = PluginKind> {
  readonly kind: K;
  /** kebab-case, unique within its kind; recorded in every record the plugin produces. */
  readonly id: string;
  /** semver; bump it when output changes. */
  readonly version: string;
  readonly description: string;
  readonly consumes: readonly string[];
  readonly produces: readonly string[];
}

export interface SourceProbe {
  /** Absolute path. */
  readonly path: string;
  readonly size: number;
  /** The first bytes of the file (up to 64 KiB). */
  readonly head: Uint8Array;
}

/** Mapping from Qyran's document fields to the source's field names (JSONL/CSV). */
export type FieldMap = Readonly<Partial<Record<DocumentField, string>>>;
export const DOCUMENT_FIELDS = [
  'id',
  'text',
  'title',
  'url',
  'author',
  'platform',
  'published_at',
  'thread',
  'reply_to',
  'forwarded_from',
  'images',
] as const;
export type DocumentField = (typeof DOCUMENT_FIELDS)[number];

export interface ConnectorOptions {
  readonly fieldMap: FieldMap;
  /** Platform to record when the source does not say. */
  readonly defaultPlatform: string | null;
}

/** A document as a connector reads it, before ids are assigned: the author is a reference, not yet an account. */
export type DocumentDraft = Omit<Document, 'id' | 'captureId' | 'authorAccountId'> & {
  readonly author: AccountRef | null;
};

/**
 * One record's bytes as framed in a source, not yet parsed. Framing is cheap and sequential (it finds where
 * records start and end); parsing is the costly part and runs on the worker pool, so the two are separate.
 * `context` is what the connector learnt from the source around the record (a CSV header, a Telegram chat),
 * shared by many frames; it must survive a structured clone.
 */
export type SourceFrame<C = unknown> =
  | {
      readonly kind: 'frame';
      /** The exact bytes of this record in the source. */
      readonly bytes: Uint8Array;
      /** Where those bytes start in the source file: the evidence store keeps the file, captures point into it. */
      readonly byteOffset: number;
      /** 1-based line (or record number) where the record starts. */
      readonly line: number;
      readonly context: C;
      /** Resume point: reading again from this cursor yields the frames after this one. */
      readonly cursor: string;
    }
  | {
      readonly kind: 'bad';
      /** 1-based line (or record number) in the source, when known. */
      readonly line: number | null;
      readonly reason: string;
      readonly cursor: string;
    };

/** What `parse` is given: a frame's bytes and position, its context, and the source as the analyst named it. */
export interface FrameInput<C = unknown> {
  readonly bytes: Uint8Array;
  readonly byteOffset: number;
  readonly line: number;
  readonly context: C;
  /** The source path to record in origins (the file the analyst gave, not the evidence store's copy). */
  readonly sourcePath: string;
}

export type ParsedFrame =
  | {
      readonly kind: 'document';
      readonly document: DocumentDraft;
      readonly origin: CaptureOrigin;
      readonly mediaType: string;
    }
  | { readonly kind: 'bad'; readonly reason: string }
  /** Nothing to keep (a blank line). */
  | { readonly kind: 'skip' };

/** A parsed record with everything the pipeline needs to keep it as a capture; derived from frame + parse. */
export type ConnectorItem =
  | {
      readonly kind: 'record';
      readonly bytes: Uint8Array;
      readonly byteOffset: number;
      readonly mediaType: string;
      readonly origin: CaptureOrigin;
      readonly document: DocumentDraft;
      readonly cursor: string;
    }
  | Extract<SourceFrame<never>, { kind: 'bad' }>;

export interface ConnectorPlugin<C = unknown> {
  readonly meta: PluginMeta<'connector'>;
  /** 0..1: how sure the connector is that it can read this source; 0 = not at all. */
  sniff(probe: SourceProbe): number;
  /**
   * Streams the source's records as frames, in source order, holding constant memory. A record that cannot be
   * framed is yielded as `bad` and reading goes on. `resumeFrom` is a cursor from an earlier frame, or null.
   */
  frames(probe: SourceProbe, options: ConnectorOptions, resumeFrom: string | null): AsyncIterable<SourceFrame<C>>;
  /** Pure and synchronous, so it can run on any worker: one frame -> its document, or the reason it is bad. */
  parse(frame: FrameInput<C>, options: ConnectorOptions): ParsedFrame;
}

export interface AnalysisInput {
  /** The original text the analyst sees; every span points into it (UTF-16 offsets). */
  readonly text: string;
  readonly normalized: NormalizedText;
  readonly title: string | null;
  readonly language: string | null;
}

export interface DetectorResult {
  readonly label: DetectionLabel;
  /** 0..1, calibrated where the detector can be. */
  readonly score: number;
  readonly evidence: readonly EvidenceSpan[];
}

export interface DetectorPlugin {
  readonly meta: PluginMeta<'detector'>;
  /**
   * Its outcome is the document's decision whenever it gives one (see `decide`); the others' outcomes stay
   * detections of their own, and decide only when no deciding detector answered.
   */
  readonly decides?: boolean;
  detect(input: AnalysisInput): DetectorResult;
}

export interface ExtractedIdentifier {
  /** A registered identifier type name. */
  readonly type: string;
  /** The normalised value, as the identifier type cleans it. */
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  /**
   * What the text around this one mention says of the value («USDT, TRC-20» before a TRON address). Unlike the
   * identifier type's `describe`, which the value alone determines, these facts belong to the mention.
   */
  readonly attributes?: IdentifierAttributes;
}

export interface ExtractorPlugin {
  readonly meta: PluginMeta<'extractor'>;
  extract(input: AnalysisInput, context: CleanContext): readonly ExtractedIdentifier[];
}

/** Read-only view of the store that linkers work from. */
export interface LinkSource {
  /** Pairs (identifier id, account id) for every account that mentioned an identifier, with the document. */
  accountIdentifierUses(): AsyncIterable<{
    readonly accountId: string;
    readonly identifierId: string;
    readonly identifierType: string;
    readonly documentId: string;
  }>;
}

export interface LinkerPlugin {
  readonly meta: PluginMeta<'linker'>;
  link(source: LinkSource): AsyncIterable<Link>;
}

export interface ExportRecord {
  readonly documentId: string;
  readonly externalId: string | null;
  readonly platform: string;
  readonly url: string | null;
  readonly publishedAt: string | null;
  readonly body: string;
  readonly label: DetectionLabel;
  readonly score: number;
  readonly identifiers: readonly { readonly type: string; readonly value: string }[];
  readonly captureSha256: string;
}

export interface ExporterPlugin {
  readonly meta: PluginMeta<'exporter'>;
  /** File extension without the dot, e.g. `jsonl`. */
  readonly fileExtension: string;
  /** Serialises records to chunks of text, streaming. */
  export(records: AsyncIterable<ExportRecord>): AsyncIterable<string>;
}

export type Plugin = ConnectorPlugin | DetectorPlugin | ExtractorPlugin | LinkerPlugin | ExporterPlugin;
