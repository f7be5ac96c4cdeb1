import type { NamedGraph } from '../core/csr-graph.js';
import { GraphBuilder } from '../core/graph-builder.js';

/** Zachary's karate club, 34 members and 78 friendships, numbered from 0 as in networkx and igraph. */
export const KARATE_EDGES: readonly (readonly [number, number])[] = [
  [0, 1],
  [0, 2],
  [0, 3],
  [0, 4],
  [0, 5],
  [0, 6],
  [0, 7],
  [0, 8],
  [0, 10],
  [0, 11],
  [0, 12],
  [0, 13],
  [0, 17],
  [0, 19],
  [0, 21],
  [0, 31],
  [1, 2],
  [1, 3],
  [1, 7],
  [1, 13],
  [1, 17],
  [1, 19],
  [1, 21],
  [1, 30],
  [2, 3],
  [2, 7],
  [2, 8],
  [2, 9],
  [2, 13],
  [2, 27],
  [2, 28],
  [2, 32],
  [3, 7],
  [3, 12],
  [3, 13],
  [4, 6],
  [4, 10],
  [5, 6],
  [5, 10],
  [5, 16],
  [6, 16],
  [8, 30],
  [8, 32],
  [8, 33],
  [9, 33],
  [13, 33],
  [14, 32],
  [14, 33],
  [15, 32],
  [15, 33],
  [18, 32],
  [18, 33],
  [19, 33],
  [20, 32],
  [20, 33],
  [22, 32],
  [22, 33],
  [23, 25],
  [23, 27],
  [23, 29],
  [23, 32],
  [23, 33],
  [24, 25],
  [24, 27],
  [24, 31],
  [25, 31],
  [26, 29],
  [26, 33],
  [27, 33],
  [28, 31],
  [28, 33],
  [29, 32],
  [29, 33],
  [30, 32],
  [30, 33],
  [31, 32],
  [31, 33],
  [32, 33],
];

/** Builds a graph from numbered edges, naming node i "i" and interning 0..nodeCount-1 first so ids equal names. */
export function numberedGraph(nodeCount: number, edges: readonly (readonly [number, number, number?])[]): NamedGraph {
  const builder = new GraphBuilder();
  for (let node = 0; node < nodeCount; node++) builder.addNode(String(node));
  for (const [source, target, weight] of edges) builder.addEdge(String(source), String(target), weight ?? 1);
  return builder.build();
}

/** Two cliques of `size` nodes (0..size-1 and size..2size-1) joined by one bridge between node 0 and node size. */
export function twoCliques(size: number): NamedGraph {
  const edges: [number, number][] = [];
  for (const offset of [0, size]) {
    for (let a = 0; a < size; a++) for (let b = a + 1; b < size; b++) edges.push([offset + a, offset + b]);
  }
  edges.push([0, size]);
  return numberedGraph(2 * size, edges);
}

export function pathGraph(length: number): NamedGraph {
  return numberedGraph(
    length,
    Array.from({ length: length - 1 }, (_, i): [number, number] => [i, i + 1]),
  );
}
