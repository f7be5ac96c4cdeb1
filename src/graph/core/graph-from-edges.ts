import type { NamedGraph } from './csr-graph.js';
import { GraphBuilder } from './graph-builder.js';
import type { WeightedEdge } from './weighted-edge.js';

/**
 * The seam for the store (or any other source): a stream of named edges, and optionally nodes that have no
 * edges but should still be in the graph.
 */
export async function graphFromEdges(
  edges: AsyncIterable<WeightedEdge> | Iterable<WeightedEdge>,
  nodes: Iterable<string> = [],
): Promise<NamedGraph> {
  const builder = new GraphBuilder();
  for (const node of nodes) builder.addNode(node);
  for await (const edge of edges) builder.addEdge(edge.source, edge.target, edge.weight);
  return builder.build();
}
