import { leiden } from '../../graph/communities/leiden.js';
import { buildCsr } from '../../graph/core/build-csr.js';
import { UnionFind } from './union-find.js';

/** A component of trading objects this large is several organisations chained by a few cross ties. */
const SPLIT_ABOVE = 40;

export interface NetworkEdge {
  readonly a: number;
  readonly b: number;
  /** 0..1, the combined strength of every tie between the two objects. */
  readonly strength: number;
  /** One side answered the other's recruitment post: it applied to work for them. */
  readonly enlists: boolean;
  /** Whether a wrote b's handle (a mention), and b a's: a trader naming an object gives it as its contact. */
  readonly named: { readonly aNamesB: boolean; readonly bNamesA: boolean };
}

/**
 * Objects -> networks. Objects that trade (wrote sale or recruitment posts) join on strong ties. An object that
 * never traded joins a network only by answering its recruitment post (a courier applying) or by being named by a
 * trader (a shop's ads giving an operator's handle as the contact), and then only the one it is most strongly tied
 * to: buyers and commenters talk to shops and name them without belonging to them, and a customer of two shops
 * does not make them one organisation.
 */
export function groupNetworks(
  objects: number,
  edges: readonly NetworkEdge[],
  trader: readonly boolean[],
  threshold: number,
): UnionFind {
  const sets = new UnionFind(objects);
  const sorted = [...edges].sort((x, y) => y.strength - x.strength || x.a - y.a || x.b - y.b);
  const core = sorted.filter((e) => e.strength >= threshold && (trader[e.a] ?? false) && (trader[e.b] ?? false));
  const community = communitiesOfLargeComponents(objects, core);
  for (const e of core) if (community[e.a] === community[e.b]) sets.union(e.a, e.b);
  const best = new Map<number, { core: number; strength: number }>();
  for (const e of sorted) {
    if (e.strength < threshold) break;
    const aTrades = trader[e.a] ?? false;
    const bTrades = trader[e.b] ?? false;
    if (aTrades === bTrades) continue;
    const peripheral = aTrades ? e.b : e.a;
    const hub = aTrades ? e.a : e.b;
    if (!e.enlists && !(aTrades ? e.named.aNamesB : e.named.bNamesA)) continue;
    if (!best.has(peripheral)) best.set(peripheral, { core: hub, strength: e.strength });
  }
  for (const [peripheral, { core: hub }] of best) sets.union(peripheral, hub);
  return sets;
}

/**
 * Community of each object: its component's index, except inside components above SPLIT_ABOVE objects, which
 * Leiden (modularity on the tie strengths) splits where only a few ties cross. -1 marks no community.
 */
function communitiesOfLargeComponents(objects: number, edges: readonly NetworkEdge[]): Int32Array {
  const components = new UnionFind(objects);
  for (const e of edges) components.union(e.a, e.b);
  const size = new Int32Array(objects);
  for (let i = 0; i < objects; i++) size[components.find(i)] = (size[components.find(i)] ?? 0) + 1;
  const out = new Int32Array(objects);
  for (let i = 0; i < objects; i++) out[i] = components.find(i);
  const large = edges.filter((e) => (size[components.find(e.a)] ?? 0) > SPLIT_ABOVE);
  if (large.length === 0) return out;
  const graph = buildCsr(objects, [
    {
      count: large.length,
      sources: Int32Array.from(large, (e) => e.a),
      targets: Int32Array.from(large, (e) => e.b),
      weights: Float64Array.from(large, (e) => e.strength),
    },
  ]);
  const { membership } = leiden(graph);
  for (const e of large) {
    out[e.a] = objects + (membership[e.a] ?? 0);
    out[e.b] = objects + (membership[e.b] ?? 0);
  }
  return out;
}
