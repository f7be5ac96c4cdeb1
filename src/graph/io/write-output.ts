import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { errorMessage, UsageError } from '../../core/errors.js';

/** Writes chunks to a file, or to stdout for '-', waiting whenever the stream asks to. */
export async function writeOutput(path: string, chunks: Iterable<string>): Promise<void> {
  const out = path === '-' ? process.stdout : createWriteStream(path);
  const failed = new Promise<never>((_, reject) =>
    out.once('error', (error) => reject(new UsageError(`cannot write ${path}: ${errorMessage(error)}`))),
  );
  // A failed open or write would otherwise leave `drain` pending forever.
  failed.catch(() => {});
  for (const chunk of chunks) {
    if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
  }
  if (out !== process.stdout) {
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
  }
}
