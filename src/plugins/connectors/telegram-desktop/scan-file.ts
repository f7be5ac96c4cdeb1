import { readChunks } from '../../../core/source/file-chunks.js';
import type { ScanSnapshot } from './frame-stack.js';
import { JsonArrayScanner, type ScanEvent, type ScannerOptions } from './json-array-scanner.js';

/** Streams the scanner's events over a file, from an offset or a snapshot; stops at the first error. */
export async function* scanFile(
  path: string,
  options: ScannerOptions,
  from: ScanSnapshot | number,
): AsyncGenerator<ScanEvent> {
  const scanner = new JsonArrayScanner(options, from);
  for await (const chunk of readChunks(path, typeof from === 'number' ? from : from.offset)) {
    const events = scanner.push(chunk);
    yield* events;
    if (events.some((event) => event.kind === 'error')) return;
  }
  yield* scanner.end();
}
