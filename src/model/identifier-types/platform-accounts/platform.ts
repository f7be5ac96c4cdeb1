import type { CleanContext } from '../../identifier-type.js';

/** One social platform whose profile links name an account: how its links and its account names are read. */
export interface Platform {
  /** What comes before the colon in a value: «instagram» in «instagram:shop_almaty». */
  readonly name: string;
  /** Lower-case host names its profile links are written with; other subdomains (vm.tiktok.com …) are not. */
  readonly hosts: readonly string[];
  /** The account a link on one of the hosts opens, or null for a page that names none (a post, a search, a feed). */
  accountOfUrl(url: URL, context: CleanContext): string | null;
  /** An account as written after «name:» -> its normal form, or null. Must be idempotent. */
  cleanAccount(account: string, context: CleanContext): string | null;
  /** A link that opens the account (a normal form, as cleanAccount gives it). */
  profileUrl(account: string): string;
}

/** The non-empty segments of a URL's path: «/shop_almaty/reels/» -> ['shop_almaty', 'reels']. */
export function pathSegments(url: URL): readonly string[] {
  return url.pathname.split('/').filter((segment) => segment !== '');
}

/** «@shop» -> «shop»: people write the at-sign of a handle into a value too. */
export function withoutAt(account: string): string {
  return account.startsWith('@') ? account.slice(1) : account;
}
