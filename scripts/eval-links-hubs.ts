import type { Gold, GoldHub } from './eval-links-input.js';
import { identifierKey } from './eval-links-prediction.js';

/**
 * Whether hub identifiers (a bank's call centre, an exchanger, a stock photo) glued unrelated networks together.
 * For a hub, take the accounts that mentioned it; a predicted network holding such accounts from k different gold
 * networks counts k - 1 merges. The prediction does not say why it merged, so this blames the hub for any merge
 * among its users and errs towards reporting. Two figures help read it: `listed`, the merges in predicted networks
 * that list the hub among their identifiers (a linker that leaves hubs out of its objects' identifiers, as qyran's
 * does, always shows 0 here), and `chance`, the merges expected among the hub's users if the linker ignored the
 * hub and merged networks as it did anyway: each gold network of a predicted network uses the hub at the rate of
 * its kind (drug or benign: most drug networks use the exchangers, few benign ones do, so one overall rate would
 * make any wrong join of two drug networks look like the exchanger's doing), and the expected excess is
 * E[max(0, X - 1)] = sum p - (1 - prod(1 - p)) over them. A linker that links through a hub shows merges far above
 * chance; one that merely over-merges shows merges near it.
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

/** Expected max(0, X - 1) for X a sum of independent Bernoulli(p_i): E[X] - P(X >= 1). */
function expectedExcess(rates: readonly number[]): number {
  let sum = 0;
  let none = 1;
  for (const p of rates) {
    sum += p;
    none *= 1 - p;
  }
  return sum - (1 - none);
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
  const drugNetwork = new Map<string, boolean>();
  for (const account of gold.accounts.values()) {
    drugNetwork.set(account.network, account.drug);
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
    const rate = rateByKind(networks, drugNetwork);
    let chance = 0;
    for (const set of networksOfCluster.values()) {
      if (set.size > 1) chance += expectedExcess([...set].map((n) => rate(drugNetwork.get(n) ?? false)));
    }
    return { hub, networks: networks.size, merges, largest, listed, chance };
  });
}

/** The share of drug and of benign gold networks that use the hub. */
function rateByKind(users: ReadonlySet<string>, drugNetwork: ReadonlyMap<string, boolean>): (drug: boolean) => number {
  const total = [0, 0];
  const using = [0, 0];
  for (const [network, drug] of drugNetwork) {
    const k = drug ? 1 : 0;
    total[k] = (total[k] ?? 0) + 1;
    if (users.has(network)) using[k] = (using[k] ?? 0) + 1;
  }
  return (drug) => {
    const k = drug ? 1 : 0;
    return (using[k] ?? 0) / Math.max(1, total[k] ?? 0);
  };
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
