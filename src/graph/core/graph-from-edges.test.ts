import { describe, expect, it } from 'vitest';
import { UnknownNodeError } from '../graph-errors.js';
import { graphFromEdges } from './graph-from-edges.js';
import { nodeId } from './node-lookup.js';
import type { WeightedEdge } from './weighted-edge.js';

describe('graphFromEdges', () => {
  it('builds from an async stream of named edges, as a store would feed it, plus nodes without edges', async () => {
    async function* links(): AsyncIterable<WeightedEdge> {
      yield { source: 'acc:alice', target: 'phone:+77071234567', weight: 0.9 };
      yield { source: 'acc:bob', target: 'phone:+77071234567', weight: 0.9 };
      yield { source: 'acc:alice', target: 'phone:+77071234567', weight: 0.1 };
    }
    const graph = await graphFromEdges(links(), ['acc:carol']);
    expect(graph.csr.nodeCount).toBe(4);
    expect(graph.csr.edgeCount).toBe(2);
    expect(graph.csr.totalWeight).toBeCloseTo(1.9, 12);
    expect(graph.nodes.nameOf(nodeId(graph, 'acc:carol'))).toBe('acc:carol');
  });

  it('names the missing node in a typed error', async () => {
    const graph = await graphFromEdges([{ source: 'a', target: 'b', weight: 1 }]);
    expect(() => nodeId(graph, 'zz')).toThrow(UnknownNodeError);
    expect(() => nodeId(graph, 'zz')).toThrow(
      expect.objectContaining({ name: 'UnknownNodeError', code: 'NOT_FOUND', node: 'zz' }),
    );
  });
});
