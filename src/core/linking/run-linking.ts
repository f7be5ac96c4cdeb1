import { makeId } from '../../model/ids.js';
import type { Link } from '../../model/link.js';
import { groupNetworks, type NetworkEdge } from './group-networks.js';
import { aggregateUses } from './identifier-uses.js';
import type { Judgement, LinkAccount, LinkDocument } from './link-input.js';
import type { LinkedObject, LinkResult } from './link-result.js';
import { type NetworkTie, networkTies, TIE_CAP, tieLink } from './network-links.js';
import { objectKind } from './object-kind.js';
import { resolveObjects } from './resolve-objects.js';

/** Two objects are one network when their ties add up to this: one trade reply or mention, or several weak ties. */
export const NETWORK_MERGE = 0.85;

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
  const resolution = resolveObjects(accounts, uses, input.judgements);
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

  const ties = networkTies(accounts, input.documents, uses, resolution.addresses);
  const perPair = new Map<string, Map<NetworkTie['type'], { strength: number; link: Link }>>();
  for (const tie of ties) {
    const x = objectOf[tie.a] ?? -1;
    const y = objectOf[tie.b] ?? -1;
    if (x < 0 || y < 0 || x === y) continue;
    const source = objectIds[x] ?? '';
    const target = objectIds[y] ?? '';
    const key = source < target ? `${source} ${target}` : `${target} ${source}`;
    const byType = perPair.get(key) ?? new Map<NetworkTie['type'], { strength: number; link: Link }>();
    perPair.set(key, byType);
    const seen = byType.get(tie.type);
    if (seen === undefined) {
      byType.set(tie.type, { strength: tie.strength, link: tieLink(tie, source, target) });
    } else {
      // Repeated ties of one kind add up, as independent sightings do: 1 - prod(1 - s).
      const strength = 1 - (1 - seen.strength) * (1 - tie.strength);
      const docs = [...new Set([...seen.link.evidenceDocumentIds, ...tie.documents])].sort().slice(0, 10);
      byType.set(tie.type, { strength, link: { ...seen.link, strength, evidenceDocumentIds: docs } });
    }
  }

  const objectIndex = new Map(objectIds.map((id, i) => [id, i]));
  const trader = new Array<boolean>(members.length).fill(false);
  for (const doc of input.documents) {
    const author = doc.trade && doc.authorAccountId !== null ? index.get(doc.authorAccountId) : undefined;
    if (author !== undefined) trader[objectOf[author] ?? 0] = true;
  }
  const links: Link[] = [...resolution.links];
  const edges: NetworkEdge[] = [];
  for (const [key, byType] of perPair) {
    let total = 0;
    for (const [type, { strength, link }] of byType) {
      const cap = TIE_CAP[type] ?? 0;
      total = 1 - (1 - total) * (1 - Math.min(cap, strength));
      links.push(link);
    }
    const [s, t] = key.split(' ');
    edges.push({
      a: objectIndex.get(s ?? '') ?? 0,
      b: objectIndex.get(t ?? '') ?? 0,
      strength: total,
      enlists: byType.has('enlist'),
    });
  }
  const networks = groupNetworks(members.length, edges, trader, NETWORK_MERGE);

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
