import type { LevelGraph } from './level-graph.js';

/**
 * The graph of groups: one node per group (its weight the sum of its members'), one edge between two groups
 * weighing the sum of the edges between their members. Members are bucketed by group with a counting sort, and
 * each group's outgoing weights are summed in a scratch array indexed by group, so the cost is linear in arcs.
 */
export function aggregateGraph(graph: LevelGraph, groupOf: Int32Array, groupCount: number): LevelGraph {
  const { nodeCount, offsets, targets, weights, nodeWeights } = graph;
  const memberStart = new Int32Array(groupCount + 1);
  for (let node = 0; node < nodeCount; node++) {
    const group = groupOf[node] ?? 0;
    memberStart[group + 1] = (memberStart[group + 1] ?? 0) + 1;
  }
  for (let group = 0; group < groupCount; group++) {
    memberStart[group + 1] = (memberStart[group + 1] ?? 0) + (memberStart[group] ?? 0);
  }
  const members = new Int32Array(nodeCount);
  const fill = memberStart.slice(0, groupCount);
  for (let node = 0; node < nodeCount; node++) {
    const group = groupOf[node] ?? 0;
    const at = fill[group] ?? 0;
    members[at] = node;
    fill[group] = at + 1;
  }

  const groupOffsets = new Int32Array(groupCount + 1);
  // Aggregating never adds arcs, so the level's arc count bounds the new one.
  const groupTargets = new Int32Array(targets.length);
  const groupWeights = new Float64Array(targets.length);
  const groupNodeWeights = new Float64Array(groupCount);
  // Edge weights are positive, so a group not yet met is one whose summed weight is still 0.
  const linkWeight = new Float64Array(groupCount);
  const neighbours = new Int32Array(groupCount);
  let written = 0;
  for (let group = 0; group < groupCount; group++) {
    groupOffsets[group] = written;
    let neighbourCount = 0;
    let weight = 0;
    const membersEnd = memberStart[group + 1] ?? 0;
    for (let m = memberStart[group] ?? 0; m < membersEnd; m++) {
      const node = members[m] ?? 0;
      weight += nodeWeights[node] ?? 0;
      const end = offsets[node + 1] ?? 0;
      for (let arc = offsets[node] ?? 0; arc < end; arc++) {
        const other = groupOf[targets[arc] ?? 0] ?? 0;
        if (other === group) continue;
        const sum = linkWeight[other] ?? 0;
        if (sum === 0) neighbours[neighbourCount++] = other;
        linkWeight[other] = sum + (weights[arc] ?? 0);
      }
    }
    groupNodeWeights[group] = weight;
    for (let i = 0; i < neighbourCount; i++) {
      const other = neighbours[i] ?? 0;
      groupTargets[written] = other;
      groupWeights[written] = linkWeight[other] ?? 0;
      written++;
      linkWeight[other] = 0;
    }
  }
  groupOffsets[groupCount] = written;
  return {
    nodeCount: groupCount,
    offsets: groupOffsets,
    targets: groupTargets.slice(0, written),
    weights: groupWeights.slice(0, written),
    nodeWeights: groupNodeWeights,
  };
}
