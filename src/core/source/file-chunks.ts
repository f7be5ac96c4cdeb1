import { createReadStream } from 'node:fs';

const CHUNK_BYTES = 64 * 1024;
const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * Streams a file from a byte offset; breaking out of the loop closes the file. Each chunk is a fresh buffer that
 * is never refilled, so readers may keep views into it until they copy a record out.
 */
export async function* readChunks(path: string, start: number): AsyncGenerator<Uint8Array> {
  const stream = createReadStream(path, { start, highWaterMark: CHUNK_BYTES });
  for await (const chunk of stream) {
    if (chunk instanceof Uint8Array) yield chunk;
  }
}

/** Length of a UTF-8 byte order mark at the start of `bytes` (0 or 3): it is encoding, not content. */
export function bomLength(bytes: Uint8Array): number {
  return UTF8_BOM.every((byte, i) => bytes[i] === byte) ? UTF8_BOM.length : 0;
}

/**
 * Copies pieces into one new array. Buffer.allocUnsafe carves small arrays out of a shared pool, several times
 * faster than `new Uint8Array` on the per-record path; every byte is overwritten, so nothing stale shows.
 */
export function concatBytes(parts: readonly Uint8Array[], totalLength: number): Uint8Array {
  const out = Buffer.allocUnsafe(totalLength);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
