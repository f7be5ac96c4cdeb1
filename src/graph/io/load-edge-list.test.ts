import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEdgeList } from './load-edge-list.js';
import { writeOutput } from './write-output.js';

const dir = mkdtempSync(join(tmpdir(), 'qyran-graph-'));

describe('loadEdgeList', () => {
  it('reads a file into a graph, passing bad lines on', async () => {
    const path = join(dir, 'edges.csv');
    writeFileSync(path, 'source,target\na,b\nbroken\nb,c\n');
    const bad: number[] = [];
    const { graph, summary } = await loadEdgeList(path, { onBadLine: (line) => bad.push(line.line) });
    expect(graph.csr.nodeCount).toBe(3);
    expect(summary.edges).toBe(2);
    expect(bad).toEqual([3]);
  });

  it('says what to do when the file is missing or no line could be read', async () => {
    await expect(loadEdgeList(join(dir, 'missing.csv'))).rejects.toThrow(
      expect.objectContaining({ name: 'UsageError', code: 'USAGE' }),
    );
    const path = join(dir, 'semicolons.csv');
    writeFileSync(path, 'a;b\nb;c\n');
    await expect(loadEdgeList(path)).rejects.toThrow(
      expect.objectContaining({ hint: expect.stringContaining('--delimiter') }),
    );
  });
});

describe('writeOutput', () => {
  it('writes the chunks to a file', async () => {
    const path = join(dir, 'out.csv');
    await writeOutput(path, ['node,value\n', 'a,1\n']);
    expect(readFileSync(path, 'utf8')).toBe('node,value\na,1\n');
  });

  it('turns a failed open into a usage error naming the file', async () => {
    await expect(writeOutput(join(dir, 'no', 'such', 'dir.csv'), ['x'])).rejects.toThrow(
      expect.objectContaining({ code: 'USAGE', message: expect.stringContaining('cannot write') }),
    );
  });
});
