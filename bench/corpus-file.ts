import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../scripts/generate-corpus.js';

export const BENCH_OUT = new URL('../../bench/out/', import.meta.url);

/** The benchmark corpus (seed 42), generated once and reused: generation is not what is measured. */
export async function corpusFile(count: number): Promise<string> {
  const dir = BENCH_OUT.pathname;
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `corpus-${count}.jsonl`);
  if (existsSync(path)) return path;
  const lines = function* (): Generator<string> {
    for (const record of generateCorpus({ seed: 42, count })) yield `${JSON.stringify(record)}\n`;
  };
  await writeAtomically(path, lines());
  return path;
}

/** Streams lines to `path.partial` in 1 MB writes, then renames: a killed run never leaves a half file behind. */
export async function writeAtomically(path: string, lines: Iterable<string>): Promise<void> {
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  let chunk = '';
  for (const line of lines) {
    chunk += line;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  renameSync(partial, path);
}
