import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plantedPartition } from '../generate/planted-partition.js';
import { randomGraph } from '../test-support/random-graph.js';
import { KARATE_EDGES, numberedGraph, twoCliques } from '../test-support/small-graphs.js';
import { leiden } from './leiden.js';
import { modularity } from './modularity.js';

/** Whether the nodes of each community are connected using only edges inside the community. */
function communitiesConnected(graph: ReturnType<typeof numberedGraph>['csr'], membership: Int32Array): boolean {
  const seen = new Uint8Array(graph.nodeCount);
  const started = new Set<number>();
  for (let start = 0; start < graph.nodeCount; start++) {
    const community = membership[start] ?? 0;
    if (seen[start] === 1) continue;
    if (started.has(community)) return false;
    started.add(community);
    const queue = [start];
    seen[start] = 1;
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head] ?? 0;
      for (let arc = graph.offsets[node] ?? 0; arc < (graph.offsets[node + 1] ?? 0); arc++) {
        const next = graph.targets[arc] ?? 0;
        if (seen[next] === 0 && membership[next] === community) {
          seen[next] = 1;
          queue.push(next);
        }
      }
    }
  }
  return true;
}

describe('leiden', () => {
  it("reaches the karate club's best known modularity, 0.4198, as igraph's Leiden does", () => {
    const graph = numberedGraph(34, KARATE_EDGES).csr;
    const results = [1, 2, 3, 4, 5].map((seed) => leiden(graph, { seed }).modularity);
    expect(Math.max(...results)).toBeCloseTo(0.41978961209730437, 10);
    for (const q of results) expect(q).toBeGreaterThan(0.41);
  });

  it('reports the modularity of the partition it returns, and sizes largest first', () => {
    const graph = numberedGraph(34, KARATE_EDGES).csr;
    const result = leiden(graph, { seed: 7 });
    expect(result.modularity).toBeCloseTo(modularity(graph, result.membership), 12);
    expect(Array.from(result.sizes)).toEqual([...result.sizes].sort((a, b) => b - a));
    expect(result.sizes.reduce((a, b) => a + b, 0)).toBe(34);
  });

  it('splits two cliques at their bridge', () => {
    const result = leiden(twoCliques(6).csr);
    expect(result.count).toBe(2);
    const first = result.membership[0];
    for (let node = 0; node < 6; node++) expect(result.membership[node]).toBe(first);
    for (let node = 6; node < 12; node++) expect(result.membership[node]).not.toBe(first);
  });

  it('finds most of a planted partition', () => {
    const planted = plantedPartition({ nodes: 3000, edges: 12_000, mixing: 0.1, seed: 5 });
    const builder = numberedGraph(
      3000,
      Array.from(planted.sources, (source, e): [number, number] => [source, planted.targets[e] ?? 0]),
    );
    const found = leiden(builder.csr);
    expect(found.modularity).toBeGreaterThanOrEqual(modularity(builder.csr, planted.communityOf) - 0.01);
  });

  it('returns connected communities that are no worse than single nodes, on random graphs', () => {
    fc.assert(
      fc.property(randomGraph(40, 80, true), fc.nat(), (random, seed) => {
        const graph = numberedGraph(random.nodeCount, random.edges).csr;
        const result = leiden(graph, { seed });
        expect(communitiesConnected(graph, result.membership)).toBe(true);
        const singletons = Int32Array.from({ length: random.nodeCount }, (_, i) => i);
        expect(result.modularity).toBeGreaterThanOrEqual(modularity(graph, singletons) - 1e-12);
      }),
      { numRuns: 150 },
    );
  });

  it('is reproducible for a seed, and more communities at a higher resolution', () => {
    const graph = numberedGraph(34, KARATE_EDGES).csr;
    expect(leiden(graph, { seed: 3 }).membership).toEqual(leiden(graph, { seed: 3 }).membership);
    expect(leiden(graph, { resolution: 3 }).count).toBeGreaterThan(leiden(graph, { resolution: 0.3 }).count);
  });

  it('rejects bad settings by name', () => {
    const graph = numberedGraph(3, [[0, 1]]).csr;
    expect(() => leiden(graph, { iterations: 0 })).toThrow(expect.objectContaining({ name: 'UsageError' }));
    expect(() => leiden(graph, { resolution: -1 })).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });
});
