import { concatBytes, readChunks } from './file-chunks.js';
import type { FilePosition } from './position.js';

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export type LineEvent =
  | {
      readonly kind: 'line';
      /** The line's bytes without its line ending (`\n` or `\r\n`). */
      readonly bytes: Uint8Array;
      readonly line: number;
      readonly offset: number;
      /** Where the following line starts. */
      readonly next: FilePosition;
    }
  | { readonly kind: 'too-long'; readonly line: number; readonly offset: number; readonly next: FilePosition };

function withoutCarriageReturn(bytes: Uint8Array): Uint8Array {
  return bytes.at(-1) === CARRIAGE_RETURN ? bytes.subarray(0, -1) : bytes;
}

/**
 * Streams the lines of a file from a position, holding at most one line in memory. A line longer than
 * `maxLineBytes` is reported as `too-long` (with its position) instead of being buffered.
 */
export async function* readLines(path: string, from: FilePosition, maxLineBytes: number): AsyncGenerator<LineEvent> {
  let parts: Uint8Array[] = [];
  let partsLength = 0;
  let tooLong = false;
  let lineStart = from.offset;
  let line = from.line;
  let base = from.offset;

  const finish = (next: FilePosition): LineEvent => {
    const offset = lineStart;
    const event: LineEvent = tooLong
      ? { kind: 'too-long', line, offset, next }
      : { kind: 'line', bytes: withoutCarriageReturn(concatBytes(parts, partsLength)), line, offset, next };
    parts = [];
    partsLength = 0;
    tooLong = false;
    lineStart = next.offset;
    line = next.line;
    return event;
  };
  const keep = (piece: Uint8Array): void => {
    if (tooLong) return;
    if (partsLength + piece.length > maxLineBytes) {
      tooLong = true;
      parts = [];
      partsLength = 0;
      return;
    }
    parts.push(piece);
    partsLength += piece.length;
  };

  for await (const chunk of readChunks(path, from.offset)) {
    let pos = 0;
    for (;;) {
      const newline = chunk.indexOf(NEWLINE, pos);
      if (newline === -1) {
        keep(chunk.subarray(pos));
        break;
      }
      keep(chunk.subarray(pos, newline));
      yield finish({ offset: base + newline + 1, line: line + 1 });
      pos = newline + 1;
    }
    base += chunk.length;
  }
  if (tooLong || partsLength > 0) yield finish({ offset: base, line: line + 1 });
}
