import { UsageError } from '../../core/errors.js';
import type { CsrGraph } from '../core/csr-graph.js';
import type { EdgeFilter, NodeFilter } from './node-filter.js';

export interface NeighbourhoodOptions {
  /** How many edges away from a start node to go; 1 is the direct neighbours. */
  readonly maxHops: number;
  /** Stop adding nodes past this many (start nodes included); the result then says it was cut. */
  readonly maxNodes?: number;
  readonly acceptNode?: NodeFilter;
  readonly acceptEdge?: EdgeFilter;
}

export interface Neighbourhood {
  /** Nodes in the order reached: start nodes first, then by distance. */
  readonly nodes: Int32Array;
  /** Hops from the nearest start node, per entry of `nodes`. */
  readonly hops: Int32Array;
  /** True when maxNodes stopped the search before maxHops did. */
  readonly truncated: boolean;
}

function checkOptions(graph: CsrGraph, starts: readonly number[], maxHops: number, maxNodes: number): void {
  if (!(Number.isInteger(maxHops) && maxHops >= 0)) throw new UsageError(`hops must be a whole number >= 0`);
  if (!(Number.isInteger(maxNodes) && maxNodes > 0)) throw new UsageError(`the node limit must be a whole number > 0`);
  for (const start of starts) {
    if (!(Number.isInteger(start) && start >= 0 && start < graph.nodeCount)) {
      throw new RangeError(`node id ${start} is outside the graph (${graph.nodeCount} nodes)`);
    }
  }
}

/**
 * The k-hop neighbourhood of one or more start nodes by breadth-first search, nearest first, entering only nodes
 * and edges the filters accept. Memory is a hash set of the nodes reached, not an array over the whole graph,
 * so asking for the 2-hop ring of one phone number in a 1M-node graph costs what the ring costs.
 */
export function neighbourhood(
  graph: CsrGraph,
  starts: readonly number[],
  options: NeighbourhoodOptions,
): Neighbourhood {
  const maxNodes = options.maxNodes ?? Number.MAX_SAFE_INTEGER;
  checkOptions(graph, starts, options.maxHops, maxNodes);
  const { offsets, targets, weights } = graph;
  const { acceptNode, acceptEdge } = options;
  const reached = new Set<number>();
  const nodes: number[] = [];
  const hops: number[] = [];
  for (const start of starts) {
    if (reached.has(start)) continue;
    reached.add(start);
    nodes.push(start);
    hops.push(0);
  }
  let truncated = false;
  let head = 0;
  while (head < nodes.length && !truncated) {
    const node = nodes[head] ?? 0;
    const distance = hops[head] ?? 0;
    head++;
    if (distance >= options.maxHops) break;
    const end = offsets[node + 1] ?? 0;
    for (let arc = offsets[node] ?? 0; arc < end; arc++) {
      const next = targets[arc] ?? 0;
      if (reached.has(next)) continue;
      if (acceptEdge !== undefined && !acceptEdge(node, next, weights[arc] ?? 0)) continue;
      if (acceptNode !== undefined && !acceptNode(next)) continue;
      if (nodes.length >= maxNodes) {
        truncated = true;
        break;
      }
      reached.add(next);
      nodes.push(next);
      hops.push(distance + 1);
    }
  }
  return { nodes: Int32Array.from(nodes), hops: Int32Array.from(hops), truncated };
}
