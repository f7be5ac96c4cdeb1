import { identifierType } from '../../model/identifier-types/index.js';

/**
 * An identifier is a hub when more accounts use it than one actor plausibly runs: a bank's call centre, an
 * exchanger, a marketplace's support. The largest multi-account actors analysts report (a shop with a dozen
 * storefronts, its operators and couriers' second accounts) stay well under this.
 */
export const HUB_MIN_ACCOUNTS = 25;
/** Below this many accounts an identifier keeps its type's full weight. */
export const FULL_WEIGHT_ACCOUNTS = 4;
const DEFAULT_SPECIFICITY = 0.5;

export function isHub(accounts: number): boolean {
  return accounts >= HUB_MIN_ACCOUNTS;
}

/**
 * Weight of an identifier as evidence that its users are one actor: the type's specificity, discounted as the
 * value fans out to more accounts (log-scaled, since fan-out grows by orders of magnitude), zero for hubs.
 */
export function identifierWeight(type: string, accounts: number): number {
  if (isHub(accounts)) return 0;
  const specificity = identifierType(type)?.specificity ?? DEFAULT_SPECIFICITY;
  if (accounts <= FULL_WEIGHT_ACCOUNTS) return specificity;
  const fanOut = 1 - Math.log(accounts / FULL_WEIGHT_ACCOUNTS) / Math.log(HUB_MIN_ACCOUNTS / FULL_WEIGHT_ACCOUNTS);
  return specificity * Math.max(0, fanOut);
}
