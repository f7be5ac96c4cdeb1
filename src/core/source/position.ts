import { z } from 'zod';
import { bomLength } from './file-chunks.js';

/** Where reading resumes in a line- or record-oriented file: the byte offset and the 1-based line found there. */
export interface FilePosition {
  readonly offset: number;
  readonly line: number;
}

/** Where content starts: after a UTF-8 byte order mark, which is encoding and belongs to no record. */
export function contentStart(head: Uint8Array): FilePosition {
  return { offset: bomLength(head), line: 1 };
}

export const filePositionSchema = z.object({
  offset: z.number().int().nonnegative(),
  line: z.number().int().positive(),
});
