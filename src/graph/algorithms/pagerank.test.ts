import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomGraph } from '../test-support/random-graph.js';
import { numberedGraph, pathGraph } from '../test-support/small-graphs.js';
import { pageRank } from './pagerank.js';

/** PageRank by dense power iteration, straight from the definition, for comparison. */
function denseReference(nodeCount: number, edges: readonly (readonly [number, number, number])[], damping = 0.85) {
  const weight = Array.from({ length: nodeCount }, () => new Array<number>(nodeCount).fill(0));
  for (const [a, b, w] of edges) {
    // A self-loop adds 2w to its node's row, as it adds 2w to its strength.
    (weight[a] ?? [])[b] = (weight[a]?.[b] ?? 0) + w;
    (weight[b] ?? [])[a] = (weight[b]?.[a] ?? 0) + w;
  }
  const strength = weight.map((row) => row.reduce((sum, w) => sum + w, 0));
  let rank = new Array<number>(nodeCount).fill(1 / nodeCount);
  for (let iteration = 0; iteration < 2000; iteration++) {
    const dangling = rank.reduce((sum, r, j) => sum + ((strength[j] ?? 0) === 0 ? r : 0), 0);
    rank = rank.map((_, i) => {
      let inflow = 0;
      for (let j = 0; j < nodeCount; j++) {
        const s = strength[j] ?? 0;
        if (s > 0) inflow += ((weight[j]?.[i] ?? 0) / s) * (rank[j] ?? 0);
      }
      return (1 - damping) / nodeCount + damping * (inflow + dangling / nodeCount);
    });
  }
  return rank;
}

describe('pageRank', () => {
  it('matches the hand-computed ranks of a three-node path', () => {
    // ends p, middle q: p = 0.05 + 0.425 q and q = 0.05 + 1.7 p, so p = 0.07125 / 0.2775 and q = 0.05 + 1.7 p.
    const { ranks, converged } = pageRank(pathGraph(3).csr);
    const p = 0.07125 / 0.2775;
    expect(converged).toBe(true);
    expect(ranks[0]).toBeCloseTo(p, 9);
    expect(ranks[1]).toBeCloseTo(0.05 + 1.7 * p, 9);
    expect(ranks[2]).toBeCloseTo(p, 9);
  });

  it('spreads the rank of a node without edges over all nodes', () => {
    // a-b plus isolated c: c gets the base b = (0.15 + 0.85 c) / 3 = c, so c = 0.05 / (1 - 0.85 / 3).
    const { ranks } = pageRank(numberedGraph(3, [[0, 1]]).csr);
    const c = 0.05 / (1 - 0.85 / 3);
    expect(ranks[2]).toBeCloseTo(c, 9);
    expect(ranks[0]).toBeCloseTo((1 - c) / 2, 9);
  });

  it('sums to 1 and matches the definition on random weighted graphs with loops', () => {
    fc.assert(
      fc.property(randomGraph(12, 30, true), fc.double({ min: 0.1, max: 0.95, noNaN: true }), (random, damping) => {
        const { ranks } = pageRank(numberedGraph(random.nodeCount, random.edges).csr, { damping, tolerance: 1e-13 });
        expect(Array.from(ranks).reduce((sum, r) => sum + r, 0)).toBeCloseTo(1, 12);
        const reference = denseReference(random.nodeCount, random.edges, damping);
        ranks.forEach((rank, i) => {
          expect(rank).toBeCloseTo(reference[i] ?? 0, 9);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('reports when it ran out of iterations, and rejects bad settings by name', () => {
    const result = pageRank(pathGraph(50).csr, { maxIterations: 2 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(2);
    expect(() => pageRank(pathGraph(3).csr, { damping: 1 })).toThrow(
      expect.objectContaining({ name: 'UsageError', code: 'USAGE' }),
    );
  });
});
