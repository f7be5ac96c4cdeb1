import { formatPhone } from './generate-corpus-networks.js';
import type { Rng } from './generate-corpus-random.js';
import { DAY } from './generate-networks-random.js';
import type { IdentifierValue } from './generate-networks-types.js';

/**
 * A phone in the spellings posts use: the corpus's four, plus the 8-prefixed and bracketed forms, and a wa.me link
 * where the number is someone's own WhatsApp (not a call centre's).
 */
export function writePhone(rng: Rng, digits: string, whatsapp = true): string {
  const [a, b, c, d] = [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6, 8), digits.slice(8, 10)];
  if (rng.chance(0.6)) return formatPhone(rng, digits);
  const forms = [`8${digits}`, `8 ${a} ${b} ${c}${d}`, `+7 (${a}) ${b}-${c}-${d}`];
  return rng.pick(whatsapp ? [...forms, `wa.me/7${digits}`] : forms);
}

export function phoneIdentifier(digits: string): IdentifierValue {
  return { type: 'phone', value: `+7${digits}` };
}

/** A number in use from `from` to `to`: a shop's SIM between two bans. */
export interface PhoneSpan {
  readonly digits: string;
  readonly from: number;
  readonly to: number;
}

/**
 * A shop's numbers over its life: each replaces the last with a few days of overlap, so an account that posts
 * across a change shows both, and the accounts of one shop form a chain A-B, B-C, C-D.
 */
export function phoneChain(rng: Rng, from: number, to: number, count: number, fresh: () => string): PhoneSpan[] {
  const step = (to - from) / count;
  return Array.from({ length: count }, (_, i) => ({
    digits: fresh(),
    from: i === 0 ? from : from + step * i - rng.int(2, 15) * DAY,
    to: i === count - 1 ? to : from + step * (i + 1) + rng.int(2, 15) * DAY,
  }));
}

/** The numbers in use at `time` (one, or two during a change-over). */
export function phonesAt(chain: readonly PhoneSpan[], time: number): PhoneSpan[] {
  const live = chain.filter((p) => p.from <= time && time <= p.to);
  if (live.length > 0) return live;
  // Before the first or after the last span (a post at the edge of the shop's life): the nearest number.
  const first = chain[0];
  const last = chain[chain.length - 1];
  return first !== undefined && time < first.from ? [first] : last === undefined ? [] : [last];
}
