import type { CsrGraph } from '../core/csr-graph.js';

export interface Components {
  readonly count: number;
  /** Component of each node; 0 is the largest component, ties broken by the lowest node id. */
  readonly componentOf: Int32Array;
  /** Node count of each component, largest first. */
  readonly sizes: Int32Array;
}

/** Breadth-first labelling with one array queue, then renumbering by size so that component 0 is the giant one. */
export function connectedComponents(graph: CsrGraph): Components {
  const { nodeCount, offsets, targets } = graph;
  const label = new Int32Array(nodeCount).fill(-1);
  const queue = new Int32Array(nodeCount);
  const rawSizes: number[] = [];
  for (let start = 0; start < nodeCount; start++) {
    if (label[start] !== -1) continue;
    const component = rawSizes.length;
    label[start] = component;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    while (head < tail) {
      const node = queue[head++] ?? 0;
      const end = offsets[node + 1] ?? 0;
      for (let arc = offsets[node] ?? 0; arc < end; arc++) {
        const next = targets[arc] ?? 0;
        if (label[next] === -1) {
          label[next] = component;
          queue[tail++] = next;
        }
      }
    }
    rawSizes.push(tail);
  }
  // Components were found in order of their lowest node, so a stable sort by size breaks ties by that node.
  const bySize = rawSizes.map((_, index) => index).sort((a, b) => (rawSizes[b] ?? 0) - (rawSizes[a] ?? 0));
  const renumber = new Int32Array(rawSizes.length);
  const sizes = new Int32Array(rawSizes.length);
  bySize.forEach((raw, rank) => {
    renumber[raw] = rank;
    sizes[rank] = rawSizes[raw] ?? 0;
  });
  for (let node = 0; node < nodeCount; node++) label[node] = renumber[label[node] ?? 0] ?? 0;
  return { count: rawSizes.length, componentOf: label, sizes };
}
