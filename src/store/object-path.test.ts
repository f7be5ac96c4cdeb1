import { describe, expect, it } from 'vitest';
import { findObjectPath, type ObjectLinkReader, type ObjectStep } from './object-path.js';

/** The links of a graph given as pairs, read the way a store reads them. */
function graphReader(pairs: readonly (readonly [string, string])[]): ObjectLinkReader & { reads: number } {
  const reader = {
    reads: 0,
    neighbours: (objects: readonly string[]): readonly ObjectStep[] => {
      reader.reads++;
      const wanted = new Set(objects);
      const steps: ObjectStep[] = [];
      for (const [a, b] of pairs) {
        if (wanted.has(a)) steps.push({ from: a, to: b });
        if (wanted.has(b)) steps.push({ from: b, to: a });
      }
      return steps;
    },
    firstStepInto: (objects: readonly string[], targets: readonly string[]): ObjectStep | null => {
      const from = new Set(objects);
      const into = new Set(targets);
      for (const [a, b] of pairs) {
        if (from.has(a) && into.has(b)) return { from: a, to: b };
        if (from.has(b) && into.has(a)) return { from: b, to: a };
      }
      return null;
    },
    linksBetween: (a: string, b: string) =>
      pairs.some(([x, y]) => (x === a && y === b) || (x === b && y === a))
        ? [{ type: 'shares', method: 'test', strength: 1, evidenceDocumentIds: [] }]
        : [],
  };
  return reader;
}

function bfsDistance(pairs: readonly (readonly [string, string])[], from: string, to: string): number | null {
  const seen = new Map([[from, 0]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const at = queue[head] ?? '';
    for (const [a, b] of pairs) {
      const next = a === at ? b : b === at ? a : null;
      if (next === null || seen.has(next)) continue;
      seen.set(next, (seen.get(at) ?? 0) + 1);
      queue.push(next);
    }
  }
  return seen.get(to) ?? null;
}

function randomGraph(seed: number, nodes: number, edges: number): [string, string][] {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % nodes;
  };
  const pairs: [string, string][] = [];
  for (let i = 0; i < edges; i++) pairs.push([`o${next()}`, `o${next()}`]);
  return pairs;
}

describe('findObjectPath', () => {
  it('returns the hops of a chain in order, each with its links', () => {
    const reader = graphReader([
      ['a', 'b'],
      ['c', 'b'],
      ['c', 'd'],
    ]);
    const path = findObjectPath(reader, 'a', 'd', 8);
    expect(path?.map((h) => [h.from, h.to])).toEqual([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
    ]);
    expect(path?.every((h) => h.links.length === 1)).toBe(true);
    expect(findObjectPath(reader, 'd', 'a', 8)?.map((h) => h.from)).toEqual(['d', 'c', 'b']);
  });

  it('finds nothing past maxHops, and nothing between unlinked objects', () => {
    const reader = graphReader([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['x', 'y'],
    ]);
    expect(findObjectPath(reader, 'a', 'd', 2)).toBeNull();
    expect(findObjectPath(reader, 'a', 'd', 3)).toHaveLength(3);
    expect(findObjectPath(reader, 'a', 'y', 8)).toBeNull();
    expect(findObjectPath(reader, 'a', 'a', 8)).toEqual([]);
  });

  it('finds a shortest path, a connected chain, on random graphs', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const pairs = randomGraph(seed, 60, 70);
      const reader = graphReader(pairs);
      for (const [from, to] of [
        ['o1', 'o2'],
        ['o3', 'o40'],
        ['o7', 'o59'],
      ] as const) {
        const expected = bfsDistance(pairs, from, to);
        const path = findObjectPath(reader, from, to, 12);
        if (expected === null || expected > 12) {
          expect(path).toBeNull();
          continue;
        }
        expect(path).toHaveLength(expected);
        expect(path?.[0]?.from).toBe(from);
        expect(path?.at(-1)?.to).toBe(to);
        path?.forEach((hop, i) => {
          expect(hop.links.length).toBeGreaterThan(0);
          if (i > 0) expect(hop.from).toBe(path[i - 1]?.to);
        });
      }
    }
  });
});
