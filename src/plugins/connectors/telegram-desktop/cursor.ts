import { z } from 'zod';
import { UsageError } from '../../../core/errors.js';
import { decodeCursor, encodeCursor } from '../../../core/source/cursor.js';
import { isMessagesArray } from './export-paths.js';
import type { ArrayHeader, ScanSnapshot } from './frame-stack.js';

const TAG = 'telegram-desktop';

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const cursorSchema = z.object({
  /** null: the start of the file (a cursor from before the first message). */
  at: z
    .object({
      offset: z.number().int().nonnegative(),
      line: z.number().int().positive(),
      path: z.array(z.union([z.string(), z.number().int().nonnegative(), z.null()])),
      header: z.record(z.string(), scalar),
    })
    .nullable(),
});

const headerJson = new WeakMap<ArrayHeader, string>();

/**
 * Writes what `encodeCursor(TAG, { at })` would, but serialises each chat header once instead of once per
 * message: with a million messages that was a tenth of the read time.
 */
export function encodeTelegramCursor(at: ScanSnapshot | null): string {
  if (at === null) return encodeCursor(TAG, { at });
  let header = headerJson.get(at.header);
  if (header === undefined) {
    header = JSON.stringify(at.header);
    headerJson.set(at.header, header);
  }
  const path = JSON.stringify(at.path);
  return `${TAG}:{"at":{"offset":${at.offset},"line":${at.line},"path":${path},"header":${header}}}`;
}

/** The scanner state to resume from; it must point inside a messages array, as every cursor we give out does. */
export function decodeTelegramCursor(cursor: string): ScanSnapshot | null {
  const { at } = decodeCursor(TAG, cursor, cursorSchema);
  if (at === null) return null;
  const index = at.path.at(-1);
  if (typeof index !== 'number' || !isMessagesArray(at.path.slice(0, -1))) {
    throw new UsageError(`cursor ${JSON.stringify(cursor)} does not point into a messages array`);
  }
  return at;
}
