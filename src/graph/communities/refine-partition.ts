import type { SeededRandom } from '../core/seeded-random.js';
import { blockRandomOrder } from '../core/seeded-random.js';
import { densify } from './dense-membership.js';
import type { LevelGraph } from './level-graph.js';
import { VISIT_BLOCK } from './visit-block.js';

export interface Refinement {
  /** Refined community of each node: each lies inside one community of the partition refined. */
  readonly membership: Int32Array;
  readonly count: number;
}

/**
 * Leiden's refinement: inside each community of `membership`, start again from single nodes and merge each
 * still-single node, visited once in random order, into a sub-community of the same community. Only nodes and
 * sub-communities that are well connected to the rest of their community take part, which is what guarantees
 * connected communities (Louvain can return a community split in two). Among merges that do not lower modularity
 * the target is drawn with probability proportional to exp(gain / randomness), so a small `randomness` is
 * almost greedy but lets the aggregate explore; gains are in edge-weight units, as in igraph.
 */
export function refinePartition(
  graph: LevelGraph,
  membership: Int32Array,
  communityCount: number,
  scale: number,
  randomness: number,
  random: SeededRandom,
): Refinement {
  const { nodeCount, offsets, targets, weights, nodeWeights } = graph;
  const communityTotal = new Float64Array(communityCount);
  for (let node = 0; node < nodeCount; node++) {
    const community = membership[node] ?? 0;
    communityTotal[community] = (communityTotal[community] ?? 0) + (nodeWeights[node] ?? 0);
  }
  // Sub-communities are numbered by the node they started from.
  const refined = new Int32Array(nodeCount);
  const subWeight = new Float64Array(nodeCount);
  // Weight of the edges from a sub-community to the rest of its community.
  const subExternal = new Float64Array(nodeCount);
  const merged = new Uint8Array(nodeCount);
  for (let node = 0; node < nodeCount; node++) {
    refined[node] = node;
    subWeight[node] = nodeWeights[node] ?? 0;
    const community = membership[node] ?? 0;
    let external = 0;
    const end = offsets[node + 1] ?? 0;
    for (let arc = offsets[node] ?? 0; arc < end; arc++) {
      if (membership[targets[arc] ?? 0] === community) external += weights[arc] ?? 0;
    }
    subExternal[node] = external;
  }

  // Edge weights are positive, so a sub-community not yet met is one whose summed weight is still 0.
  const linkWeight = new Float64Array(nodeCount);
  const candidates = new Int32Array(nodeCount);
  const gains = new Float64Array(nodeCount);
  const order = blockRandomOrder(nodeCount, VISIT_BLOCK, random);
  for (let i = 0; i < nodeCount; i++) {
    const node = order[i] ?? 0;
    const own = refined[node] ?? 0;
    if (merged[own] === 1) continue;
    const community = membership[node] ?? 0;
    const total = communityTotal[community] ?? 0;
    const nodeWeight = nodeWeights[node] ?? 0;
    const nodeExternal = subExternal[own] ?? 0;
    if (nodeExternal < nodeWeight * (total - nodeWeight) * scale) continue;

    // Staying alone (gain 0) is always a candidate; `own` has no other members to meet among the neighbours.
    subWeight[own] = 0;
    candidates[0] = own;
    let candidateCount = 1;
    const start = offsets[node] ?? 0;
    const end = offsets[node + 1] ?? 0;
    for (let arc = start; arc < end; arc++) {
      const neighbour = targets[arc] ?? 0;
      if (membership[neighbour] !== community) continue;
      const sub = refined[neighbour] ?? 0;
      const sum = linkWeight[sub] ?? 0;
      if (sum === 0) candidates[candidateCount++] = sub;
      linkWeight[sub] = sum + (weights[arc] ?? 0);
    }

    // Eligible targets: well connected to their community, and a gain >= 0 (staying alone has gain 0).
    let best = own;
    let bestGain = 0;
    let eligible = 0;
    for (let c = 0; c < candidateCount; c++) {
      const sub = candidates[c] ?? 0;
      const weight = subWeight[sub] ?? 0;
      const gain = (linkWeight[sub] ?? 0) - nodeWeight * weight * scale;
      const wellConnected = (subExternal[sub] ?? 0) >= weight * (total - weight) * scale;
      if (wellConnected && gain >= 0) {
        candidates[eligible] = sub;
        gains[eligible] = gain;
        eligible++;
        if (gain > bestGain) {
          best = sub;
          bestGain = gain;
        }
      } else {
        linkWeight[sub] = 0;
      }
    }
    const chosen = eligible > 1 ? draw(candidates, gains, eligible, bestGain, randomness, random) : best;
    const chosenLink = linkWeight[chosen] ?? 0;
    for (let c = 0; c < eligible; c++) linkWeight[candidates[c] ?? 0] = 0;

    subWeight[chosen] = (subWeight[chosen] ?? 0) + nodeWeight;
    if (chosen !== own) {
      // Joining: the node's outside edges become the group's, and the edges between them become inner.
      subExternal[chosen] = (subExternal[chosen] ?? 0) + nodeExternal - 2 * chosenLink;
      refined[node] = chosen;
      merged[chosen] = 1;
    }
  }
  const count = densify(refined, nodeCount);
  return { membership: refined, count };
}

/** Draws one of the first `count` candidates with probability proportional to exp((gain - best) / randomness). */
function draw(
  candidates: Int32Array,
  gains: Float64Array,
  count: number,
  bestGain: number,
  randomness: number,
  random: SeededRandom,
): number {
  let total = 0;
  for (let c = 0; c < count; c++) {
    const weight = Math.exp(((gains[c] ?? 0) - bestGain) / randomness);
    gains[c] = weight;
    total += weight;
  }
  let threshold = random.next() * total;
  for (let c = 0; c < count; c++) {
    threshold -= gains[c] ?? 0;
    if (threshold < 0) return candidates[c] ?? 0;
  }
  return candidates[count - 1] ?? 0;
}
