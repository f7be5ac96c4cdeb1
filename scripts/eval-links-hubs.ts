import type { Gold, GoldHub } from './eval-links-input.js';
import { identifierKey } from './eval-links-prediction.js';

/**
 * Whether hub identifiers (a bank's call centre, an exchanger, a stock photo) glued unrelated networks together.
 * For a hub, take the accounts that mentioned it; a predicted network holding such accounts from k different gold
 * networks counts k - 1 merges. The prediction does not say why it merged, so this blames the hub for any merge
 * among its users and errs towards reporting. Two figures help read it: `listed`, the merges in predicted networks
 * that list the hub among their identifiers, and `chance`, the merges expected among the hub's users if the linker
 * ignored the hub and merged networks as it did anyway (each of the k gold networks of a predicted network using
 * the hub with the hub's overall rate p: E[max(0, X - 1)] with X ~ Binomial(k, p)). A linker that links through a
 * hub shows merges far above chance; one that merely over-merges shows merges near it.
 */
export interface HubFinding {
  readonly hub: GoldHub;
  /** Gold networks whose accounts mentioned the hub. */
  readonly networks: number;
  readonly merges: number;
  /** The most gold networks among the hub's users in one predicted network. */
  readonly largest: number;
  readonly listed: number;
  readonly chance: number;
}

/** Expected max(0, X - 1) for X ~ Binomial(k, p). */
function expectedExcess(k: number, p: number): number {
  return k * p - (1 - (1 - p) ** k);
}

export function hubFindings(
  gold: Gold,
  clusterOf: ReadonlyMap<string, string>,
  clusterIdentifiers: ReadonlyMap<string, ReadonlySet<string>>,
): HubFinding[] {
  const users = new Map<string, string[]>();
  for (const account of gold.accounts.values()) {
    for (const hub of account.hubs) {
      const list = users.get(hub);
      if (list === undefined) users.set(hub, [account.account]);
      else list.push(account.account);
    }
  }
  const networksOfCluster = new Map<string, Set<string>>();
  const allNetworks = new Set<string>();
  for (const account of gold.accounts.values()) {
    allNetworks.add(account.network);
    const cluster = clusterOf.get(account.account);
    if (cluster === undefined) continue;
    let set = networksOfCluster.get(cluster);
    if (set === undefined) {
      set = new Set();
      networksOfCluster.set(cluster, set);
    }
    set.add(account.network);
  }
  return gold.hubs.map((hub) => {
    const networksByCluster = new Map<string, Set<string>>();
    const networks = new Set<string>();
    for (const key of users.get(hub.hub) ?? []) {
      const account = gold.accounts.get(key);
      if (account === undefined) continue;
      networks.add(account.network);
      const cluster = clusterOf.get(key) ?? `single:${key}`;
      let set = networksByCluster.get(cluster);
      if (set === undefined) {
        set = new Set();
        networksByCluster.set(cluster, set);
      }
      set.add(account.network);
    }
    const hubKey = identifierKey(hub.identifier.type, hub.identifier.value);
    let merges = 0;
    let largest = networks.size === 0 ? 0 : 1;
    let listed = 0;
    for (const [cluster, set] of networksByCluster) {
      if (set.size < 2) continue;
      merges += set.size - 1;
      largest = Math.max(largest, set.size);
      if (clusterIdentifiers.get(cluster)?.has(hubKey) === true) listed += set.size - 1;
    }
    const p = networks.size / Math.max(1, allNetworks.size);
    let chance = 0;
    for (const set of networksOfCluster.values()) if (set.size > 1) chance += expectedExcess(set.size, p);
    return { hub, networks: networks.size, merges, largest, listed, chance };
  });
}

/** Predicted networks that hold accounts of more than one gold drug network, and the largest such count. */
export function drugNetworkMerges(
  gold: Gold,
  clusterOf: ReadonlyMap<string, string>,
): { clusters: number; largest: number } {
  const drugNetworks = new Map<string, Set<string>>();
  for (const account of gold.accounts.values()) {
    if (!account.drug) continue;
    const cluster = clusterOf.get(account.account);
    if (cluster === undefined) continue;
    let set = drugNetworks.get(cluster);
    if (set === undefined) {
      set = new Set();
      drugNetworks.set(cluster, set);
    }
    set.add(account.network);
  }
  let clusters = 0;
  let largest = 0;
  for (const set of drugNetworks.values()) {
    if (set.size > 1) clusters++;
    largest = Math.max(largest, set.size);
  }
  return { clusters, largest };
}
