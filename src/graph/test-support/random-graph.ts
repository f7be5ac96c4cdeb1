import fc from 'fast-check';

/** A small random multigraph as numbered edges over nodeCount nodes; may have loops, parallel edges, isolated nodes. */
export interface RandomGraph {
  readonly nodeCount: number;
  readonly edges: readonly (readonly [number, number, number])[];
}

export function randomGraph(maxNodes = 30, maxEdges = 60, weighted = false): fc.Arbitrary<RandomGraph> {
  return fc.integer({ min: 1, max: maxNodes }).chain((nodeCount) =>
    fc.record({
      nodeCount: fc.constant(nodeCount),
      edges: fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: nodeCount - 1 }),
          fc.integer({ min: 0, max: nodeCount - 1 }),
          weighted ? fc.integer({ min: 1, max: 5 }) : fc.constant(1),
        ),
        { maxLength: maxEdges },
      ),
    }),
  );
}

/** Adjacency sets of the simple graph underneath (no loops), for reference implementations. */
export function adjacency(graph: RandomGraph): readonly Set<number>[] {
  const neighbours = Array.from({ length: graph.nodeCount }, () => new Set<number>());
  for (const [a, b] of graph.edges) {
    if (a === b) continue;
    neighbours[a]?.add(b);
    neighbours[b]?.add(a);
  }
  return neighbours;
}

/** Hop distances from one node by plain breadth-first search; -1 where unreachable. */
export function bfsDistances(neighbours: readonly Set<number>[], from: number): number[] {
  const distance = neighbours.map(() => -1);
  distance[from] = 0;
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] ?? 0;
    for (const next of neighbours[node] ?? []) {
      if (distance[next] === -1) {
        distance[next] = (distance[node] ?? 0) + 1;
        queue.push(next);
      }
    }
  }
  return distance;
}
