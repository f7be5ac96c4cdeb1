import type { SourceFrame } from '../plugin.js';
import type { FrameBatch } from './ingest-worker.js';

const INITIAL_BYTES = 1 << 20;

/** Collects frames into one `FrameBatch`: their bytes copied back to back, so a batch crosses threads as one buffer. */
export class FramePacker {
  private bytes = new Uint8Array(INITIAL_BYTES);
  private used = 0;
  private ends: number[] = [];
  private byteOffsets: number[] = [];
  private lines: number[] = [];
  private contexts: unknown[] = [];
  private bad: { line: number | null; reason: string }[] = [];

  /** Frames and bad records packed so far. */
  get count(): number {
    return this.ends.length + this.bad.length;
  }

  isEmpty(): boolean {
    return this.count === 0;
  }

  add(frame: Extract<SourceFrame, { kind: 'frame' }>): void {
    const needed = this.used + frame.bytes.byteLength;
    if (needed > this.bytes.byteLength) {
      const grown = new Uint8Array(Math.max(needed, 2 * this.bytes.byteLength));
      grown.set(this.bytes.subarray(0, this.used));
      this.bytes = grown;
    }
    this.bytes.set(frame.bytes, this.used);
    this.used = needed;
    this.ends.push(needed);
    this.byteOffsets.push(frame.byteOffset);
    this.lines.push(frame.line);
    this.contexts.push(frame.context);
  }

  addBad(frame: Extract<SourceFrame, { kind: 'bad' }>): void {
    this.bad.push({ line: frame.line, reason: frame.reason });
  }

  /** The packed batch; the packer starts empty again. */
  take(): FrameBatch {
    const batch: FrameBatch = {
      bytes: this.bytes.slice(0, this.used),
      ends: this.ends,
      byteOffsets: this.byteOffsets,
      lines: this.lines,
      contexts: this.contexts,
      bad: this.bad,
    };
    this.used = 0;
    this.ends = [];
    this.byteOffsets = [];
    this.lines = [];
    this.contexts = [];
    this.bad = [];
    return batch;
  }
}
