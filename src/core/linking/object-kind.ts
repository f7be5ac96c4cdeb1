import type { ObjectKind } from '../../model/link.js';

/**
 * A coarse kind from what the object does: several storefronts or an ordering bot make a shop; accounts
 * addressed by others' ads are operators. Analysts correct it; nothing downstream depends on it.
 */
export function objectKind(accounts: number, usesBot: boolean, addressedByOthers: boolean): ObjectKind {
  if (usesBot || accounts >= 3) return 'shop';
  if (addressedByOthers) return 'operator';
  return 'person';
}
