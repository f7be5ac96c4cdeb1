import { describe, expect, it } from 'vitest';
import { plantedPartition } from './planted-partition.js';

describe('plantedPartition', () => {
  it('draws the requested edges without loops or parallel edges, every node touched', () => {
    const graph = plantedPartition({ nodes: 2000, edges: 6000, seed: 3 });
    expect(graph.sources.length).toBe(6000);
    const pairs = new Set<number>();
    const touched = new Set<number>();
    graph.sources.forEach((source, e) => {
      const target = graph.targets[e] ?? 0;
      expect(source).not.toBe(target);
      pairs.add(Math.min(source, target) * 2000 + Math.max(source, target));
      touched.add(source).add(target);
    });
    expect(pairs.size).toBe(6000);
    expect(touched.size).toBe(2000);
  });

  it('crosses communities with about the requested share of edges', () => {
    const graph = plantedPartition({ nodes: 20_000, edges: 60_000, mixing: 0.2, seed: 1 });
    let crossing = 0;
    graph.sources.forEach((source, e) => {
      if (graph.communityOf[source] !== graph.communityOf[graph.targets[e] ?? 0]) crossing++;
    });
    expect(crossing / 60_000).toBeGreaterThan(0.17);
    // Parallel edges inside small communities are redrawn more often, which tilts the share up a little.
    expect(crossing / 60_000).toBeLessThan(0.24);
    expect(graph.communityCount).toBeGreaterThan(20);
  });

  it('is the same graph for the same seed', () => {
    const a = plantedPartition({ nodes: 500, edges: 1500, seed: 9 });
    const b = plantedPartition({ nodes: 500, edges: 1500, seed: 9 });
    expect(a.sources).toEqual(b.sources);
    expect(a.targets).toEqual(b.targets);
  });

  it('refuses sizes it cannot plant', () => {
    expect(() => plantedPartition({ nodes: 10, edges: 30 })).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });
});
