import type { NodeNames } from './name-table.js';

/**
 * The whole-graph core: an undirected weighted graph in compressed sparse rows, nodes as dense integers.
 *
 * Why not graphology for this: on a 1M-node / 3M-edge graph graphology needed ~2 GB and ~20 s just to build
 * it (measured for issue 5); these typed arrays take ~100 MB and build in well under a second. graphology stays
 * the choice for the small subgraphs a person looks at.
 *
 * Each undirected edge {u, v} with u != v is stored twice, as the arcs u->v and v->u with the same weight.
 * Parallel edges are merged by summing their weights. A self-loop is kept apart in `loops` (its weight, once),
 * counted twice in its node's strength as is usual for undirected graphs, so that modularity and degrees agree
 * with igraph and networkx.
 */
export interface CsrGraph {
  readonly nodeCount: number;
  /** The arcs of node i are at offsets[i] .. offsets[i + 1] - 1 in `targets` and `weights`; length nodeCount + 1. */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  /** Summed self-loop weight of each node. */
  readonly loops: Float64Array;
  /** Distinct undirected edges, self-loops included. */
  readonly edgeCount: number;
  /** Sum of all edge weights, each undirected edge once, self-loops included (the m of modularity). */
  readonly totalWeight: number;
}

/** A CSR graph whose nodes have the names they were given, for reading results back out. */
export interface NamedGraph {
  readonly csr: CsrGraph;
  readonly nodes: NodeNames;
}

/** Weighted degree of every node: arc weights plus twice its self-loop weight. */
export function strengths(graph: CsrGraph): Float64Array {
  const { nodeCount, offsets, weights, loops } = graph;
  const result = new Float64Array(nodeCount);
  for (let node = 0; node < nodeCount; node++) {
    let sum = 2 * (loops[node] ?? 0);
    const end = offsets[node + 1] ?? 0;
    for (let arc = offsets[node] ?? 0; arc < end; arc++) sum += weights[arc] ?? 0;
    result[node] = sum;
  }
  return result;
}

/** Weight of the edge between two nodes, 0 if there is none; linear in the smaller degree. */
export function edgeWeight(graph: CsrGraph, a: number, b: number): number {
  if (a === b) return graph.loops[a] ?? 0;
  const degreeA = (graph.offsets[a + 1] ?? 0) - (graph.offsets[a] ?? 0);
  const degreeB = (graph.offsets[b + 1] ?? 0) - (graph.offsets[b] ?? 0);
  const [from, to] = degreeA <= degreeB ? [a, b] : [b, a];
  const end = graph.offsets[from + 1] ?? 0;
  for (let arc = graph.offsets[from] ?? 0; arc < end; arc++) {
    if (graph.targets[arc] === to) return graph.weights[arc] ?? 0;
  }
  return 0;
}
