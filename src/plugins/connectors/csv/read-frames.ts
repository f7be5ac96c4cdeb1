import { readChunks } from '../../../core/source/file-chunks.js';
import type { FilePosition } from '../../../core/source/position.js';
import { type CsvFrame, CsvRecordFramer } from './record-framer.js';

export const MAX_RECORD_BYTES = 16 * 1024 * 1024;

/** Streams the framed records of a CSV file from a position. */
export async function* readFrames(path: string, delimiter: string, from: FilePosition): AsyncGenerator<CsvFrame> {
  const framer = new CsvRecordFramer(delimiter, from, MAX_RECORD_BYTES);
  for await (const chunk of readChunks(path, from.offset)) yield* framer.push(chunk);
  const last = framer.end();
  if (last !== null) yield last;
}
