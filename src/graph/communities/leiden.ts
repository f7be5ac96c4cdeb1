import { UsageError } from '../../core/errors.js';
import type { CsrGraph } from '../core/csr-graph.js';
import { strengths } from '../core/csr-graph.js';
import type { SeededRandom } from '../core/seeded-random.js';
import { seededRandom } from '../core/seeded-random.js';
import { aggregateGraph } from './aggregate-graph.js';
import { densify, numberBySize } from './dense-membership.js';
import type { LevelGraph } from './level-graph.js';
import { modularity } from './modularity.js';
import { moveNodes } from './move-nodes.js';
import { refinePartition } from './refine-partition.js';

export interface LeidenOptions {
  /** Gamma: above 1 gives more, smaller communities; below 1 fewer, larger ones. */
  readonly resolution?: number;
  /** How far the refinement strays from the greedy merge (igraph's beta). */
  readonly randomness?: number;
  /** Passes of the whole algorithm, each starting from the last one's result; igraph's default is 2. */
  readonly iterations?: number;
  readonly seed?: number;
}

export interface Communities {
  /** Community of each node; 0 is the largest. */
  readonly membership: Int32Array;
  readonly count: number;
  /** Node count of each community, largest first. */
  readonly sizes: Int32Array;
  /** Modularity of the partition at the resolution used. */
  readonly modularity: number;
}

export const LEIDEN_DEFAULTS = { resolution: 1, randomness: 0.01, iterations: 2, seed: 1 } as const;

function checkOptions(resolution: number, randomness: number, iterations: number): void {
  if (!(resolution > 0 && Number.isFinite(resolution))) throw new UsageError(`resolution must be positive`);
  if (!(randomness > 0 && Number.isFinite(randomness))) throw new UsageError(`randomness must be positive`);
  if (!(Number.isInteger(iterations) && iterations > 0)) {
    throw new UsageError(`iterations must be a positive integer, not ${iterations}`);
  }
}

/**
 * One Leiden pass from `membership` (updated in place): local moving, refinement, aggregation on the refined
 * partition with the unrefined one as the aggregate's starting point, until moving leaves every node of the
 * current level in its own community.
 */
function leidenPass(
  base: LevelGraph,
  membership: Int32Array,
  scale: number,
  randomness: number,
  random: SeededRandom,
): void {
  const baseCount = base.nodeCount;
  const nodeOfBase = new Int32Array(baseCount);
  for (let node = 0; node < baseCount; node++) nodeOfBase[node] = node;
  let level = base;
  let levelMembership = membership.slice();
  for (;;) {
    const communityCount = moveNodes(level, levelMembership, scale, random);
    if (communityCount === level.nodeCount) break;
    const refinement = refinePartition(level, levelMembership, communityCount, scale, randomness, random);
    // A refinement that merged nothing would rebuild the same level forever; aggregate the communities instead.
    const grouping =
      refinement.count < level.nodeCount ? refinement : { membership: levelMembership, count: communityCount };
    const next = new Int32Array(grouping.count);
    for (let node = 0; node < level.nodeCount; node++) {
      next[grouping.membership[node] ?? 0] = levelMembership[node] ?? 0;
    }
    for (let node = 0; node < baseCount; node++) {
      nodeOfBase[node] = grouping.membership[nodeOfBase[node] ?? 0] ?? 0;
    }
    level = aggregateGraph(level, grouping.membership, grouping.count);
    levelMembership = next;
  }
  for (let node = 0; node < baseCount; node++) membership[node] = levelMembership[nodeOfBase[node] ?? 0] ?? 0;
}

/**
 * Communities by the Leiden algorithm optimising modularity (Traag, Waltman & van Eck 2019, "From Louvain to
 * Leiden"), following igraph's community_leiden: same gains, refinement and defaults, so the two can be compared
 * on the same file. Reproducible: the same graph and seed give the same communities.
 */
export function leiden(graph: CsrGraph, options: LeidenOptions = {}): Communities {
  const resolution = options.resolution ?? LEIDEN_DEFAULTS.resolution;
  const randomness = options.randomness ?? LEIDEN_DEFAULTS.randomness;
  const iterations = options.iterations ?? LEIDEN_DEFAULTS.iterations;
  checkOptions(resolution, randomness, iterations);
  const { nodeCount } = graph;
  const membership = new Int32Array(nodeCount);
  for (let node = 0; node < nodeCount; node++) membership[node] = node;
  const nodeWeights = strengths(graph);
  let twiceTotal = 0;
  for (let node = 0; node < nodeCount; node++) twiceTotal += nodeWeights[node] ?? 0;
  if (twiceTotal > 0) {
    const base: LevelGraph = {
      nodeCount,
      offsets: graph.offsets,
      targets: graph.targets,
      weights: graph.weights,
      nodeWeights,
    };
    const random = seededRandom(options.seed ?? LEIDEN_DEFAULTS.seed);
    for (let pass = 0; pass < iterations; pass++)
      leidenPass(base, membership, resolution / twiceTotal, randomness, random);
  }
  const count = densify(membership, nodeCount);
  const sizes = numberBySize(membership, count);
  return { membership, count, sizes, modularity: modularity(graph, membership, resolution) };
}
