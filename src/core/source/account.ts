import type { AccountRef } from '../../model/document.js';
import { isJsonObject, type JsonObject, ownValue } from './json-value.js';

const HANDLE_KEYS = ['handle', 'username', 'screen_name'] as const;
const NAME_KEYS = ['name', 'display_name', 'displayname'] as const;

/** Renders a number exactly as the source wrote it (see exact-number handling in the JSONL connector). */
export type NumberText = (value: number, key: string) => string;

/** Whether `text` matches /^@?[A-Za-z0-9_.]{3,64}$/, read as character codes (run on every record's author). */
function isHandle(text: string): boolean {
  const from = text.charCodeAt(0) === 0x40 ? 1 : 0;
  const length = text.length - from;
  if (length < 3 || length > 64) return false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
    if (!(letter || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2e)) return false;
  }
  return true;
}

/** A handle-shaped string, without `@` and lower-cased so the same account matches across sources; else null. */
export function handleFrom(text: string): string | null {
  const trimmed = text.trim();
  if (!isHandle(trimmed)) return null;
  return (trimmed.charCodeAt(0) === 0x40 ? trimmed.slice(1) : trimmed).toLowerCase();
}

function firstString(record: JsonObject, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = ownValue(record, key);
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return null;
}

function idText(value: unknown, numberText: NumberText): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return numberText(value, 'id');
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return null;
}

/** An author as JSONL and CSV sources give it: a bare string, or an object with id, handle and name. */
export function accountFromValue(value: unknown, platform: string, numberText: NumberText): AccountRef | null {
  if (typeof value === 'string') {
    const text = value.trim();
    return text === '' ? null : { platform, platformId: null, handle: handleFrom(text), displayName: text };
  }
  if (!isJsonObject(value)) return null;
  const platformId = idText(ownValue(value, 'id'), numberText);
  const handleText = firstString(value, HANDLE_KEYS);
  const handle = handleText === null ? null : handleFrom(handleText);
  const displayName = firstString(value, NAME_KEYS);
  if (platformId === null && handle === null && displayName === null) return null;
  return { platform, platformId, handle, displayName };
}
