import { UsageError } from '../../core/errors.js';
import type { SeededRandom } from '../core/seeded-random.js';
import { seededRandom } from '../core/seeded-random.js';

export interface PlantedPartitionOptions {
  readonly nodes: number;
  readonly edges: number;
  /** Share of all edges that join two communities (LFR's mu); 0.2 gives a modularity near 0.8. */
  readonly mixing?: number;
  readonly minCommunity?: number;
  readonly maxCommunity?: number;
  /** Exponent of the power law that community sizes follow. */
  readonly communityExponent?: number;
  /** Exponent of the power law that node propensities (expected degrees) follow. */
  readonly degreeExponent?: number;
  readonly seed?: number;
}

export interface PlantedPartition {
  readonly sources: Int32Array;
  readonly targets: Int32Array;
  /** The planted community of each node. */
  readonly communityOf: Int32Array;
  readonly communityCount: number;
}

const MAX_ATTEMPTS = 1000;

/** Inverse-transform sample of a power law with exponent `exponent` on [min, max]. */
function powerLaw(random: SeededRandom, min: number, max: number, exponent: number): number {
  const a = min ** (1 - exponent);
  const b = max ** (1 - exponent);
  return (a + (b - a) * random.next()) ** (1 / (1 - exponent));
}

/** Index i with cumulative[i] <= x < cumulative[i + 1], searched in [low, high). */
function search(cumulative: Float64Array, x: number, low: number, high: number): number {
  let lo = low;
  let hi = high - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((cumulative[mid] ?? 0) <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A benchmark graph with known communities, in the spirit of LFR (Lancichinetti, Fortunato & Radicchi 2008):
 * power-law community sizes, power-law expected degrees, and a fixed share of edges between communities. Every
 * node gets one edge inside its community first so that no node is isolated; the remaining edges pick their ends
 * by propensity, across communities often enough that `mixing` of all edges cross. No self-loops, no parallel
 * edges (redrawn). Node ids are shuffled so that communities are not runs of ids, as they would not be in a real
 * file, and so is the edge order.
 */
export function plantedPartition(options: PlantedPartitionOptions): PlantedPartition {
  const { nodes, edges } = options;
  const mixing = options.mixing ?? 0.2;
  const minCommunity = options.minCommunity ?? 20;
  const maxCommunity = Math.min(options.maxCommunity ?? 2000, nodes);
  if (!(Number.isInteger(nodes) && nodes >= 2 * minCommunity)) {
    throw new UsageError(`a planted partition needs at least ${2 * minCommunity} nodes`);
  }
  if (!(Number.isInteger(edges) && edges >= nodes)) throw new UsageError('a planted partition needs edges >= nodes');
  const random = seededRandom(options.seed ?? 42);

  // Communities as runs of internal positions, sizes drawn until the nodes are used up.
  const communityStart: number[] = [0];
  while ((communityStart.at(-1) ?? 0) < nodes) {
    const left = nodes - (communityStart.at(-1) ?? 0);
    let size = Math.round(powerLaw(random, minCommunity, maxCommunity, options.communityExponent ?? 2));
    if (left - size < minCommunity) size = left;
    communityStart.push((communityStart.at(-1) ?? 0) + size);
  }
  const communityCount = communityStart.length - 1;
  const communityAt = new Int32Array(nodes);
  for (let c = 0; c < communityCount; c++) communityAt.fill(c, communityStart[c], communityStart[c + 1]);

  const cumulative = new Float64Array(nodes + 1);
  for (let p = 0; p < nodes; p++) {
    cumulative[p + 1] = (cumulative[p] ?? 0) + powerLaw(random, 1, 1000, options.degreeExponent ?? 2.5);
  }
  const inside = (position: number): number => {
    const c = communityAt[position] ?? 0;
    const low = communityStart[c] ?? 0;
    const high = communityStart[c + 1] ?? 0;
    const from = cumulative[low] ?? 0;
    return search(cumulative, from + random.next() * ((cumulative[high] ?? 0) - from), low, high);
  };
  const anywhere = (): number => search(cumulative, random.next() * (cumulative[nodes] ?? 0), 0, nodes);

  // The first `nodes` edges are inside by construction, so the others cross with a higher probability.
  const crossing = Math.min(1, (mixing * edges) / (edges - nodes));
  const sources = new Int32Array(edges);
  const targets = new Int32Array(edges);
  const seen = new Set<number>();
  for (let e = 0; e < edges; e++) {
    for (let attempt = 0; ; attempt++) {
      const source = e < nodes ? e : anywhere();
      const target = e >= nodes && random.next() < crossing ? anywhere() : inside(source);
      if (source === target) continue;
      const key = Math.min(source, target) * nodes + Math.max(source, target);
      // A parallel edge is drawn again; after many tries (a saturated small community) it is kept.
      if (seen.has(key) && attempt < MAX_ATTEMPTS) continue;
      seen.add(key);
      sources[e] = source;
      targets[e] = target;
      break;
    }
  }

  // Shuffle node ids, and the edge order, so that neither says where the communities are.
  const idOf = new Int32Array(nodes);
  for (let p = 0; p < nodes; p++) idOf[p] = p;
  for (let p = nodes - 1; p > 0; p--) {
    const q = random.below(p + 1);
    const swap = idOf[p] ?? 0;
    idOf[p] = idOf[q] ?? 0;
    idOf[q] = swap;
  }
  for (let e = 0; e < edges; e++) {
    sources[e] = idOf[sources[e] ?? 0] ?? 0;
    targets[e] = idOf[targets[e] ?? 0] ?? 0;
  }
  for (let e = edges - 1; e > 0; e--) {
    const f = random.below(e + 1);
    const source = sources[e] ?? 0;
    const target = targets[e] ?? 0;
    sources[e] = sources[f] ?? 0;
    targets[e] = targets[f] ?? 0;
    sources[f] = source;
    targets[f] = target;
  }
  const communityOf = new Int32Array(nodes);
  for (let p = 0; p < nodes; p++) communityOf[idOf[p] ?? 0] = communityAt[p] ?? 0;
  return { sources, targets, communityOf, communityCount };
}
