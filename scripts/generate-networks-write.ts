import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedItem } from './generate-networks-types.js';

const CHUNK_BYTES = 1 << 20;

/** Appends lines to a file through one reused 1 MiB buffer (as writeCorpusFile does). */
export class LineWriter {
  private readonly fd: number;
  private readonly chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  write(line: string): void {
    // A UTF-16 code unit never takes more than 3 bytes in UTF-8.
    const worstCase = line.length * 3;
    if (this.used + worstCase > CHUNK_BYTES) this.flush();
    if (worstCase > CHUNK_BYTES) writeSync(this.fd, line);
    else this.used += this.chunk.write(line, this.used);
  }

  writeBytes(bytes: Uint8Array): void {
    if (this.used + bytes.length > CHUNK_BYTES) this.flush();
    if (bytes.length > CHUNK_BYTES) writeSync(this.fd, bytes);
    else {
      this.chunk.set(bytes, this.used);
      this.used += bytes.length;
    }
  }

  private flush(): void {
    writeSync(this.fd, this.chunk, 0, this.used);
    this.used = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

function monthOf(ms: number): number {
  const date = new Date(ms);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

const TAB = 9;
const NEWLINE = 10;

/**
 * Appends the `time<TAB>json` lines of one month in time order (stable), as bytes: decoding the month and encoding
 * it again cost as much as generating it.
 */
function appendSorted(month: Buffer, out: LineWriter): void {
  const times: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let pos = 0; pos < month.length; ) {
    const tab = month.indexOf(TAB, pos);
    const newline = month.indexOf(NEWLINE, tab);
    times.push(Number(month.toString('latin1', pos, tab)));
    starts.push(tab + 1);
    ends.push(newline + 1);
    pos = newline + 1;
  }
  const order = times.map((_, i) => i).sort((a, b) => (times[a] ?? 0) - (times[b] ?? 0));
  for (const i of order) out.writeBytes(month.subarray(starts[i], ends[i]));
}

export interface WriteCounts {
  readonly documents: number;
  readonly truth: number;
}

/**
 * Writes documents.jsonl in publication order and truth.jsonl. Posts are generated network by network, and a file
 * in that order would tell the linker which posts belong together; so they go to one temporary file per month,
 * and each month, small enough to hold, is sorted by time and appended. Memory stays at about one month of posts.
 */
export function writeNetworkFiles(items: Iterable<GeneratedItem>, dir: string): WriteCounts {
  mkdirSync(dir, { recursive: true });
  const scratch = mkdtempSync(join(dir, '.months-'));
  const months = new Map<number, LineWriter>();
  const truth = new LineWriter(join(dir, 'truth.jsonl'));
  let documents = 0;
  let truthLines = 0;
  try {
    for (const item of items) {
      if (item.kind === 'truth') {
        truth.write(`${JSON.stringify(item.record)}\n`);
        truthLines++;
        continue;
      }
      const month = monthOf(item.time);
      let writer = months.get(month);
      if (writer === undefined) {
        writer = new LineWriter(join(scratch, `${month}.jsonl`));
        months.set(month, writer);
      }
      writer.write(`${item.time}\t${JSON.stringify(item.record)}\n`);
      documents++;
    }
    truth.close();
    for (const writer of months.values()) writer.close();
    const out = new LineWriter(join(dir, 'documents.jsonl'));
    for (const month of [...months.keys()].sort((a, b) => a - b)) {
      appendSorted(readFileSync(join(scratch, `${month}.jsonl`)), out);
    }
    out.close();
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return { documents, truth: truthLines };
}
