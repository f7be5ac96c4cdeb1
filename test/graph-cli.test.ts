import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/cli.js';

const dir = tempDir('graph');
const edges = join(dir, 'calls.csv');
writeFileSync(
  edges,
  [
    'caller,callee,calls',
    '+77071110001,+77071110002,3',
    '+77071110002,+77071110003,1',
    '+77071110003,+77071110001,2',
    '+77071110003,@courier_bot,1',
    'not a line',
    '@courier_bot,"Shop, Almaty",4',
    '',
  ].join('\n'),
);

describe('qyran graph', () => {
  it('writes node,value rows for communities, reports bad lines with their number, and exits 1', () => {
    const result = runCli(['graph', 'communities', '--edges', edges, '--out', '-']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${edges}:6: expected source,target[,weight], found one field`);
    const rows = result.stdout.trim().split('\n');
    expect(rows[0]).toBe('node,value');
    expect(rows).toContain('"Shop, Almaty",1');
    expect(rows.length).toBe(6);
  });

  it('writes PageRank to a file, summing to 1', () => {
    const out = join(dir, 'ranks.csv');
    const result = runCli(['graph', 'pagerank', '--edges', edges, '--out', out]);
    expect(result.status).toBe(1);
    const ranks = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((row) => Number(row.slice(row.lastIndexOf(',') + 1)));
    expect(ranks.reduce((sum, rank) => sum + rank, 0)).toBeCloseTo(1, 9);
  });

  it('exports GEXF with the measures asked for', () => {
    const result = runCli([
      'graph',
      'export',
      '--edges',
      edges,
      '--format',
      'gexf',
      '--with',
      'community,component',
      '--out',
      '-',
    ]);
    expect(result.stdout).toContain('<attribute id="1" title="component" type="integer"/>');
    expect(result.stdout).toContain('label="Shop, Almaty"');
  });

  it('finds a shortest path with the weight of every hop, and names an unknown node', () => {
    const result = runCli(['graph', 'path', '+77071110001', 'Shop, Almaty', '--edges', edges, '--json']);
    const path: unknown = JSON.parse(result.stdout);
    expect(path).toEqual({
      from: '+77071110001',
      to: 'Shop, Almaty',
      hops: [
        { from: '+77071110001', to: '+77071110003', weight: 2 },
        { from: '+77071110003', to: '@courier_bot', weight: 1 },
        { from: '@courier_bot', to: 'Shop, Almaty', weight: 4 },
      ],
    });
    const unknown = runCli(['graph', 'path', '+77071110001', 'nobody', '--edges', edges]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no node named "nobody"');
  });

  it('says the store graph needs linking when no edge list is given', () => {
    const result = runCli(['graph', 'components', '--out', '-']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('qyran link');
  });
});
