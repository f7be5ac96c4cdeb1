import { type Platform, pathSegments, withoutAt } from './platform.js';

/** Up to 15 letters, digits and «_»; X ignores case. */
const HANDLE = /^[a-z0-9_]{1,15}$/;
/** X's own pages, which no handle can take. */
const NOT_ACCOUNTS: ReadonlySet<string> = new Set([
  'about',
  'account',
  'bookmarks',
  'communities',
  'compose',
  'download',
  'en',
  'explore',
  'hashtag',
  'help',
  'home',
  'i',
  'intent',
  'jobs',
  'login',
  'logout',
  'messages',
  'notifications',
  'oauth',
  'privacy',
  'rules',
  'search',
  'settings',
  'share',
  'signup',
  'tos',
  'widgets',
]);
/** x.com/intent/follow?screen_name=… and intent/user?screen_name=… name the account in the query. */
const INTENTS_WITH_NAME: ReadonlySet<string> = new Set(['follow', 'user']);

function cleanHandle(written: string): string | null {
  const handle = withoutAt(written).toLowerCase();
  return HANDLE.test(handle) && !NOT_ACCOUNTS.has(handle) ? handle : null;
}

/** Profiles on x.com and twitter.com; a post (x.com/<handle>/status/…) names its author. */
export const x: Platform = {
  name: 'x',
  hosts: [
    'x.com',
    'www.x.com',
    'mobile.x.com',
    'twitter.com',
    'www.twitter.com',
    'mobile.twitter.com',
    'm.twitter.com',
  ],
  accountOfUrl: (url) => {
    const [first = '', second = ''] = pathSegments(url);
    if (first.toLowerCase() === 'intent' && INTENTS_WITH_NAME.has(second.toLowerCase())) {
      return cleanHandle(url.searchParams.get('screen_name') ?? '');
    }
    return cleanHandle(first);
  },
  cleanAccount: cleanHandle,
  profileUrl: (account) => `https://x.com/${account}`,
};
