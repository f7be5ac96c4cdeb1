import { UsageError } from '../../core/errors.js';
import type { EdgeBatch, EdgeSink } from '../core/graph-builder.js';
import { splitQuotedLine } from './csv-record.js';
import { looksLikeHeader } from './edge-list-header.js';
import { parseWeight } from './parse-weight.js';

export interface BadLine {
  /** 1-based line number in the input. */
  readonly line: number;
  readonly reason: string;
  /** The line as read, cut to 200 characters. */
  readonly text: string;
}

export interface EdgeListOptions {
  /** One ASCII character; ',' unless given (spreadsheets set to Russian locales write ';'). */
  readonly delimiter?: string;
  /** Whether the first line names the columns; by default it is guessed from its content. */
  readonly header?: 'auto' | 'present' | 'absent';
  readonly onBadLine?: (bad: BadLine) => void;
}

export interface EdgeListSummary {
  readonly lines: number;
  readonly edges: number;
  readonly badLines: number;
  /** The header's fields when the first line was taken as one. */
  readonly header: readonly string[] | null;
}

const NEWLINE = 0x0a;
const RETURN = 0x0d;
const QUOTE = 0x22;
const SPACE = 0x20;
const TAB = 0x09;
/** Longer than any sane edge line; past it the line is reported and skipped instead of buffered further. */
const MAX_LINE_BYTES = 1 << 20;
const SHOWN_CHARS = 200;
/** Plain lines handed to the sink at a time, so that it can look their names up together. */
const BATCH_EDGES = 256;

interface PendingBatch extends EdgeBatch {
  bytes: Uint8Array;
  count: number;
}

function delimiterByte(delimiter: string): number {
  const code = delimiter.charCodeAt(0);
  if (delimiter.length !== 1 || code >= 0x80 || code === QUOTE || code === NEWLINE || code === RETURN) {
    throw new UsageError(
      `the delimiter must be one ASCII character other than a quote, not ${JSON.stringify(delimiter)}`,
    );
  }
  return code;
}

function isBlank(byte: number): boolean {
  return byte === SPACE || byte === TAB;
}

function skipBlanks(buffer: Uint8Array, start: number, end: number): number {
  let at = start;
  while (at < end && isBlank(buffer[at] ?? 0)) at++;
  return at;
}

function trimEnd(buffer: Uint8Array, start: number, end: number): number {
  let at = end;
  while (at > start && isBlank(buffer[at - 1] ?? 0)) at--;
  return at;
}

function asBuffer(chunk: Uint8Array | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/**
 * Reads `source,target[,weight]` lines from a byte stream straight into `sink`. Each chunk is scanned once in
 * JavaScript for newlines, delimiters and quotes; the names of plain lines go to the sink as byte ranges of the
 * chunk, a batch at a time, so no string is made per line. Lines with quotes, the first line (maybe a header) and bad lines take the
 * slow path through a string. A header is optional and detected, CRLF and a UTF-8 byte-order mark are accepted;
 * a bad line is reported with its number and reason, and skipped. Weights must be positive numbers; a missing
 * or empty weight is 1.
 */
export async function readEdgeList(
  input: AsyncIterable<Uint8Array | string>,
  sink: EdgeSink,
  options: EdgeListOptions = {},
): Promise<EdgeListSummary> {
  const delimiterText = options.delimiter ?? ',';
  const delimiter = delimiterByte(delimiterText);
  const headerMode = options.header ?? 'auto';
  const onBadLine = options.onBadLine ?? (() => {});
  let lineNumber = 0;
  let edges = 0;
  let badLines = 0;
  let seenContent = false;
  let header: readonly string[] | null = null;

  // Plain lines collected for the sink; sent before any other edge so that names keep their order of appearance.
  const batch: PendingBatch = {
    bytes: new Uint8Array(0),
    count: 0,
    ranges: new Int32Array(4 * BATCH_EDGES),
    weights: new Float64Array(BATCH_EDGES),
  };
  const flush = (): void => {
    if (batch.count === 0) return;
    sink.addEdges(batch);
    edges += batch.count;
    batch.count = 0;
  };

  const report = (reason: string, text: string): void => {
    badLines++;
    onBadLine({ line: lineNumber, reason, text: text.slice(0, SHOWN_CHARS) });
  };

  const acceptFields = (text: string, fields: readonly string[]): void => {
    if (!seenContent) {
      seenContent = true;
      if (headerMode === 'present' || (headerMode === 'auto' && looksLikeHeader(fields))) {
        header = fields;
        return;
      }
    }
    const [source = '', target, weightText = ''] = fields;
    if (target === undefined) {
      report(`expected source${delimiterText}target[${delimiterText}weight], found one field`, text);
    } else if (fields.length > 3) {
      report(`expected at most 3 fields (source, target, weight), found ${fields.length}`, text);
    } else if (source.length === 0 || target.length === 0) {
      report(`empty ${source.length === 0 ? 'source' : 'target'} node name`, text);
    } else {
      const weight = weightText.length === 0 ? 1 : Number(weightText);
      if (weight > 0 && weight < Number.POSITIVE_INFINITY) {
        flush();
        sink.addEdge(source, target, weight);
        edges++;
      } else {
        report(`weight ${JSON.stringify(weightText)} is not a positive number`, text);
      }
    }
  };

  const slowLine = (buffer: Buffer, start: number, end: number): void => {
    const text = buffer.toString('utf8', start, end);
    if (text.trim().length === 0) return;
    const split = splitQuotedLine(text, delimiterText);
    if ('error' in split) report(split.error, text);
    else acceptFields(text, split);
  };

  /** One line, without its newline; `first` and `second` are the positions of its first two delimiters. */
  const line = (
    buffer: Buffer,
    lineStart: number,
    lineEnd: number,
    first: number,
    second: number,
    delimiters: number,
    quoted: boolean,
  ): void => {
    lineNumber++;
    let start = lineStart;
    const end = lineEnd > start && buffer[lineEnd - 1] === RETURN ? lineEnd - 1 : lineEnd;
    if (lineNumber === 1 && buffer[start] === 0xef && buffer[start + 1] === 0xbb && buffer[start + 2] === 0xbf) {
      start += 3;
    }
    if (quoted || !seenContent || delimiters === 0 || delimiters > 2) {
      slowLine(buffer, start, end);
      return;
    }
    const targetLimit = delimiters === 2 ? second : end;
    const sourceStart = skipBlanks(buffer, start, first);
    const sourceEnd = trimEnd(buffer, sourceStart, first);
    const targetStart = skipBlanks(buffer, first + 1, targetLimit);
    const targetEnd = trimEnd(buffer, targetStart, targetLimit);
    if (sourceStart === sourceEnd || targetStart === targetEnd) {
      slowLine(buffer, start, end);
      return;
    }
    let weight = 1;
    if (delimiters === 2) {
      const weightStart = skipBlanks(buffer, second + 1, end);
      const weightEnd = trimEnd(buffer, weightStart, end);
      if (weightEnd > weightStart) weight = parseWeight(buffer, weightStart, weightEnd);
      if (!(weight > 0 && weight < Number.POSITIVE_INFINITY)) {
        slowLine(buffer, start, end);
        return;
      }
    }
    if (batch.bytes !== buffer) {
      flush();
      batch.bytes = buffer;
    }
    const at = 4 * batch.count;
    batch.ranges[at] = sourceStart;
    batch.ranges[at + 1] = sourceEnd;
    batch.ranges[at + 2] = targetStart;
    batch.ranges[at + 3] = targetEnd;
    batch.weights[batch.count] = weight;
    batch.count++;
    if (batch.count === BATCH_EDGES) flush();
  };

  /** Every complete line of buffer[from..]; returns where the unfinished last line starts. */
  const scan = (buffer: Buffer, from: number): number => {
    let lineStart = from;
    let first = -1;
    let second = -1;
    let delimiters = 0;
    let quoted = false;
    const length = buffer.length;
    for (let at = from; at < length; at++) {
      const byte = buffer[at] ?? 0;
      if (byte === NEWLINE) {
        line(buffer, lineStart, at, first, second, delimiters, quoted);
        lineStart = at + 1;
        delimiters = 0;
        quoted = false;
      } else if (byte === delimiter) {
        if (delimiters === 0) first = at;
        else if (delimiters === 1) second = at;
        delimiters++;
      } else if (byte === QUOTE) {
        quoted = true;
      }
    }
    // The ranges point into this buffer: hand them over before it is let go.
    flush();
    return lineStart;
  };

  const tooLong = (): void => {
    lineNumber++;
    report(`line longer than ${MAX_LINE_BYTES} bytes`, '');
  };

  // The unfinished line at the end of the last chunk, and whether it already grew too long to keep.
  let carry: Buffer | null = null;
  let skipping = false;
  for await (const chunk of input) {
    const buffer = asBuffer(chunk);
    let from = 0;
    if (carry !== null || skipping) {
      const newline = buffer.indexOf(NEWLINE);
      if (newline === -1) {
        if (!skipping && carry !== null) carry = Buffer.concat([carry, buffer]);
        if (carry !== null && carry.length > MAX_LINE_BYTES) {
          carry = null;
          skipping = true;
        }
        continue;
      }
      if (skipping) tooLong();
      else if (carry !== null) scan(Buffer.concat([carry, buffer.subarray(0, newline + 1)]), 0);
      carry = null;
      skipping = false;
      from = newline + 1;
    }
    const rest = scan(buffer, from);
    if (rest < buffer.length) carry = buffer.subarray(rest);
  }
  if (skipping) tooLong();
  else if (carry !== null) scan(Buffer.concat([carry, Buffer.from([NEWLINE])]), 0);
  return { lines: lineNumber, edges, badLines, header };
}
