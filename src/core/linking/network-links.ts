import { makeId } from '../../model/ids.js';
import type { Link } from '../../model/link.js';
import { handleFrom } from '../source/account.js';
import { respells } from './account-keys.js';
import { coActivity } from './co-activity.js';
import { identifierWeight, isHub } from './hub-detection.js';
import type { IdentifierUses } from './identifier-uses.js';
import type { LinkAccount, LinkDocument } from './link-input.js';

/** One observed tie between two accounts that places them in one network (not one object). */
export interface NetworkTie {
  readonly type:
    | 'mention'
    | 'reply'
    | 'enlist'
    | 'forward'
    | 'co-activity'
    | 'shared-identifier'
    | 'image'
    | 'near-duplicate';
  readonly a: number;
  readonly b: number;
  /** 0..1: how much this one tie says. */
  readonly strength: number;
  readonly documents: readonly string[];
  /** The identifier a `shared-identifier` tie is about; null for every other kind. */
  readonly identifier: string | null;
}

/** A trade post answered or reposted ties its people to the seller; chatter between neighbours ties nobody. */
const TRADE_TIE = 0.9;
const CHAT_TIE = 0.15;
/** Near-duplicate ad texts and reused photos: public templates and stock photos are copied by strangers. */
const TEMPLATE_TIE = 0.3;
const IMAGE_TIE = 0.5;
/** A band or photo shared by more accounts than this is a template or stock image in circulation. */
const MAX_SHARED_GROUP = 10;

function handleIndex(accounts: readonly LinkAccount[]): Map<string, number[]> {
  const byHandle = new Map<string, number[]>();
  accounts.forEach((a, i) => {
    if (a.handle === null) return;
    const list = byHandle.get(a.handle) ?? [];
    list.push(i);
    byHandle.set(a.handle, list);
  });
  return byHandle;
}

/** Values shared by at most hub-many accounts: pairs from each group (the group is small by construction). */
function groupTies(
  groups: ReadonlyMap<string | number, { account: number; doc: string }[]>,
  type: NetworkTie['type'],
  strength: number,
  out: NetworkTie[],
): void {
  for (const members of groups.values()) {
    const accounts = [...new Set(members.map((m) => m.account))];
    if (accounts.length < 2 || accounts.length > MAX_SHARED_GROUP) continue;
    const docs = members.slice(0, 6).map((m) => m.doc);
    for (let i = 0; i < accounts.length; i++) {
      for (let k = i + 1; k < accounts.length; k++) {
        out.push({ type, a: accounts[i] ?? 0, b: accounts[k] ?? 0, strength, documents: docs, identifier: null });
      }
    }
  }
}

function push<K>(map: Map<K, { account: number; doc: string }[]>, key: K, account: number, doc: string): void {
  const list = map.get(key) ?? [];
  list.push({ account, doc });
  map.set(key, list);
}

/** Every network-level tie the documents show, account to account, each with its documents. */
export function networkTies(
  accounts: readonly LinkAccount[],
  index: ReadonlyMap<string, number>,
  documents: readonly LinkDocument[],
  uses: ReadonlyMap<string, IdentifierUses>,
  addresses: ReadonlyMap<string, readonly number[]>,
  objectOf: Int32Array,
): NetworkTie[] {
  const accountOf = (id: string): number => index.get(id) ?? -1;
  const ties: NetworkTie[] = [];
  const byExternal = new Map<string, LinkDocument>();
  for (const doc of documents) if (doc.externalId !== null) byExternal.set(doc.externalId, doc);
  const byHandle = handleIndex(accounts);
  const images = new Map<string, { account: number; doc: string }[]>();
  const bands = new Map<number, { account: number; doc: string }[]>();

  for (const doc of documents) {
    const author = doc.authorAccountId === null ? -1 : accountOf(doc.authorAccountId);
    if (author < 0) continue;
    if (doc.parentExternalId !== null) {
      const parent = byExternal.get(doc.parentExternalId);
      const target = parent?.authorAccountId == null ? -1 : accountOf(parent.authorAccountId);
      if (parent !== undefined && target >= 0 && target !== author) {
        const strength = parent.trade || doc.trade ? TRADE_TIE : CHAT_TIE;
        // A reply that warns («не ведитесь», «Админ, удалите») or names a contact of the recruitment post (reports,
        // «who is @x?») talks about the recruiter; applicants answer it, they do not repeat it.
        const type = parent.recruitment && !doc.warning && !namesContactOf(doc, parent) ? 'enlist' : 'reply';
        ties.push({ type, a: author, b: target, strength, documents: [doc.id, parent.id], identifier: null });
      }
    }
    if (doc.forwardedFrom !== null) {
      const handle = handleFrom(doc.forwardedFrom);
      const targets = handle === null ? [] : (byHandle.get(handle) ?? []);
      if (targets.length === 1 && targets[0] !== author) {
        const strength = doc.trade ? TRADE_TIE : CHAT_TIE;
        ties.push({ type: 'forward', a: author, b: targets[0] ?? 0, strength, documents: [doc.id], identifier: null });
      }
    }
    // A forward's photos are the original poster's (the forward tie already says who was reposted).
    if (doc.forwardedFrom === null) for (const hash of doc.imageHashes) push(images, hash, author, doc.id);
    for (const band of doc.bands) push(bands, band, author, doc.id);
  }

  for (const entry of uses.values()) {
    const owners = addresses.get(entry.id);
    if (owners !== undefined) {
      const writers = new Set(entry.uses.map((u) => u.account));
      const holders = new Set(owners.map((o) => objectOf[o]));
      // An account advertising a respelling of its own handle may hold this one too: the store keeps an account's
      // first handle, and an operator renamed baron_support -> baronsupport addressed another shop's @baronsupport.
      for (const use of entry.uses) {
        if (use.offers > 0 && respells(accounts[use.account]?.handle ?? null, entry.value)) {
          holders.add(objectOf[use.account]);
        }
      }
      // A handle two objects hold (brands collide across cities and platforms) does not say which one is meant.
      if (isHub(writers.size) || holders.size > 1) continue;
      for (const use of entry.uses) {
        // Naming an account outside one's own offers (complaints, warnings, questions) is no tie to it.
        if (use.offers === 0) continue;
        for (const owner of owners) {
          if (owner !== use.account) {
            const tie = { a: use.account, b: owner, strength: TRADE_TIE, documents: use.evidence, identifier: null };
            ties.push({ type: 'mention', ...tie });
          }
        }
      }
      continue;
    }
    const weight = identifierWeight(entry.type, entry.uses.length);
    if (weight <= 0) continue;
    const members = entry.uses;
    for (let i = 0; i < members.length; i++) {
      for (let k = i + 1; k < members.length; k++) {
        const x = members[i];
        const y = members[k];
        if (x === undefined || y === undefined) continue;
        ties.push({
          type: 'shared-identifier',
          a: x.account,
          b: y.account,
          strength: weight,
          documents: [...x.evidence.slice(0, 2), ...y.evidence.slice(0, 2)],
          identifier: entry.id,
        });
      }
    }
  }
  groupTies(images, 'image', IMAGE_TIE, ties);
  groupTies(bands, 'near-duplicate', TEMPLATE_TIE, ties);
  for (const c of coActivity(documents, accountOf)) {
    const strength = Math.min(1, c.days / 5);
    ties.push({ type: 'co-activity', a: c.a, b: c.b, strength, documents: c.documents, identifier: null });
  }
  return withoutHubAccounts(ties);
}

/** Ties aimed at one account by whoever reads it: forwarded, answered or named by many, it is a public account. */
const AUDIENCE_TIES: ReadonlySet<NetworkTie['type']> = new Set(['forward', 'reply', 'mention']);

/**
 * Drops forwards, replies and mentions aimed at an account that hub-many others aim them at (an exchanger's
 * channel, a news channel): like a hub identifier, a public account ties its audience to nobody.
 */
function withoutHubAccounts(ties: readonly NetworkTie[]): NetworkTie[] {
  const audience = new Map<number, Set<number>>();
  for (const tie of ties) {
    if (!AUDIENCE_TIES.has(tie.type)) continue;
    const set = audience.get(tie.b) ?? new Set<number>();
    set.add(tie.a);
    audience.set(tie.b, set);
  }
  return ties.filter((tie) => !AUDIENCE_TIES.has(tie.type) || !isHub(audience.get(tie.b)?.size ?? 0));
}

function namesContactOf(reply: LinkDocument, post: LinkDocument): boolean {
  return reply.identifiers.some((mine) => post.identifiers.some((theirs) => theirs.id === mine.id));
}

export function tieLink(tie: NetworkTie, source: string, target: string): Link {
  const [x, y] = source < target ? [source, target] : [target, source];
  return {
    id: makeId('lnk', tie.type, x, y),
    type: tie.type,
    source: { kind: 'object', id: x },
    target: { kind: 'object', id: y },
    method: tie.type,
    strength: tie.strength,
    evidenceDocumentIds: [...new Set(tie.documents)].sort(),
  };
}
