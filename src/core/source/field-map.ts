import type { DocumentField, FieldMap } from '../plugin.js';
import { isJsonObject, type JsonObject, ownValue } from './json-value.js';

/** Every Qyran field with the source field name it is read from. */
export type ResolvedFieldMap = Readonly<Record<DocumentField, string>>;

/** Fields the user did not map are read from source fields of the same name. */
export function resolveFieldMap(map: FieldMap): ResolvedFieldMap {
  return {
    id: map.id ?? 'id',
    text: map.text ?? 'text',
    title: map.title ?? 'title',
    url: map.url ?? 'url',
    author: map.author ?? 'author',
    platform: map.platform ?? 'platform',
    published_at: map.published_at ?? 'published_at',
    thread: map.thread ?? 'thread',
    reply_to: map.reply_to ?? 'reply_to',
    forwarded_from: map.forwarded_from ?? 'forwarded_from',
    images: map.images ?? 'images',
  };
}

/** The last key of a dotted path: the name the value carries in the source text. */
export function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}

function step(value: unknown, segment: string): unknown {
  if (isJsonObject(value)) return ownValue(value, segment);
  if (Array.isArray(value) && /^\d+$/.test(segment)) return value[Number(segment)];
  return undefined;
}

/**
 * Reads `user.name` as a nested path. A key that itself contains the dots wins, because some exporters flatten
 * nested fields into dotted keys.
 */
export function valueAtPath(record: JsonObject, path: string): unknown {
  if (Object.hasOwn(record, path)) return record[path];
  if (!path.includes('.')) return undefined;
  let value: unknown = record;
  for (const segment of path.split('.')) {
    value = step(value, segment);
    if (value === undefined) return undefined;
  }
  return value;
}
