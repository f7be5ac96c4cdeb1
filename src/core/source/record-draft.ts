import type { ConnectorOptions, DocumentDraft, DocumentField } from '../plugin.js';
import { accountFromValue, type NumberText } from './account.js';
import { readPublishedAt } from './dates.js';
import { lastSegment, type ResolvedFieldMap } from './field-map.js';
import type { ExtraValue } from './json-value.js';

/** A flat source record (a JSONL object, a CSV row) as the shared draft builder needs to see it. */
export interface SourceRecord {
  /** The source value of a Qyran field; undefined when the source has none. */
  readonly get: (field: DocumentField) => unknown;
  readonly numberText: NumberText;
  /** The source's own fields that no Qyran field consumed, flattened to scalars. */
  readonly extra: Readonly<Record<string, ExtraValue>>;
}

export type DraftResult =
  | { readonly ok: true; readonly draft: DocumentDraft }
  | { readonly ok: false; readonly reason: string };

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function optionalText(value: unknown, key: string, numberText: NumberText): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return numberText(value, key);
  return null;
}

function platformOf(value: unknown, options: ConnectorOptions): string {
  if (typeof value === 'string' && value.trim() !== '') return value.trim().toLowerCase();
  return options.defaultPlatform ?? 'file';
}

/** Threads are namespaced by platform (`telegram:almaty_chat`), so two platforms' "general" never meet. */
function threadKeyOf(thread: string | null, platform: string): string | null {
  if (thread === null) return null;
  const trimmed = thread.trim();
  return trimmed.startsWith(`${platform}:`) ? trimmed : `${platform}:${trimmed}`;
}

const PERCEPTUAL_HASH = /^[0-9a-f]{16}$/;
const NO_IMAGE_HASHES: readonly string[] = [];

/** 64-bit perceptual hashes as 16 hex digits, from an array or a space- or comma-separated list; junk dropped. */
export function imageHashesOf(value: unknown): readonly string[] {
  // Most records have none: no set and arrays to build for them.
  if (value === undefined || value === null) return NO_IMAGE_HASHES;
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,;]+/) : [];
  const hashes = new Set<string>();
  for (const item of items) {
    if (typeof item !== 'string') continue;
    const hash = item.trim().toLowerCase();
    if (PERCEPTUAL_HASH.test(hash)) hashes.add(hash);
  }
  return [...hashes];
}

/** Builds a draft from a flat record; a record without a string text is refused with the reason. */
export function draftFromRecord(record: SourceRecord, map: ResolvedFieldMap, options: ConnectorOptions): DraftResult {
  const text = record.get('text');
  if (text === undefined) return { ok: false, reason: `no text: the record has no value for "${map.text}"` };
  if (typeof text !== 'string') return { ok: false, reason: `"${map.text}" is ${describe(text)}, not a string` };
  const platform = platformOf(record.get('platform'), options);
  const published = readPublishedAt(record.get('published_at'));
  const extra = published.raw === null ? record.extra : { ...record.extra, published_at_raw: published.raw };
  return {
    ok: true,
    draft: {
      externalId: optionalText(record.get('id'), lastSegment(map.id), record.numberText),
      platform,
      url: optionalText(record.get('url'), lastSegment(map.url), record.numberText),
      author: accountFromValue(record.get('author'), platform, record.numberText),
      publishedAt: published.publishedAt,
      publishedAtIsLocal: published.publishedAtIsLocal,
      language: null,
      title: optionalText(record.get('title'), lastSegment(map.title), record.numberText),
      body: text,
      threadKey: threadKeyOf(optionalText(record.get('thread'), lastSegment(map.thread), record.numberText), platform),
      parentExternalId: optionalText(record.get('reply_to'), lastSegment(map.reply_to), record.numberText),
      forwardedFrom: optionalText(record.get('forwarded_from'), lastSegment(map.forwarded_from), record.numberText),
      imageHashes: imageHashesOf(record.get('images')),
      extra,
    },
  };
}
