import type { NetworkTie } from './network-links.js';

/**
 * How far each kind of tie alone can carry two objects into one network, however often it repeats. Measured on
 * generated networks (docs/linking.md): near-duplicate texts joined unrelated shops (30% precision: public
 * templates), so they are kept as evidence but never merge; replies to sale posts are buyers, who belong to no
 * seller's network (0 of 2,291 in one); and where two sellers' objects were tied by replies as well as
 * other ties, they were in one network 1-34% of the time at 100,000 accounts: answering a post is talking to its
 * writer, not working with them, so replies are kept as evidence and never merge. A reused photo alone was right for 76% of
 * pairs (clones copy a shop's photos), so it too needs a second kind of tie (networks F1 95.3 -> 95.8).
 */
const TIE_CAP: Readonly<Record<NetworkTie['type'], number>> = {
  mention: 0.9,
  reply: 0,
  enlist: 0.9,
  forward: 0.9,
  'co-activity': 1,
  'shared-identifier': 0.9,
  image: 0.6,
  'near-duplicate': 0,
};

/** Kinds that say two objects work together rather than merely look alike. */
const WORK_TIES: readonly NetworkTie['type'][] = ['shared-identifier', 'enlist', 'forward', 'co-activity'];

/**
 * The combined strength of every kind of tie between two objects: kinds add up as independent sightings,
 * 1 - prod(1 - min(cap, s)). Except that the same photos and a mention with nothing else between them is what an
 * impersonator shows: it copies a shop's photos and names its handle («старый аккаунт @x заблокирован») but shares
 * none of its contacts. Two trading objects tied that way and no other were one network for 27 of 58 pairs at
 * 100,000 accounts, against 97.6% for a mention alone, so then neither counts.
 */
export function pairStrength(byType: ReadonlyMap<NetworkTie['type'], { readonly strength: number }>): number {
  const lookalike = byType.has('image') && byType.has('mention') && !WORK_TIES.some((t) => byType.has(t));
  let total = 0;
  for (const [type, { strength }] of byType) {
    if (lookalike && (type === 'image' || type === 'mention')) continue;
    total = 1 - (1 - total) * (1 - Math.min(TIE_CAP[type], strength));
  }
  return total;
}
