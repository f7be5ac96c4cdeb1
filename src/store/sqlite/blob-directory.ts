import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { StoredBlob } from '../store.js';

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

  async putFile(source: string): Promise<StoredBlob> {
    mkdirSync(this.root, { recursive: true });
    const temporary = join(this.root, `.incoming-${randomUUID()}`);
    const hash = createHash('sha256');
    let byteLength = 0;
    const hashing = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        byteLength += chunk.byteLength;
        done(null, chunk);
      },
    });
    try {
      await pipeline(createReadStream(source), hashing, createWriteStream(temporary));
      const sha256 = hash.digest('hex');
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
