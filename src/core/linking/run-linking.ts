import { makeId } from '../../model/ids.js';
import type { Link } from '../../model/link.js';
import { groupNetworks } from './group-networks.js';
import { aggregateUses } from './identifier-uses.js';
import type { Judgement, LinkAccount, LinkDocument } from './link-input.js';
import type { LinkedObject, LinkResult } from './link-result.js';
import { networkTies } from './network-links.js';
import { objectKind } from './object-kind.js';
import { networkEdges, objectPairs } from './object-pairs.js';
import { resolveObjects } from './resolve-objects.js';
import { spreadIdentifiers } from './spread-identifiers.js';
import { tradingObjects } from './trading-objects.js';

/** Two objects are one network when their ties add up to this: one trade reply or mention, or several weak ties. */
const NETWORK_MERGE = 0.85;

export interface LinkingInput {
  readonly accounts: readonly LinkAccount[];
  readonly documents: readonly LinkDocument[];
  readonly judgements: readonly Judgement[];
}

/**
 * The whole resolution, recomputed in memory from the aggregates: accounts -> objects -> networks. Pure and
 * deterministic, so a refresh over the same aggregates gives the same objects and ids as a full run.
 */
export function runLinking(input: LinkingInput): LinkResult {
  const accounts = [...input.accounts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map(accounts.map((a, i) => [a.id, i]));
  const uses = aggregateUses(input.documents, index);
  const resolution = resolveObjects(accounts, index, uses, input.judgements);
  const { sets } = resolution;

  // Roots -> dense object indices, ordered by smallest member id so object ids and order are deterministic.
  const objectOf = new Int32Array(accounts.length).fill(-1);
  const members: number[][] = [];
  for (let i = 0; i < accounts.length; i++) {
    const root = sets.find(i);
    let o = objectOf[root] ?? -1;
    if (o < 0) {
      o = members.length;
      members.push([]);
      objectOf[root] = o;
    }
    objectOf[i] = o;
    members[o]?.push(i);
  }
  const objectIds = members.map((m) => makeId('obj', accounts[m[0] ?? 0]?.id ?? ''));

  const ties = networkTies(accounts, index, input.documents, uses, resolution.addresses, objectOf);
  const trader = tradingObjects(input.documents, index, objectOf, members.length);
  // Two passes: networks on every other kind of tie first, to tell an organisation's contacts from public ones.
  const draftEdges = networkEdges(objectPairs(ties, objectOf, objectIds, (t) => t.identifier === null).values());
  const draft = groupNetworks(members.length, draftEdges, trader, NETWORK_MERGE);
  const spread = spreadIdentifiers(ties, objectOf, (o) => draft.find(o));
  const pairs = objectPairs(ties, objectOf, objectIds, (t) => t.identifier === null || !spread.has(t.identifier));
  const networks = groupNetworks(members.length, networkEdges(pairs.values()), trader, NETWORK_MERGE);
  const links: Link[] = [...resolution.links];
  for (const { byType } of pairs.values()) for (const { link } of byType.values()) links.push(link);

  const identifiersOf = members.map(() => new Set<string>());
  const bot = new Array<boolean>(members.length).fill(false);
  const addressed = new Array<boolean>(members.length).fill(false);
  const hubIds = new Set(resolution.hubs.map((h) => h.identifierId));
  for (const entry of uses.values()) {
    if (hubIds.has(entry.id)) continue;
    const owners = resolution.addresses.get(entry.id);
    if (owners !== undefined) {
      for (const owner of owners) {
        const o = objectOf[owner] ?? -1;
        if (o >= 0) addressed[o] = true;
      }
      continue;
    }
    for (const use of entry.uses) {
      const o = objectOf[use.account] ?? -1;
      if (o < 0) continue;
      identifiersOf[o]?.add(entry.id);
      if (entry.type === 'telegram' && entry.value.endsWith('bot')) bot[o] = true;
    }
  }
  const networkIds = new Map<number, string>();
  const objects: LinkedObject[] = members.map((m, o) => {
    const root = networks.find(o);
    let network = networkIds.get(root);
    if (network === undefined) {
      network = `net_${(objectIds[root] ?? '').slice(4)}`;
      networkIds.set(root, network);
    }
    return {
      id: objectIds[o] ?? '',
      kind: objectKind(m.length, bot[o] ?? false, addressed[o] ?? false),
      accountIds: m.map((i) => accounts[i]?.id ?? ''),
      identifierIds: [...(identifiersOf[o] ?? [])].sort(),
      network,
    };
  });
  return { objects, links, matches: resolution.matches, hubs: resolution.hubs, networks: networkIds.size };
}
