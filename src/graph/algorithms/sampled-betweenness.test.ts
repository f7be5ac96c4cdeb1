import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjacency, bfsDistances, randomGraph } from '../test-support/random-graph.js';
import { numberedGraph, pathGraph, twoCliques } from '../test-support/small-graphs.js';
import { sampledBetweenness } from './sampled-betweenness.js';

/** Exact betweenness from its definition: for every pair, the share of shortest paths through each node. */
function bruteForce(neighbours: readonly Set<number>[]): number[] {
  const n = neighbours.length;
  const distance = neighbours.map((_, from) => bfsDistances(neighbours, from));
  const paths = distance.map((row, from) => {
    const counts = row.map(() => 0);
    counts[from] = 1;
    const order = row.map((_, node) => node).filter((node) => (row[node] ?? -1) > 0);
    order.sort((a, b) => (row[a] ?? 0) - (row[b] ?? 0));
    for (const node of order) {
      for (const previous of neighbours[node] ?? []) {
        if ((row[previous] ?? -1) === (row[node] ?? 0) - 1)
          counts[node] = (counts[node] ?? 0) + (counts[previous] ?? 0);
      }
    }
    return counts;
  });
  const scores = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++) {
    for (let t = s + 1; t < n; t++) {
      const total = distance[s]?.[t] ?? -1;
      if (total <= 0) continue;
      for (let v = 0; v < n; v++) {
        if (v === s || v === t) continue;
        const sv = distance[s]?.[v] ?? -1;
        const vt = distance[v]?.[t] ?? -1;
        if (sv > 0 && vt > 0 && sv + vt === total) {
          scores[v] = (scores[v] ?? 0) + ((paths[s]?.[v] ?? 0) * (paths[v]?.[t] ?? 0)) / (paths[s]?.[t] ?? 1);
        }
      }
    }
  }
  return scores;
}

describe('sampledBetweenness', () => {
  it('is exact with every node as a source: path, star, bridge', () => {
    expect(Array.from(sampledBetweenness(pathGraph(5).csr, { samples: 5 }).scores)).toEqual([0, 3, 4, 3, 0]);
    const star = numberedGraph(
      6,
      Array.from({ length: 5 }, (_, i): [number, number] => [0, i + 1]),
    ).csr;
    expect(sampledBetweenness(star, { samples: 100 }).scores[0]).toBe(10);
    // Node 0 lies on every shortest path from the 4 other nodes of its clique to the 5 of the other clique.
    const bridge = sampledBetweenness(twoCliques(5).csr, { samples: 10 }).scores;
    expect(bridge[0]).toBe(4 * 5);
    expect(bridge[1]).toBe(0);
  });

  it('matches the definition on random graphs when all nodes are sources', () => {
    fc.assert(
      fc.property(randomGraph(14, 30), (random) => {
        const { scores } = sampledBetweenness(numberedGraph(random.nodeCount, random.edges).csr, {
          samples: random.nodeCount,
        });
        const expected = bruteForce(adjacency(random));
        scores.forEach((score, node) => {
          expect(score).toBeCloseTo(expected[node] ?? 0, 9);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('ranks the bridge first from a sample, reproducibly for a seed', () => {
    const graph = twoCliques(30).csr;
    const first = sampledBetweenness(graph, { samples: 8, seed: 3 });
    expect(first.samples).toBe(8);
    const top = Array.from(first.scores).indexOf(Math.max(...first.scores));
    expect([0, 30]).toContain(top);
    expect(sampledBetweenness(graph, { samples: 8, seed: 3 }).scores).toEqual(first.scores);
  });
});
