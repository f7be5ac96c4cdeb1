import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bomLength, concatBytes, readChunks } from './file-chunks.js';
import { contentStart } from './position.js';

describe('file chunks', () => {
  it('reads a file from an offset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qyran-chunks-'));
    const path = join(dir, 'f.bin');
    writeFileSync(path, 'abcdef');
    const chunks: Uint8Array[] = [];
    for await (const chunk of readChunks(path, 2)) chunks.push(chunk);
    expect(Buffer.concat(chunks).toString()).toBe('cdef');
    rmSync(dir, { recursive: true, force: true });
  });

  it('measures a UTF-8 byte order mark', () => {
    expect(bomLength(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41))).toBe(3);
    expect(bomLength(Uint8Array.of(0xef, 0xbb))).toBe(0);
    expect(bomLength(new TextEncoder().encode('id'))).toBe(0);
    expect(contentStart(new TextEncoder().encode('\uFEFFid'))).toEqual({ offset: 3, line: 1 });
  });

  it('concatenates into a copy', () => {
    const a = Uint8Array.of(1, 2);
    const joined = concatBytes([a, Uint8Array.of(3)], 3);
    a[0] = 9;
    expect([...joined]).toEqual([1, 2, 3]);
  });
});
