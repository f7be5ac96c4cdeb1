import type { CsrGraph } from '../core/csr-graph.js';

/**
 * Newman's modularity of a partition, with a resolution parameter gamma:
 * Q = sum over communities c of  in_c / m  -  gamma * (tot_c / 2m)^2,
 * where in_c is the weight of the edges inside c (self-loops included) and tot_c the summed strength of its nodes.
 */
export function modularity(graph: CsrGraph, membership: Int32Array, resolution = 1): number {
  const { nodeCount, offsets, targets, weights, loops, totalWeight } = graph;
  if (totalWeight === 0) return 0;
  let communityCount = 0;
  for (let node = 0; node < nodeCount; node++) communityCount = Math.max(communityCount, (membership[node] ?? 0) + 1);
  const totals = new Float64Array(communityCount);
  // Each inner edge is met twice, once from each end, and a self-loop counts twice: this sums 2 * in_c.
  let inside = 0;
  for (let node = 0; node < nodeCount; node++) {
    const community = membership[node] ?? 0;
    const loop = 2 * (loops[node] ?? 0);
    let strength = loop;
    inside += loop;
    const end = offsets[node + 1] ?? 0;
    for (let arc = offsets[node] ?? 0; arc < end; arc++) {
      const weight = weights[arc] ?? 0;
      strength += weight;
      if (membership[targets[arc] ?? 0] === community) inside += weight;
    }
    totals[community] = (totals[community] ?? 0) + strength;
  }
  const twiceTotal = 2 * totalWeight;
  let expected = 0;
  for (let community = 0; community < communityCount; community++) {
    const share = (totals[community] ?? 0) / twiceTotal;
    expected += share * share;
  }
  return inside / twiceTotal - resolution * expected;
}
