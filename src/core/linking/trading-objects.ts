import type { LinkDocument } from './link-input.js';

/**
 * Objects that trade: they wrote an offer, their own sale or recruitment post giving a contact. A forward repeats
 * someone else's offer (buyers forward them too); a post the classifier took for a sale but naming no contact
 * («ненаход был, оператор молчит») offers nothing, nor does one warning against the contact it names («@x — это
 * наркошоп, не ведитесь»). Customers were traders by these two alone in 425 of 2,069
 * cases at 20,000 accounts, and tied shops they bought from into one network. Requiring a contact that is no hub
 * and no other account's handle as well cost couriers' and operators' recall (networks F1 97.7 -> 95.7).
 */
export function tradingObjects(
  documents: readonly LinkDocument[],
  accountIndex: ReadonlyMap<string, number>,
  objectOf: Int32Array,
  objects: number,
): boolean[] {
  const trader = new Array<boolean>(objects).fill(false);
  for (const doc of documents) {
    if (!doc.trade || doc.warning || doc.forwardedFrom !== null || doc.authorAccountId === null) continue;
    const author = accountIndex.get(doc.authorAccountId);
    if (author === undefined || doc.identifiers.length === 0) continue;
    const o = objectOf[author] ?? -1;
    if (o >= 0) trader[o] = true;
  }
  return trader;
}
