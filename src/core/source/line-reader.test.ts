import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type LineEvent, readLines } from './line-reader.js';
import type { FilePosition } from './position.js';

const dir = mkdtempSync(join(tmpdir(), 'qyran-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tempFile(content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(dir, 'case-')), 'f.txt');
  writeFileSync(path, content);
  return path;
}

const START: FilePosition = { offset: 0, line: 1 };

async function collect(path: string, from = START, max = 1024): Promise<LineEvent[]> {
  const events: LineEvent[] = [];
  for await (const event of readLines(path, from, max)) events.push(event);
  return events;
}

const text = (event: LineEvent | undefined): string | null =>
  event?.kind === 'line' ? new TextDecoder().decode(event.bytes) : null;

describe('readLines', () => {
  it('yields lines without endings, with offsets pointing at them', async () => {
    const path = tempFile('первый\r\n\nlast');
    const events = await collect(path);
    expect(events.map(text)).toEqual(['первый', '', 'last']);
    expect(events.map((event) => [event.line, event.offset])).toEqual([
      [1, 0],
      [2, 14],
      [3, 15],
    ]);
    const file = readFileSync(path);
    for (const event of events) {
      if (event.kind === 'line')
        expect(file.subarray(event.offset, event.offset + event.bytes.length)).toEqual(Buffer.from(event.bytes));
    }
    expect(events.at(-1)?.next).toEqual({ offset: file.length, line: 4 });
  });

  it('resumes from a position', async () => {
    const path = tempFile('a\nbb\nccc\n');
    const [, second] = await collect(path);
    const rest = await collect(path, second?.next);
    expect(rest.map(text)).toEqual(['ccc']);
    expect(rest[0]?.line).toBe(3);
  });

  it('reports an over-long line without buffering it, then goes on', async () => {
    const path = tempFile(`ok\n${'x'.repeat(5000)}\nafter`);
    const events = await collect(path, START, 100);
    expect(events.map((event) => event.kind)).toEqual(['line', 'too-long', 'line']);
    expect(events[1]).toMatchObject({ line: 2, offset: 3, next: { offset: 5004, line: 3 } });
    expect(text(events[2])).toBe('after');
  });

  it('handles lines that span many chunks', async () => {
    const long = 'ж'.repeat(100_000);
    const events = await collect(tempFile(`${long}\nz`), START, 1 << 20);
    expect(events.map(text)).toEqual([long, 'z']);
  });
});
