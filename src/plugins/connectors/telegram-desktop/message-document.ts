import type { DocumentDraft } from '../../../core/plugin.js';
import { type PublishedAt, parseDate, readPublishedAt } from '../../../core/source/dates.js';
import {
  type ExtraValue,
  isJsonObject,
  type JsonObject,
  ownValue,
  stringValue,
} from '../../../core/source/json-value.js';
import type { AccountRef } from '../../../model/document.js';
import type { ChatContext } from './chat-context.js';
import { entityLinks, messageBody } from './message-text.js';

export type MessageResult =
  | { readonly ok: true; readonly itemId: string; readonly draft: DocumentDraft }
  | { readonly ok: false; readonly reason: string };

function idText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return value;
  return null;
}

/** Exports before 2020 wrote `from_id` as a bare user id number; newer ones as `user…`, `channel…` or `chat…`. */
function peerId(value: unknown): string | null {
  if (typeof value === 'number' && Number.isInteger(value)) return `user${value}`;
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Service messages name their sender `actor`, others `from`; a deleted account has a null name but keeps its id. */
function authorOf(message: JsonObject): AccountRef | null {
  const viaFrom = ownValue(message, 'from_id') !== undefined || ownValue(message, 'from') !== undefined;
  const platformId = peerId(ownValue(message, viaFrom ? 'from_id' : 'actor_id'));
  const displayName = stringValue(message, viaFrom ? 'from' : 'actor');
  if (platformId === null && displayName === null) return null;
  return { platform: 'telegram', platformId, handle: null, displayName };
}

/** `date_unixtime` is UTC; older exports only have `date`, the exporting computer's wall-clock time. */
function publishedAtOf(message: JsonObject): PublishedAt {
  const unix = parseDate(ownValue(message, 'date_unixtime'));
  if (unix !== null) return { publishedAt: unix.iso, publishedAtIsLocal: false, raw: null };
  return readPublishedAt(ownValue(message, 'date'));
}

function editedAt(message: JsonObject): string | null {
  return (parseDate(ownValue(message, 'edited_unixtime')) ?? parseDate(ownValue(message, 'edited')))?.iso ?? null;
}

function extraOf(message: JsonObject, chat: ChatContext, rawDate: string | null): Record<string, ExtraValue> {
  const extra: Record<string, ExtraValue> = {
    type: stringValue(message, 'type'),
    has_photo: ownValue(message, 'photo') !== undefined,
    chat_name: chat.name,
    chat_type: chat.type,
  };
  for (const key of ['action', 'forwarded_from', 'via_bot', 'media_type'] as const) {
    const value = ownValue(message, key);
    if (typeof value === 'string' || value === null) extra[key] = value;
  }
  const edited = editedAt(message);
  if (edited !== null) extra.edited = edited;
  const links = entityLinks(message);
  if (links.length > 0) extra.links = links.join(' ');
  if (rawDate !== null) extra.published_at_raw = rawDate;
  return extra;
}

/** One element of a `messages` array, parsed, as a document. */
/** Telegram names the forwarded account by its display name; the hidden-sender case names no one. */
function forwardedFromOf(message: JsonObject): string | null {
  const from = ownValue(message, 'forwarded_from');
  return typeof from === 'string' && from.trim() !== '' ? from.trim() : null;
}

export function messageDraft(value: unknown, chat: ChatContext): MessageResult {
  if (!isJsonObject(value)) {
    return {
      ok: false,
      reason: `the element is a JSON ${Array.isArray(value) ? 'array' : typeof value}, not a message`,
    };
  }
  const itemId = idText(ownValue(value, 'id'));
  if (itemId === null) return { ok: false, reason: 'the message has no integer id' };
  const published = publishedAtOf(value);
  return {
    ok: true,
    itemId,
    draft: {
      externalId: itemId,
      platform: 'telegram',
      // A public chat's username is not in the export, so no t.me link can be built.
      url: null,
      author: authorOf(value),
      publishedAt: published.publishedAt,
      publishedAtIsLocal: published.publishedAtIsLocal,
      language: null,
      title: null,
      body: messageBody(value),
      threadKey: chat.threadKey,
      parentExternalId: idText(ownValue(value, 'reply_to_message_id')),
      forwardedFrom: forwardedFromOf(value),
      imageHashes: [],
      extra: extraOf(value, chat, published.raw),
    },
  };
}
