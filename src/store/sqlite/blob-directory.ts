import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoredBlob } from '../store.js';

const COPY_CHUNK_BYTES = 8 * 1024 * 1024;

/** A write may take less than it is given. */
async function writeAll(file: FileHandle, bytes: Uint8Array): Promise<void> {
  let written = 0;
  while (written < bytes.byteLength) {
    const { bytesWritten } = await file.write(bytes, written, bytes.byteLength - written);
    written += bytesWritten;
  }
}

/**
 * Copies `source` to the new file `target` in large chunks through one buffer, hashing exactly the bytes written.
 * A read stream piped through a hashing transform into a write stream (64 KB chunks) took 1.3-1.7 s of wall and
 * 1.6-1.9 s of CPU for the 416 MB bench corpus, 8 MB chunks 0.5-0.8 s (SHA-256 itself runs at ~1.5 GB/s here);
 * an ingest waits for it.
 */
async function copyHashing(source: string, target: string): Promise<{ sha256: string; byteLength: number }> {
  const hash = createHash('sha256');
  let byteLength = 0;
  const input = await open(source, 'r');
  const output = await open(target, 'wx').catch(async (error: unknown) => {
    await input.close();
    throw error;
  });
  try {
    const buffer = Buffer.allocUnsafe(COPY_CHUNK_BYTES);
    let read = await input.read(buffer, 0, buffer.byteLength, null);
    while (read.bytesRead > 0) {
      const chunk = buffer.subarray(0, read.bytesRead);
      hash.update(chunk);
      await writeAll(output, chunk);
      byteLength += read.bytesRead;
      read = await input.read(buffer, 0, buffer.byteLength, null);
    }
  } finally {
    await Promise.all([output.close(), input.close()]);
  }
  return { sha256: hash.digest('hex'), byteLength };
}

/**
 * Content-addressed evidence files: `<root>/<first two hex>/<sha256>`. A blob is written once, under a temporary
 * name renamed into place, so a reader never sees a partial blob and a crash leaves at most a stray temporary.
 */
export class BlobDirectory {
  readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  pathOf(sha256: string): string {
    return join(this.root, sha256.slice(0, 2), sha256);
  }

  has(sha256: string): boolean {
    return existsSync(this.pathOf(sha256));
  }

  /** Copies `source` in, under the hash of the bytes written. */
  async putFile(source: string): Promise<StoredBlob> {
    mkdirSync(this.root, { recursive: true });
    const temporary = join(this.root, `.incoming-${randomUUID()}`);
    try {
      const { sha256, byteLength } = await copyHashing(source, temporary);
      const path = this.pathOf(sha256);
      if (existsSync(path)) rmSync(temporary);
      else {
        mkdirSync(join(this.root, sha256.slice(0, 2)), { recursive: true });
        renameSync(temporary, path);
      }
      return { sha256, byteLength, path };
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
  }

  async read(sha256: string, offset: number, length: number): Promise<Uint8Array | null> {
    if (!this.has(sha256)) return null;
    const handle = await open(this.pathOf(sha256), 'r');
    try {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, offset);
      return bytesRead === length ? buffer : null;
    } finally {
      await handle.close();
    }
  }
}
