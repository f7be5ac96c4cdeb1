import type { z } from 'zod';
import { UsageError } from '../errors.js';

/**
 * Cursors are `<connector id>:<JSON>`: readable in a checkpoint table, and a cursor handed to the wrong connector
 * is refused instead of being misread.
 */
export function encodeCursor(tag: string, payload: unknown): string {
  return `${tag}:${JSON.stringify(payload)}`;
}

export function decodeCursor<S extends z.ZodType>(tag: string, cursor: string, schema: S): z.output<S> {
  const prefix = `${tag}:`;
  if (!cursor.startsWith(prefix)) throw new UsageError(`cursor ${JSON.stringify(cursor)} is not a ${tag} cursor`);
  let payload: unknown;
  try {
    payload = JSON.parse(cursor.slice(prefix.length));
  } catch {
    throw new UsageError(`cursor ${JSON.stringify(cursor)} is not valid JSON`);
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw new UsageError(`cursor ${JSON.stringify(cursor)} is malformed: ${parsed.error.message}`);
  return parsed.data;
}
