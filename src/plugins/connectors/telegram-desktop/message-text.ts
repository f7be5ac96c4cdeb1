import { isJsonObject, type JsonObject, ownValue, stringValue } from '../../../core/source/json-value.js';

/** `text` is a string, or an array of strings and entity objects `{type, text, href?}`. */
function partsOf(value: unknown): readonly unknown[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value : [];
}

function nonEmpty(text: string | null): string | null {
  return text === '' ? null : text;
}

function partText(part: unknown): string {
  if (typeof part === 'string') return part;
  return isJsonObject(part) ? (stringValue(part, 'text') ?? '') : '';
}

export function flattenText(value: unknown): string {
  return partsOf(value).map(partText).join('');
}

/** URLs the message links to: `link` entities carry the URL as text, `text_link` ones in `href`. */
export function entityLinks(message: JsonObject): string[] {
  const entities = ownValue(message, 'text_entities') ?? ownValue(message, 'text');
  const links: string[] = [];
  for (const part of partsOf(entities)) {
    if (!isJsonObject(part)) continue;
    const type = stringValue(part, 'type');
    const url = type === 'link' ? stringValue(part, 'text') : type === 'text_link' ? stringValue(part, 'href') : null;
    if (url !== null && url !== '') links.push(url);
  }
  return links;
}

function pollText(poll: unknown): string | null {
  if (!isJsonObject(poll)) return null;
  const answers = ownValue(poll, 'answers');
  const lines = [stringValue(poll, 'question'), ...partsOf(answers).map(partText)];
  return nonEmpty(lines.filter((line) => line !== null && line !== '').join('\n'));
}

function contactText(contact: unknown): string | null {
  if (!isJsonObject(contact)) return null;
  const fields = ['first_name', 'last_name', 'phone_number'].map((key) => stringValue(contact, key) ?? '');
  return nonEmpty(fields.filter((field) => field !== '').join(' '));
}

/** A sent document's name; media files (stickers, voice, video) and `(File not included…)` placeholders say nothing. */
function documentName(message: JsonObject): string | null {
  const named = nonEmpty(stringValue(message, 'file_name'));
  if (named !== null) return named;
  const file = stringValue(message, 'file');
  if (file === null || file.startsWith('(') || ownValue(message, 'media_type') !== undefined) return null;
  return file.slice(file.lastIndexOf('/') + 1) || null;
}

function venueText(message: JsonObject): string | null {
  const parts = [stringValue(message, 'place_name'), stringValue(message, 'address')];
  return nonEmpty(parts.filter((part) => part !== null && part !== '').join(', '));
}

/**
 * The message text; a message without one falls back to what else it says (a poll, a sticker's emoji, a file
 * name, a shared contact, a venue), and is still a document with an empty body when there is nothing.
 */
export function messageBody(message: JsonObject): string {
  const text = flattenText(ownValue(message, 'text') ?? ownValue(message, 'text_entities'));
  if (text !== '') return text;
  return (
    pollText(ownValue(message, 'poll')) ??
    nonEmpty(stringValue(message, 'sticker_emoji')) ??
    documentName(message) ??
    contactText(ownValue(message, 'contact_information')) ??
    venueText(message) ??
    ''
  );
}
