import type { Link } from '../../model/link.js';
import type { NetworkEdge } from './group-networks.js';
import { type NetworkTie, tieLink } from './network-links.js';
import { pairStrength } from './pair-strength.js';

/** Every tie between two objects, summed per kind; `a` has the smaller object id. */
export interface ObjectPair {
  readonly a: number;
  readonly b: number;
  readonly byType: Map<NetworkTie['type'], { strength: number; link: Link }>;
  /** Whether a wrote b's handle, and b a's. */
  readonly named: { aNamesB: boolean; bNamesA: boolean };
}

/**
 * Account ties -> object pairs, keyed by dense indices (x * objects + y, x < y) and oriented by object id so the
 * links are stable. Ties inside one object, and those `keep` refuses, are left out.
 */
export function objectPairs(
  ties: readonly NetworkTie[],
  objectOf: Int32Array,
  objectIds: readonly string[],
  keep: (tie: NetworkTie) => boolean,
): Map<number, ObjectPair> {
  const pairs = new Map<number, ObjectPair>();
  for (const tie of ties) {
    const x = objectOf[tie.a] ?? -1;
    const y = objectOf[tie.b] ?? -1;
    if (x < 0 || y < 0 || x === y || !keep(tie)) continue;
    const key = Math.min(x, y) * objectIds.length + Math.max(x, y);
    let pair = pairs.get(key);
    if (pair === undefined) {
      const [a, b] = (objectIds[x] ?? '') < (objectIds[y] ?? '') ? [x, y] : [y, x];
      pair = { a, b, byType: new Map(), named: { aNamesB: false, bNamesA: false } };
      pairs.set(key, pair);
    }
    // A mention's tie runs from the writer (a) to the handle's owner (b).
    if (tie.type === 'mention' && x === pair.a) pair.named.aNamesB = true;
    if (tie.type === 'mention' && x === pair.b) pair.named.bNamesA = true;
    const kind = pair.byType.get(tie.type);
    if (kind === undefined) {
      pair.byType.set(tie.type, { strength: tie.strength, link: tieLink(tie, objectIds[x] ?? '', objectIds[y] ?? '') });
    } else {
      // Repeated ties of one kind add up, as independent sightings do: 1 - prod(1 - s).
      kind.strength = 1 - (1 - kind.strength) * (1 - tie.strength);
      const docs = [...new Set([...kind.link.evidenceDocumentIds, ...tie.documents])].sort().slice(0, 10);
      kind.link = { ...kind.link, strength: kind.strength, evidenceDocumentIds: docs };
    }
  }
  return pairs;
}

export function networkEdges(pairs: Iterable<ObjectPair>): NetworkEdge[] {
  const edges: NetworkEdge[] = [];
  for (const { a, b, byType, named } of pairs) {
    edges.push({ a, b, strength: pairStrength(byType), enlists: byType.has('enlist'), named });
  }
  return edges;
}
