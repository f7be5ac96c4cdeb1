import { GraphTooLargeError } from '../graph-errors.js';
import type { CsrGraph } from './csr-graph.js';
import type { EdgeBlock } from './edge-block.js';

const MAX_ARCS = 2 ** 31 - 1;

/**
 * Counting sort of the arcs by source node, then one pass per node that merges parallel arcs: `slot` remembers
 * where the arc to a neighbour went while `seenFrom` says it was this node that put it there, so no adjacency
 * list is ever sorted. Arcs keep the order of the input, which keeps every algorithm reproducible. With
 * `unitWeights` (every edge weighs 1, as in most edge lists) the scattering pass leaves the weights alone and the
 * merging pass, which is sequential, writes them: 48 MB fewer random writes on 3M edges.
 */
export function buildCsr(nodeCount: number, blocks: readonly EdgeBlock[], unitWeights = false): CsrGraph {
  const loops = new Float64Array(nodeCount);
  const degree = new Int32Array(nodeCount + 1);
  let loopWeight = 0;
  let arcCount = 0;
  for (const edges of blocks) {
    for (let e = 0; e < edges.count; e++) {
      const source = edges.sources[e] ?? 0;
      const target = edges.targets[e] ?? 0;
      if (source === target) {
        const weight = edges.weights[e] ?? 0;
        loops[source] = (loops[source] ?? 0) + weight;
        loopWeight += weight;
      } else {
        degree[source] = (degree[source] ?? 0) + 1;
        degree[target] = (degree[target] ?? 0) + 1;
        arcCount += 2;
      }
    }
  }
  if (arcCount > MAX_ARCS) throw new GraphTooLargeError(`${arcCount / 2} edges are more than this core can hold`);

  const starts = new Int32Array(nodeCount + 1);
  for (let node = 0; node < nodeCount; node++) starts[node + 1] = (starts[node] ?? 0) + (degree[node] ?? 0);
  const cursor = degree;
  cursor.set(starts.subarray(0, nodeCount));
  const targets = new Int32Array(arcCount);
  const weights = new Float64Array(arcCount);
  for (const edges of blocks) {
    for (let e = 0; e < edges.count; e++) {
      const source = edges.sources[e] ?? 0;
      const target = edges.targets[e] ?? 0;
      if (source === target) continue;
      const forward = cursor[source] ?? 0;
      const backward = cursor[target] ?? 0;
      targets[forward] = target;
      targets[backward] = source;
      cursor[source] = forward + 1;
      cursor[target] = backward + 1;
      if (!unitWeights) {
        const weight = edges.weights[e] ?? 0;
        weights[forward] = weight;
        weights[backward] = weight;
      }
    }
  }

  const offsets = new Int32Array(nodeCount + 1);
  const seenFrom = new Int32Array(nodeCount).fill(-1);
  const slot = cursor;
  let written = 0;
  let arcWeight = 0;
  for (let node = 0; node < nodeCount; node++) {
    offsets[node] = written;
    const end = starts[node + 1] ?? 0;
    for (let arc = starts[node] ?? 0; arc < end; arc++) {
      const target = targets[arc] ?? 0;
      const weight = unitWeights ? 1 : (weights[arc] ?? 0);
      arcWeight += weight;
      if (seenFrom[target] === node) {
        const at = slot[target] ?? 0;
        weights[at] = (weights[at] ?? 0) + weight;
      } else {
        seenFrom[target] = node;
        slot[target] = written;
        targets[written] = target;
        weights[written] = weight;
        written++;
      }
    }
  }
  offsets[nodeCount] = written;
  let loopNodes = 0;
  for (let node = 0; node < nodeCount; node++) if ((loops[node] ?? 0) > 0) loopNodes++;
  return {
    nodeCount,
    offsets,
    // Copies only when parallel edges were merged, so the spare tail is given back.
    targets: written === arcCount ? targets : targets.slice(0, written),
    weights: written === arcCount ? weights : weights.slice(0, written),
    loops,
    edgeCount: written / 2 + loopNodes,
    totalWeight: arcWeight / 2 + loopWeight,
  };
}
