import type { NetworkTie } from './network-links.js';

/** Fewer objects than this sharing an identifier may be one organisation's fragments that nothing else joins yet. */
const MIN_OBJECTS = 6;
/** The identifier is an organisation's when at least this share of its objects are in one network. */
const MIN_LARGEST_SHARE = 1 / 3;

/**
 * Identifiers whose users are scattered over networks that nothing else ties together: a public contact below the
 * hub threshold, not one organisation's. In a set of 2,000 accounts an exchanger's deposit wallet was written by
 * 22 accounts (under HUB_MIN_ACCOUNTS) of shops in 8 unrelated networks, and its ties, weak per account pair but
 * added up over dozens of pairs, joined two of them. A shop's bot is written by its storefronts, operators and
 * couriers, most of them one network by their other ties. Hub detection counts accounts; this looks at who they
 * are, relative to the data. `networkOf` is a grouping made without shared-identifier ties. At 100,000 accounts
 * it costs 0.3 points of drug-network recall (the fragments of a shop that only the dropped identifier joined).
 */
export function spreadIdentifiers(
  ties: readonly NetworkTie[],
  objectOf: Int32Array,
  networkOf: (object: number) => number,
): Set<string> {
  const objects = new Map<string, Set<number>>();
  for (const tie of ties) {
    if (tie.identifier === null) continue;
    let set = objects.get(tie.identifier);
    if (set === undefined) {
      set = new Set();
      objects.set(tie.identifier, set);
    }
    set.add(objectOf[tie.a] ?? -1);
    set.add(objectOf[tie.b] ?? -1);
  }
  const spread = new Set<string>();
  for (const [identifier, users] of objects) {
    if (users.size < MIN_OBJECTS) continue;
    const perNetwork = new Map<number, number>();
    let largest = 0;
    for (const o of users) {
      const n = networkOf(o);
      const count = (perNetwork.get(n) ?? 0) + 1;
      perNetwork.set(n, count);
      largest = Math.max(largest, count);
    }
    if (largest < MIN_LARGEST_SHARE * users.size) spread.add(identifier);
  }
  return spread;
}
