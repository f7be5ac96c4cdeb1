import { describe, expect, it } from 'vitest';
import { numberedGraph, pathGraph } from '../test-support/small-graphs.js';
import { neighbourhood } from './neighbourhood.js';

describe('neighbourhood', () => {
  it('lists nodes nearest first, up to maxHops', () => {
    const result = neighbourhood(pathGraph(6).csr, [2], { maxHops: 2 });
    expect(Array.from(result.nodes)).toEqual([2, 1, 3, 0, 4]);
    expect(Array.from(result.hops)).toEqual([0, 1, 1, 2, 2]);
    expect(result.truncated).toBe(false);
  });

  it('starts from several nodes at once, each at distance 0', () => {
    const result = neighbourhood(pathGraph(7).csr, [0, 6], { maxHops: 1 });
    expect(Array.from(result.nodes)).toEqual([0, 6, 1, 5]);
  });

  it('stops at maxNodes and says so', () => {
    const star = numberedGraph(
      10,
      Array.from({ length: 9 }, (_, i): [number, number] => [0, i + 1]),
    ).csr;
    const result = neighbourhood(star, [0], { maxHops: 3, maxNodes: 4 });
    expect(result.nodes.length).toBe(4);
    expect(result.truncated).toBe(true);
  });

  it('does not enter or pass through nodes or edges the filters refuse', () => {
    const graph = numberedGraph(5, [
      [0, 1, 1],
      [1, 2, 1],
      [0, 3, 0.1],
      [3, 4, 1],
    ]).csr;
    const byNode = neighbourhood(graph, [0], { maxHops: 5, acceptNode: (node) => node !== 1 });
    expect(Array.from(byNode.nodes)).toEqual([0, 3, 4]);
    const byEdge = neighbourhood(graph, [0], { maxHops: 5, acceptEdge: (_from, _to, weight) => weight >= 0.5 });
    expect(Array.from(byEdge.nodes)).toEqual([0, 1, 2]);
  });

  it('rejects a negative hop count by name', () => {
    expect(() => neighbourhood(pathGraph(3).csr, [0], { maxHops: -1 })).toThrow(
      expect.objectContaining({ name: 'UsageError' }),
    );
  });
});
