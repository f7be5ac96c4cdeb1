import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeId } from '../core/node-lookup.js';
import { adjacency, bfsDistances, randomGraph } from '../test-support/random-graph.js';
import { numberedGraph, pathGraph, twoCliques } from '../test-support/small-graphs.js';
import { shortestPath } from './shortest-path.js';

describe('shortestPath', () => {
  it('walks a path graph end to end with the weight of every hop', () => {
    const graph = numberedGraph(4, [
      [0, 1, 2],
      [1, 2, 3],
      [2, 3, 4],
    ]).csr;
    const path = shortestPath(graph, 0, 3);
    expect(Array.from(path?.nodes ?? [])).toEqual([0, 1, 2, 3]);
    expect(Array.from(path?.weights ?? [])).toEqual([2, 3, 4]);
  });

  it('crosses the bridge between two cliques', () => {
    const named = twoCliques(5);
    const path = shortestPath(named.csr, nodeId(named, '3'), nodeId(named, '8'));
    expect(Array.from(path?.nodes ?? [])).toEqual([3, 0, 5, 8]);
  });

  it('is a single node from a node to itself, and null between disconnected parts or past maxHops', () => {
    const graph = numberedGraph(4, [
      [0, 1],
      [2, 3],
    ]).csr;
    expect(Array.from(shortestPath(graph, 1, 1)?.nodes ?? [])).toEqual([1]);
    expect(shortestPath(graph, 0, 3)).toBeNull();
    expect(shortestPath(pathGraph(6).csr, 0, 5, { maxHops: 4 })).toBeNull();
    expect(shortestPath(pathGraph(6).csr, 0, 5, { maxHops: 5 })?.nodes.length).toBe(6);
  });

  it('goes around nodes the filter refuses, but always allows its ends', () => {
    // 0-1-3 is short, 0-2-4-3 is the way round.
    const graph = numberedGraph(5, [
      [0, 1],
      [1, 3],
      [0, 2],
      [2, 4],
      [4, 3],
    ]).csr;
    const path = shortestPath(graph, 0, 3, { acceptNode: (node) => node !== 1 && node !== 0 && node !== 3 });
    expect(Array.from(path?.nodes ?? [])).toEqual([0, 2, 4, 3]);
  });

  it('has the length of plain breadth-first search, along real edges, on random graphs', () => {
    fc.assert(
      fc.property(randomGraph(25, 40), fc.nat(), fc.nat(), (random, a, b) => {
        const from = a % random.nodeCount;
        const to = b % random.nodeCount;
        const neighbours = adjacency(random);
        const expected = bfsDistances(neighbours, from)[to] ?? -1;
        const path = shortestPath(numberedGraph(random.nodeCount, random.edges).csr, from, to);
        if (expected === -1) {
          expect(path).toBeNull();
          return;
        }
        expect(path?.nodes.length).toBe(expected + 1);
        expect(path?.nodes[0]).toBe(from);
        expect(path?.nodes.at(-1)).toBe(to);
        const nodes = Array.from(path?.nodes ?? []);
        for (let i = 0; i + 1 < nodes.length; i++) expect(neighbours[nodes[i] ?? 0]?.has(nodes[i + 1] ?? 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses node ids outside the graph', () => {
    expect(() => shortestPath(pathGraph(3).csr, 0, 7)).toThrow(RangeError);
  });
});
