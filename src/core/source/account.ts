import type { AccountRef } from '../../model/document.js';
import { isJsonObject, type JsonObject, ownValue } from './json-value.js';

const HANDLE = /^@?[A-Za-z0-9_.]{3,64}$/;
const HANDLE_KEYS = ['handle', 'username', 'screen_name'] as const;
const NAME_KEYS = ['name', 'display_name', 'displayname'] as const;

/** Renders a number exactly as the source wrote it (see exact-number handling in the JSONL connector). */
export type NumberText = (value: number, key: string) => string;

/** A handle-shaped string, without `@` and lower-cased so the same account matches across sources; else null. */
export function handleFrom(text: string): string | null {
  const trimmed = text.trim();
  return HANDLE.test(trimmed) ? trimmed.replace(/^@/, '').toLowerCase() : null;
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
