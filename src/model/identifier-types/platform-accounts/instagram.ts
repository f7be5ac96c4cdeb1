import { type Platform, pathSegments, withoutAt } from './platform.js';

/** Letters, digits, «_» and «.», at most 30, no dot first, last or doubled; Instagram ignores case. */
const USERNAME = /^[a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?$/;
/** First path segments that are Instagram features: posts, reels, search, settings … */
const NOT_ACCOUNTS: ReadonlySet<string> = new Set([
  'about',
  'accounts',
  'api',
  'ar',
  'challenge',
  'developer',
  'direct',
  'directory',
  'emails',
  'explore',
  'graphql',
  'legal',
  'lite',
  'locations',
  'nametag',
  'oauth',
  'p',
  'press',
  'privacy',
  'qr',
  'reel',
  'reels',
  's',
  'session',
  'static',
  'tags',
  'topics',
  'tv',
  'web',
]);
/** /stories/<user>/<id> and the app's /_u/<user> deep link name the account in the second segment. */
const ACCOUNT_SECOND: ReadonlySet<string> = new Set(['stories', '_u']);

function cleanUsername(account: string): string | null {
  const name = withoutAt(account).toLowerCase();
  return USERNAME.test(name) && !name.includes('..') ? name : null;
}

export const instagram: Platform = {
  name: 'instagram',
  hosts: ['instagram.com', 'www.instagram.com', 'm.instagram.com', 'instagr.am', 'www.instagr.am'],
  accountOfUrl: (url) => {
    const [first = '', second = ''] = pathSegments(url).map((segment) => segment.toLowerCase());
    if (ACCOUNT_SECOND.has(first)) return second === 'highlights' ? null : cleanUsername(second);
    return NOT_ACCOUNTS.has(first) ? null : cleanUsername(first);
  },
  cleanAccount: cleanUsername,
  profileUrl: (account) => `https://www.instagram.com/${account}/`,
};
