import {
  type CleanContext,
  DEFAULT_CLEAN_CONTEXT,
  exactCompare,
  type IdentifierAttributes,
  type IdentifierType,
} from '../identifier-type.js';
import { PLATFORM_BY_HOST, PLATFORM_BY_NAME, PLATFORM_DOMAINS } from './platform-accounts/platforms.js';
import { stripFormatChars } from './refang.js';
import { urlType } from './url.js';

const MAX_RAW_LENGTH = 4096;
/** A value as stored, «instagram:shop_almaty»; «whatsapp://…» is a link, not a value. */
const VALUE = /^([a-z]+):(?!\/\/)(.+)$/is;

/** The URL parser cannot fail on what the url type produced; the guard keeps `clean` from throwing regardless. */
function parsedOrNull(href: string): URL | null {
  try {
    return new URL(href);
  } catch {
    return null;
  }
}

/**
 * The account a normalised URL (the url type's value) opens, as a value, or null. Most links are to other sites
 * and cost a host lookup; only a platform's links are parsed again.
 */
export function platformAccountOfUrl(href: string, context: CleanContext): string | null {
  // A normalised URL has a «/» after its host, or nothing after it at all; a host with a port is no platform's.
  const hostStart = href.indexOf('//') + 2;
  const hostEnd = href.indexOf('/', hostStart);
  const platform = PLATFORM_BY_HOST.get(hostEnd < 0 ? href.slice(hostStart) : href.slice(hostStart, hostEnd));
  if (platform === undefined) return null;
  const url = parsedOrNull(href);
  const account = url === null ? null : platform.accountOfUrl(url, context);
  return account === null ? null : `${platform.name}:${account}`;
}

/** Whether links under a registrable domain (the domain type's value) can open a platform account at all. */
export function isPlatformDomain(domain: string): boolean {
  return PLATFORM_DOMAINS.has(domain);
}

/** A profile link (any form the url type reads, defanged ones too) or a value -> «platform:account». */
function cleanPlatformAccount(raw: string, context: CleanContext): string | null {
  if (raw.length > MAX_RAW_LENGTH) return null;
  const written = VALUE.exec(stripFormatChars(raw).trim());
  const platform = PLATFORM_BY_NAME.get(written?.[1]?.toLowerCase() ?? '');
  if (written !== null && platform !== undefined) {
    const account = platform.cleanAccount((written[2] ?? '').trim(), context);
    return account === null ? null : `${platform.name}:${account}`;
  }
  const href = urlType.clean(raw, context);
  return href === null ? null : platformAccountOfUrl(href, context);
}

function describeAccount(value: string): IdentifierAttributes {
  const [, name = '', account = ''] = VALUE.exec(value) ?? [];
  const platform = PLATFORM_BY_NAME.get(name);
  // A value holds no national number, so the region cannot change what its account cleans to.
  if (platform === undefined || platform.cleanAccount(account, DEFAULT_CLEAN_CONTEXT) !== account) return {};
  return { platform: platform.name, account, profile_url: platform.profileUrl(account) };
}

export const platformAccountType: IdentifierType = {
  name: 'platform_account',
  label: 'Social platform account',
  // A profile link is often to someone else's public account (a news outlet, a celebrity) shared in a post, so one
  // shared value links less surely than a phone or a Telegram handle the writer gives as a contact.
  specificity: 0.8,
  clean: cleanPlatformAccount,
  validate: (value) => cleanPlatformAccount(value, DEFAULT_CLEAN_CONTEXT) === value,
  compare: exactCompare,
  describe: describeAccount,
};
