import type { CsrGraph } from '../core/csr-graph.js';
import type { EdgeFilter, NodeFilter } from './node-filter.js';

export interface ShortestPathOptions {
  /** Give up on paths longer than this many edges. */
  readonly maxHops?: number;
  /** Nodes the path may pass through; its two ends are always allowed. */
  readonly acceptNode?: NodeFilter;
  readonly acceptEdge?: EdgeFilter;
}

export interface Path {
  /** From the first node to the last, both included. */
  readonly nodes: Int32Array;
  /** Weight of each hop: weights[i] joins nodes[i] and nodes[i + 1]. */
  readonly weights: Float64Array;
}

/**
 * One shortest path (fewest edges) between two nodes, or null if none within maxHops, by bidirectional
 * breadth-first search: a level is grown from whichever side has the smaller frontier, and the search stops at
 * the level where the two sides meet, keeping the best meeting point of that whole level. In a small-world graph
 * this visits about the square root of what a one-sided search visits. Visited nodes are kept in maps, so a
 * query costs what it explores, not the size of the graph.
 */
export function shortestPath(
  graph: CsrGraph,
  from: number,
  to: number,
  options: ShortestPathOptions = {},
): Path | null {
  for (const node of [from, to]) {
    if (!(Number.isInteger(node) && node >= 0 && node < graph.nodeCount)) {
      throw new RangeError(`node id ${node} is outside the graph (${graph.nodeCount} nodes)`);
    }
  }
  if (from === to) return { nodes: Int32Array.of(from), weights: new Float64Array(0) };
  const maxHops = options.maxHops ?? Number.MAX_SAFE_INTEGER;
  const { offsets, targets, weights } = graph;
  const { acceptNode, acceptEdge } = options;
  // Parent towards the side's start; the start is its own parent.
  const forward = new Map<number, number>([[from, from]]);
  const backward = new Map<number, number>([[to, to]]);
  let forwardFrontier = [from];
  let backwardFrontier = [to];
  let forwardDepth = 0;
  let backwardDepth = 0;

  while (forwardFrontier.length > 0 && backwardFrontier.length > 0 && forwardDepth + backwardDepth < maxHops) {
    const growForward = forwardFrontier.length <= backwardFrontier.length;
    const [frontier, mine, theirs] = growForward
      ? [forwardFrontier, forward, backward]
      : [backwardFrontier, backward, forward];
    const next: number[] = [];
    let meeting: readonly [number, number] | null = null;
    for (const node of frontier) {
      const end = offsets[node + 1] ?? 0;
      for (let arc = offsets[node] ?? 0; arc < end; arc++) {
        const neighbour = targets[arc] ?? 0;
        if (mine.has(neighbour)) continue;
        const [a, b] = growForward ? [node, neighbour] : [neighbour, node];
        if (acceptEdge !== undefined && !acceptEdge(a, b, weights[arc] ?? 0)) continue;
        if (theirs.has(neighbour)) {
          // Every meeting in this level gives the same length; the first one found is kept, for determinism.
          meeting ??= [node, neighbour];
          continue;
        }
        if (acceptNode !== undefined && !acceptNode(neighbour)) continue;
        mine.set(neighbour, node);
        next.push(neighbour);
      }
    }
    if (meeting !== null) {
      const [near, far] = meeting;
      return growForward
        ? assemble(graph, forward, backward, near, far)
        : assemble(graph, forward, backward, far, near);
    }
    if (growForward) {
      forwardFrontier = next;
      forwardDepth++;
    } else {
      backwardFrontier = next;
      backwardDepth++;
    }
  }
  return null;
}

/** The path through the edge {forwardEnd, backwardEnd}: forward parents back to the start, backward to the end. */
function assemble(
  graph: CsrGraph,
  forward: ReadonlyMap<number, number>,
  backward: ReadonlyMap<number, number>,
  forwardEnd: number,
  backwardEnd: number,
): Path {
  const head: number[] = [];
  for (let node = forwardEnd; ; ) {
    head.push(node);
    const parent = forward.get(node) ?? node;
    if (parent === node) break;
    node = parent;
  }
  head.reverse();
  for (let node = backwardEnd; ; ) {
    head.push(node);
    const parent = backward.get(node) ?? node;
    if (parent === node) break;
    node = parent;
  }
  const nodes = Int32Array.from(head);
  const hopWeights = new Float64Array(nodes.length - 1);
  for (let i = 0; i + 1 < nodes.length; i++) hopWeights[i] = weightBetween(graph, nodes[i] ?? 0, nodes[i + 1] ?? 0);
  return { nodes, weights: hopWeights };
}

function weightBetween(graph: CsrGraph, a: number, b: number): number {
  const end = graph.offsets[a + 1] ?? 0;
  for (let arc = graph.offsets[a] ?? 0; arc < end; arc++) if (graph.targets[arc] === b) return graph.weights[arc] ?? 0;
  return 0;
}
