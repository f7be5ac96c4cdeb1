import { basename } from 'node:path';
import type { IngestProgress } from '../core/pipeline/ingest.js';

/** A one-line progress display on a terminal; silent when stderr is a file or a pipe. */
export function createProgressLine(stream: NodeJS.WriteStream): {
  update: (p: IngestProgress) => void;
  done: () => void;
} {
  if (!stream.isTTY) return { update: () => {}, done: () => {} };
  const started = performance.now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update: (p) => {
      const now = performance.now();
      if (now - lastDraw < 200) return;
      lastDraw = now;
      const rate = p.records / Math.max((now - started) / 1000, 0.001);
      const share = p.bytesTotal > 0 ? Math.min(1, p.bytesRead / p.bytesTotal) : 0;
      const width = 24;
      const filled = Math.round(share * width);
      const bar = `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
      stream.write(
        `\r[${bar}] ${(share * 100).toFixed(0).padStart(3)}% ${p.records.toLocaleString('en')} records, ${Math.round(rate).toLocaleString('en')}/s  ${basename(p.source)}\u001b[K`,
      );
      drawn = true;
    },
    done: () => {
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}
