import { describe, expect, it } from 'vitest';
import { KARATE_EDGES, numberedGraph } from '../test-support/small-graphs.js';
import { modularity } from './modularity.js';

describe('modularity', () => {
  it("matches igraph on the karate club's split into Mr Hi's and the officer's factions", () => {
    const hi = new Set([0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 16, 17, 19, 21]);
    const membership = Int32Array.from({ length: 34 }, (_, node) => (hi.has(node) ? 0 : 1));
    expect(modularity(numberedGraph(34, KARATE_EDGES).csr, membership)).toBeCloseTo(0.3582347140039448, 12);
  });

  it('counts a self-loop as an inner edge and twice in its strength, as igraph does', () => {
    const graph = numberedGraph(6, [
      [0, 1],
      [1, 2],
      [2, 0],
      [2, 3],
      [3, 3],
      [3, 4],
      [4, 5],
      [5, 3],
    ]).csr;
    const membership = Int32Array.of(0, 0, 0, 1, 1, 1);
    expect(modularity(graph, membership)).toBeCloseTo(0.3671875, 12);
    expect(modularity(graph, membership, 0.5)).toBeCloseTo(0.875 - 0.5 * (130 / 256), 12);
  });

  it('uses the weights', () => {
    const graph = numberedGraph(4, [
      [0, 1, 3],
      [1, 2, 1],
      [2, 3, 2],
    ]).csr;
    expect(modularity(graph, Int32Array.of(0, 0, 1, 1))).toBeCloseTo(0.31944444444444453, 12);
  });

  it('is 0 for a graph without edges', () => {
    expect(modularity(numberedGraph(3, []).csr, Int32Array.of(0, 1, 2))).toBe(0);
  });
});
