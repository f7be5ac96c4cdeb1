/** A parsed JSON object, as far as the type system can know it. */
export type JsonObject = { readonly [key: string]: unknown };

export type ExtraValue = string | number | boolean | null;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only: a record's `constructor` or `__proto__` key must not reach Object.prototype. */
export function ownValue(record: JsonObject, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function stringValue(record: JsonObject, key: string): string | null {
  const value = ownValue(record, key);
  return typeof value === 'string' ? value : null;
}

/** Flattens a value for `DocumentDraft.extra`, which holds scalars only. */
export function toExtraValue(value: unknown): ExtraValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return JSON.stringify(value) ?? null;
}
