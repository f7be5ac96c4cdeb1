import type { NamedGraph } from '../core/csr-graph.js';
import { xmlText } from './xml-text.js';

/** An edge with its ends' names already XML-escaped, and its weight. */
export type XmlEdge = readonly [source: string, target: string, weight: number];

/**
 * Each undirected edge once, grouped by its lower-numbered end (self-loops first), with escaped names: the
 * source's name is escaped once for all its edges. Nodes without such edges yield nothing.
 */
export function* edgesByNode(graph: NamedGraph): Generator<readonly XmlEdge[]> {
  const { csr, nodes } = graph;
  const { offsets, targets, weights, loops } = csr;
  for (let node = 0; node < csr.nodeCount; node++) {
    const edges: XmlEdge[] = [];
    const loop = loops[node] ?? 0;
    const end = offsets[node + 1] ?? 0;
    let source: string | null = null;
    if (loop > 0) {
      source = xmlText(nodes.nameOf(node));
      edges.push([source, source, loop]);
    }
    for (let arc = offsets[node] ?? 0; arc < end; arc++) {
      const target = targets[arc] ?? 0;
      if (target < node) continue;
      source ??= xmlText(nodes.nameOf(node));
      edges.push([source, xmlText(nodes.nameOf(target)), weights[arc] ?? 0]);
    }
    if (edges.length > 0) yield edges;
  }
}
