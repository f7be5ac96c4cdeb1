import { describe, expect, it } from 'vitest';
import { InvalidEdgeError } from '../graph-errors.js';
import { edgeWeight, strengths } from './csr-graph.js';
import { GraphBuilder } from './graph-builder.js';

function arcsOf(graph: ReturnType<GraphBuilder['build']>, name: string): Record<string, number> {
  const id = graph.nodes.idOf(name) ?? -1;
  const arcs: Record<string, number> = {};
  for (let arc = graph.csr.offsets[id] ?? 0; arc < (graph.csr.offsets[id + 1] ?? 0); arc++) {
    arcs[graph.nodes.nameOf(graph.csr.targets[arc] ?? 0)] = graph.csr.weights[arc] ?? 0;
  }
  return arcs;
}

describe('GraphBuilder', () => {
  it('numbers nodes in order of first appearance and stores each edge both ways', () => {
    const builder = new GraphBuilder();
    builder.addEdge('a', 'b', 1);
    builder.addEdge('c', 'a', 2);
    const graph = builder.build();
    expect([0, 1, 2].map((id) => graph.nodes.nameOf(id))).toEqual(['a', 'b', 'c']);
    expect(arcsOf(graph, 'a')).toEqual({ b: 1, c: 2 });
    expect(arcsOf(graph, 'c')).toEqual({ a: 2 });
    expect(graph.csr.edgeCount).toBe(2);
    expect(graph.csr.totalWeight).toBe(3);
  });

  it('sums parallel edges in either direction', () => {
    const builder = new GraphBuilder();
    builder.addEdge('a', 'b', 1);
    builder.addEdge('b', 'a', 2.5);
    builder.addEdge('a', 'b', 0.5);
    const graph = builder.build();
    expect(arcsOf(graph, 'a')).toEqual({ b: 4 });
    expect(arcsOf(graph, 'b')).toEqual({ a: 4 });
    expect(graph.csr.edgeCount).toBe(1);
    expect(graph.csr.targets.length).toBe(2);
  });

  it('counts parallel unweighted edges into the weight', () => {
    const builder = new GraphBuilder();
    builder.addEdge('a', 'b');
    builder.addEdge('b', 'a');
    builder.addEdge('b', 'c');
    const graph = builder.build();
    expect(arcsOf(graph, 'b')).toEqual({ a: 2, c: 1 });
    expect(graph.csr.totalWeight).toBe(3);
  });

  it('keeps self-loops apart, counting them twice in the strength', () => {
    const builder = new GraphBuilder();
    builder.addEdge('a', 'a', 1);
    builder.addEdge('a', 'a', 2);
    builder.addEdge('a', 'b', 1);
    const graph = builder.build();
    const a = graph.nodes.idOf('a') ?? -1;
    expect(graph.csr.loops[a]).toBe(3);
    expect(arcsOf(graph, 'a')).toEqual({ b: 1 });
    expect(Array.from(strengths(graph.csr))).toEqual([7, 1]);
    expect(graph.csr.totalWeight).toBe(4);
    expect(graph.csr.edgeCount).toBe(2);
    expect(edgeWeight(graph.csr, a, a)).toBe(3);
  });

  it('holds nodes without edges', () => {
    const builder = new GraphBuilder();
    builder.addNode('alone');
    builder.addEdge('a', 'b');
    const graph = builder.build();
    expect(graph.csr.nodeCount).toBe(3);
    expect(graph.csr.offsets[1]).toBe(graph.csr.offsets[0]);
  });

  it('rejects weights that are not positive and finite, and empty names', () => {
    for (const weight of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const attempt = () => new GraphBuilder().addEdge('a', 'b', weight);
      expect(attempt).toThrow(InvalidEdgeError);
      expect(attempt).toThrow(expect.objectContaining({ name: 'InvalidEdgeError', code: 'BAD_RECORD' }));
    }
    expect(() => new GraphBuilder().addEdge('', 'b')).toThrow(InvalidEdgeError);
  });

  it('builds across many edge blocks', () => {
    const builder = new GraphBuilder();
    const count = 140_000;
    for (let i = 0; i < count; i++) builder.addEdge(`n${i}`, `n${(i * 7 + 1) % 1000}`);
    const graph = builder.build();
    let arcs = 0;
    for (let node = 0; node < graph.csr.nodeCount; node++) {
      arcs += (graph.csr.offsets[node + 1] ?? 0) - (graph.csr.offsets[node] ?? 0);
    }
    expect(arcs).toBe(graph.csr.targets.length);
    expect(graph.csr.totalWeight).toBe(count);
  });
});
