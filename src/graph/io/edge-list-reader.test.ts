import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EdgeSink } from '../core/graph-builder.js';
import type { BadLine, EdgeListOptions } from './edge-list-reader.js';
import { readEdgeList } from './edge-list-reader.js';

type Edge = readonly [string, string, number];

/** Reads `text` split into chunks at the given byte positions, collecting edges and bad lines. */
async function read(text: string | Buffer, options: EdgeListOptions = {}, cuts: readonly number[] = []) {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const positions = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let from = 0;
  for (const cut of [...positions, bytes.length]) {
    if (cut > from) chunks.push(bytes.subarray(from, cut));
    from = Math.max(from, cut);
  }
  const edges: Edge[] = [];
  const bad: BadLine[] = [];
  const sink: EdgeSink = {
    addEdge: (source, target, weight) => edges.push([source, target, weight]),
    addEdges: ({ bytes, count, ranges, weights }) => {
      const text = (from: number, to: number) =>
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', from, to);
      for (let e = 0; e < count; e++) {
        const at = 4 * e;
        edges.push([
          text(ranges[at] ?? 0, ranges[at + 1] ?? 0),
          text(ranges[at + 2] ?? 0, ranges[at + 3] ?? 0),
          weights[e] ?? 0,
        ]);
      }
    },
  };
  const summary = await readEdgeList(
    (async function* () {
      yield* chunks;
    })(),
    sink,
    { ...options, onBadLine: (line) => bad.push(line) },
  );
  return { edges, bad, summary };
}

describe('readEdgeList', () => {
  it('reads source,target and source,target,weight lines; a missing weight is 1', async () => {
    const { edges, summary } = await read('a,b\nb,c,2.5\nc,d,\n');
    expect(edges).toEqual([
      ['a', 'b', 1],
      ['b', 'c', 2.5],
      ['c', 'd', 1],
    ]);
    expect(summary).toEqual({ lines: 3, edges: 3, badLines: 0, header: null });
  });

  it('detects a header by its words or by a third field that is not a number', async () => {
    expect((await read('source,target\na,b\n')).summary.header).toEqual(['source', 'target']);
    expect((await read('caller,callee,minutes\na,b,3\n')).edges).toEqual([['a', 'b', 3]]);
    expect((await read('Откуда,Куда\na,b\n')).summary.header).toEqual(['Откуда', 'Куда']);
    expect((await read('alice,bob\na,b\n')).edges.length).toBe(2);
  });

  it('follows an explicit header setting', async () => {
    expect((await read('alice,bob\na,b\n', { header: 'present' })).edges).toEqual([['a', 'b', 1]]);
    expect((await read('source,target\n', { header: 'absent' })).edges).toEqual([['source', 'target', 1]]);
  });

  it('takes quoted fields with delimiters, quotes and surrounding blanks, and trims plain fields', async () => {
    const { edges } = await read('"Shop, Almaty","say ""hi""",2\n  a , b \t\n');
    expect(edges).toEqual([
      ['Shop, Almaty', 'say "hi"', 2],
      ['a', 'b', 1],
    ]);
  });

  it('accepts CRLF, a byte-order mark, blank lines and a last line without a newline', async () => {
    const { edges, summary } = await read('\ufeffa,b\r\n\r\n   \nc,d');
    expect(edges).toEqual([
      ['a', 'b', 1],
      ['c', 'd', 1],
    ]);
    expect(summary.lines).toBe(4);
  });

  it('reports bad lines with their number and reason, and goes on', async () => {
    const { edges, bad, summary } = await read('a,b\nlonely\n,b\na,\na,b,0\na,b,x\na,b,1,2\n"a,b\nc,d\n');
    expect(edges).toEqual([
      ['a', 'b', 1],
      ['c', 'd', 1],
    ]);
    expect(bad.map((line) => line.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(bad.map((line) => line.reason)).toEqual([
      'expected source,target[,weight], found one field',
      'empty source node name',
      'empty target node name',
      'weight "0" is not a positive number',
      'weight "x" is not a positive number',
      'expected at most 3 fields (source, target, weight), found 4',
      'a quoted field is not closed (quoted fields cannot span lines)',
    ]);
    expect(bad[0]?.text).toBe('lonely');
    expect(summary.badLines).toBe(7);
  });

  it('reads other delimiters', async () => {
    expect((await read('a;b;2\n', { delimiter: ';' })).edges).toEqual([['a', 'b', 2]]);
    expect((await read('a\tb\n', { delimiter: '\t' })).edges).toEqual([['a', 'b', 1]]);
    await expect(read('a,b\n', { delimiter: '"' })).rejects.toThrow(expect.objectContaining({ code: 'USAGE' }));
  });

  it('gives the same result however the bytes are split into chunks', async () => {
    const text = Buffer.from(
      'source,target,weight\n+77071234567,@dealer_kz,2\r\n"Шоп, Алматы",бот🙂,1.5\nx,y\nbad\n',
      'utf8',
    );
    const whole = await read(text);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 12 }), async (cuts) => {
        expect(await read(text, {}, cuts)).toEqual(whole);
      }),
    );
    expect(whole.edges).toEqual([
      ['+77071234567', '@dealer_kz', 2],
      ['Шоп, Алматы', 'бот🙂', 1.5],
      ['x', 'y', 1],
    ]);
  });

  it('reports a line too long to buffer once, and reads on after it', async () => {
    const long = `${'x'.repeat(3 << 20)},y\n`;
    const cuts = Array.from({ length: 12 }, (_, i) => 5 + i * 300_000);
    const { edges, bad } = await read(`a,b\n${long}c,d\n`, {}, cuts);
    expect(edges.map(([source]) => source.length)).toEqual([1, 1]);
    expect(edges).toEqual([
      ['a', 'b', 1],
      ['c', 'd', 1],
    ]);
    expect(bad).toEqual([{ line: 2, reason: 'line longer than 1048576 bytes', text: '' }]);
  });
});
