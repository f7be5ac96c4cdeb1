import { makeId } from '../../model/ids.js';
import type { Link } from '../../model/link.js';
import { addressKey, ownAddresses, sameAccountPairs } from './account-keys.js';
import { identifierWeight, isHub } from './hub-detection.js';
import { usageEras } from './identifier-eras.js';
import { holdingUses, type IdentifierUses } from './identifier-uses.js';
import { judgementsInForce } from './judgements-in-force.js';
import type { Judgement, LinkAccount } from './link-input.js';
import type { HubFound, MatchRecord } from './link-result.js';
import { PairEvidenceMap } from './pair-evidence.js';
import { telegramLinkedHandles } from './telegram-links.js';
import { UnionFind } from './union-find.js';
import { weakCandidates, weakScore } from './weak-matches.js';

/** One unshared phone, wallet or card (specificity >= 0.9) suffices; weaker or more widely shared ones must add up. */
const MERGE_WEIGHT = 0.85;
/**
 * Weak-evidence matches at or above this score merge; below it they stay candidates for an analyst. At 0.85 a
 * respelt handle with the same display name merged on its own, and 25% of such merges were wrong on generated
 * networks; 0.9 asks for some shared identifier as well (objects B-cubed F1 95.1 -> 95.6 at 10,000 accounts).
 */
const MATCH_MERGE_SCORE = 0.9;

export interface ObjectResolution {
  readonly sets: UnionFind;
  readonly links: Link[];
  readonly matches: MatchRecord[];
  readonly hubs: HubFound[];
  /** Identifier id -> the accounts it names (a handle written to address its owner). */
  readonly addresses: ReadonlyMap<string, readonly number[]>;
}

function accountRef(id: string): Link['source'] {
  return { kind: 'account', id };
}

/** The accounts an identifier names; a handle written as a t.me link names only a Telegram account. */
function ownersOf(
  owners: readonly number[] | undefined,
  entry: IdentifierUses,
  telegramOnly: ReadonlySet<string>,
  accounts: readonly LinkAccount[],
): readonly number[] | undefined {
  if (owners === undefined || entry.type !== 'telegram' || !telegramOnly.has(entry.value)) return owners;
  const onTelegram = owners.filter((o) => accounts[o]?.platform === 'telegram');
  return onTelegram.length > 0 ? onTelegram : undefined;
}

/**
 * Accounts -> objects. In order of trust: an analyst's `different` (never merged) and `same` (always), one
 * account under two keys, strong non-hub identifiers held in the same era, then weak matches above a score.
 */
export function resolveObjects(
  accounts: readonly LinkAccount[],
  index: ReadonlyMap<string, number>,
  uses: ReadonlyMap<string, IdentifierUses>,
  judgements: readonly Judgement[],
): ObjectResolution {
  const n = accounts.length;
  const sets = new UnionFind(n);
  const links: Link[] = [];
  const matches: MatchRecord[] = [];
  const hubs: HubFound[] = [];

  const inForce = judgementsInForce(judgements);
  for (const j of inForce) {
    const a = index.get(j.accountA);
    const b = index.get(j.accountB);
    if (a !== undefined && b !== undefined && j.verdict === 'different') sets.forbid(a, b);
  }
  for (const j of inForce) {
    const a = index.get(j.accountA);
    const b = index.get(j.accountB);
    if (a !== undefined && b !== undefined && j.verdict === 'same') sets.union(a, b);
  }

  for (const [a, b] of sameAccountPairs(accounts)) {
    const x = accounts[a];
    const y = accounts[b];
    if (x === undefined || y === undefined || !sets.union(a, b)) continue;
    links.push({
      id: makeId('lnk', 'same-account', x.id, y.id),
      type: 'same-account',
      source: accountRef(x.id),
      target: accountRef(y.id),
      method: 'handle-and-id',
      strength: 1,
      evidenceDocumentIds: [],
    });
  }

  const ownerOf = new Map<string, number[]>();
  accounts.forEach((account, i) => {
    for (const own of ownAddresses(account)) {
      const key = addressKey(own.type, own.value);
      const list = ownerOf.get(key) ?? [];
      list.push(i);
      ownerOf.set(key, list);
    }
  });
  const addresses = new Map<string, readonly number[]>();
  const pairs = new PairEvidenceMap(n);
  const telegramOnly = telegramLinkedHandles(uses.values());
  for (const entry of uses.values()) {
    const owners = ownersOf(ownerOf.get(addressKey(entry.type, entry.value)), entry, telegramOnly, accounts);
    if (owners !== undefined && entry.type !== 'phone') {
      // Writing someone's handle addresses them («оператор: @x»): a network tie, not the writer's own identity.
      addresses.set(entry.id, owners);
      continue;
    }
    const holders = new Set(entry.uses.map((u) => u.account));
    for (const owner of owners ?? []) holders.add(owner);
    if (isHub(holders.size)) {
      hubs.push({ identifierId: entry.id, type: entry.type, value: entry.value, accounts: holders.size });
      continue;
    }
    const holding = holdingUses(entry);
    for (const era of usageEras(entry.type, holding)) {
      // The fan-out counts the audience too: a contact quoted by many is as public as one used by many.
      const spread = era.length + (owners?.length ?? 0) + entry.uses.length - holding.length;
      const weight = identifierWeight(entry.type, spread);
      const members = era.map((u) => u.account);
      // A WhatsApp account is its number: whoever wrote the number in that era wrote their own or its owner's.
      for (const owner of owners ?? []) if (!members.includes(owner)) members.push(owner);
      const docs = era.flatMap((u) => u.evidence);
      for (let i = 0; i < members.length; i++) {
        for (let k = i + 1; k < members.length; k++) {
          pairs.add(members[i] ?? 0, members[k] ?? 0, weight, entry.id, docs);
        }
      }
    }
  }

  const sharedWeight = new Map<number, number>();
  for (const p of pairs.sorted()) {
    const x = accounts[p.a];
    const y = accounts[p.b];
    if (x === undefined || y === undefined) continue;
    sharedWeight.set(p.a * n + p.b, p.weight);
    const strength = Math.min(1, p.weight);
    links.push({
      id: makeId('lnk', 'shared-identifier', x.id, y.id),
      type: 'shared-identifier',
      source: accountRef(x.id),
      target: accountRef(y.id),
      method: `identifiers:${[...p.reasons].sort().join(',')}`,
      strength,
      evidenceDocumentIds: [...p.documents].sort(),
    });
    if (p.weight >= MERGE_WEIGHT) sets.union(p.a, p.b);
  }

  for (const c of weakCandidates(accounts)) {
    const x = accounts[c.a];
    const y = accounts[c.b];
    if (x === undefined || y === undefined) continue;
    const shared = sharedWeight.get(Math.min(c.a, c.b) * n + Math.max(c.a, c.b)) ?? 0;
    const score = weakScore(c.features, shared);
    const merged = score >= MATCH_MERGE_SCORE && sets.canUnion(c.a, c.b) && sets.union(c.a, c.b);
    matches.push({
      accountA: x.id,
      accountB: y.id,
      score,
      method: 'handle-skeleton',
      features: { ...c.features, sharedIdentifierWeight: shared },
      merged,
    });
  }
  return { sets, links, matches, hubs, addresses };
}
