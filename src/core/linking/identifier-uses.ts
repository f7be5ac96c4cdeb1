import type { LinkDocument } from './link-input.js';

/** One account's use of one identifier, aggregated over its documents. */
export interface IdentifierUse {
  readonly account: number;
  firstSeen: number;
  lastSeen: number;
  documents: number;
  /** How many of them were the account's own offers (sale or recruitment posts). */
  offers: number;
  /** How many of them warn against or disown their contacts («@x — это наркошоп», «старый аккаунт @x заблокирован»). */
  warnings: number;
  /** A few of the documents, as evidence; the count says how many there were. */
  readonly evidence: string[];
}

export interface IdentifierUses {
  readonly id: string;
  readonly type: string;
  readonly value: string;
  readonly uses: IdentifierUse[];
}

const EVIDENCE_KEPT = 5;

/** Account x identifier aggregates: the compact view resolution works from, instead of every mention. */
export function aggregateUses(
  documents: Iterable<LinkDocument>,
  accountIndex: ReadonlyMap<string, number>,
): Map<string, IdentifierUses> {
  const byIdentifier = new Map<string, IdentifierUses>();
  const useOf = new Map<string, IdentifierUse>();
  for (const doc of documents) {
    // A forward repeats another account's post: its contacts are that account's, not the forwarder's.
    if (doc.authorAccountId === null || doc.forwardedFrom !== null) continue;
    const account = accountIndex.get(doc.authorAccountId);
    if (account === undefined) continue;
    for (const idf of doc.identifiers) {
      let entry = byIdentifier.get(idf.id);
      if (entry === undefined) {
        entry = { id: idf.id, type: idf.type, value: idf.value, uses: [] };
        byIdentifier.set(idf.id, entry);
      }
      const key = `${idf.id}\u001f${account}`;
      let use = useOf.get(key);
      if (use === undefined) {
        use = { account, firstSeen: doc.time, lastSeen: doc.time, documents: 0, offers: 0, warnings: 0, evidence: [] };
        useOf.set(key, use);
        entry.uses.push(use);
      }
      use.documents++;
      // A warning the classifier took for a sale offers nothing.
      if (doc.warning) use.warnings++;
      else if (doc.trade) use.offers++;
      if (use.evidence.length < EVIDENCE_KEPT) use.evidence.push(doc.id);
      if (doc.time < use.firstSeen || Number.isNaN(use.firstSeen)) use.firstSeen = doc.time;
      if (doc.time > use.lastSeen || Number.isNaN(use.lastSeen)) use.lastSeen = doc.time;
    }
  }
  return byIdentifier;
}

/**
 * The uses of an advertised contact that hold it: where someone offers it in a sale or recruitment post, whoever
 * only quotes it («бот @x не отвечает», «кто брал у @x?») is its audience, not its holder. A contact nobody
 * advertises (a courier's or a private seller's number) is held by all who write it, except those who only warn
 * against it or disown it: a shop and its impersonator both announcing «старый аккаунт @x заблокирован» claim the
 * same dead handle, and were merged by it.
 */
export function holdingUses(entry: IdentifierUses): IdentifierUse[] {
  const offered = entry.uses.filter((u) => u.offers > 0);
  return offered.length > 0 ? offered : entry.uses.filter((u) => u.documents > u.warnings);
}
