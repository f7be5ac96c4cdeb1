import { type Platform, pathSegments, withoutAt } from './platform.js';

const NUMERIC_ID = /^[1-9][0-9]{4,19}$/;
/** Letters, digits and dots, at least five letters and digits; Facebook ignores case and dots («john.smith»). */
const USERNAME = /^[a-z0-9.]{5,60}$/;
const LETTER = /[a-z]/;
/** Old page links end in the page's id: facebook.com/Shop-Almaty-104123456789012. */
const NAME_WITH_ID = /^[a-z0-9.-]+-([1-9][0-9]{9,19})$/;
/** Scripts and sections that carry the account's id in the query: profile.php?id=…, permalink.php?…&id=… */
const ID_IN_QUERY: ReadonlySet<string> = new Set(['profile.php', 'permalink.php', 'story.php']);
/** people/<name>/<id> and pages/<name>/<id> end in the id; pg/<username>/… is a page's old form. */
const ID_THIRD: ReadonlySet<string> = new Set(['people', 'pages']);
/** Facebook's own sections; groups are left out on purpose (a group is no one's account). */
const NOT_ACCOUNTS: ReadonlySet<string> = new Set([
  'about',
  'ads',
  'bookmarks',
  'business',
  'checkpoint',
  'dialog',
  'directory',
  'events',
  'friends',
  'fundraisers',
  'gaming',
  'groups',
  'hashtag',
  'help',
  'home',
  'latest',
  'legal',
  'live',
  'login',
  'marketplace',
  'me',
  'media',
  'memories',
  'messages',
  'notes',
  'notifications',
  'photo',
  'photos',
  'places',
  'plugins',
  'policies',
  'privacy',
  'public',
  'recover',
  'reel',
  'reels',
  'saved',
  'search',
  'settings',
  'share',
  'sharer',
  'stories',
  'terms',
  'video',
  'videos',
  'watch',
]);

function cleanFacebookAccount(written: string): string | null {
  const account = withoutAt(written).toLowerCase();
  if (NUMERIC_ID.test(account)) return account;
  if (!USERNAME.test(account) || NOT_ACCOUNTS.has(account)) return null;
  const name = account.replaceAll('.', '');
  return name.length >= 5 && LETTER.test(name) ? name : null;
}

function accountOfPath(segments: readonly string[], url: URL): string | null {
  const [first = '', second = '', third = ''] = segments;
  const section = first.toLowerCase();
  if (ID_IN_QUERY.has(section)) {
    const id = url.searchParams.get('id') ?? '';
    return NUMERIC_ID.test(id) ? id : null;
  }
  if (ID_THIRD.has(section)) return NUMERIC_ID.test(third) ? third : null;
  if (section === 'pg') return cleanFacebookAccount(second);
  if (section.endsWith('.php')) return null;
  const pageId = NAME_WITH_ID.exec(section)?.[1];
  return pageId ?? cleanFacebookAccount(section);
}

/** Profiles and pages on facebook.com, fb.com and fb.me, and Messenger's m.me links, which open the same account. */
export const facebook: Platform = {
  name: 'facebook',
  hosts: [
    'facebook.com',
    'www.facebook.com',
    'm.facebook.com',
    'mbasic.facebook.com',
    'web.facebook.com',
    'touch.facebook.com',
    'fb.com',
    'www.fb.com',
    'fb.me',
    'm.me',
  ],
  accountOfUrl: (url) => accountOfPath(pathSegments(url), url),
  cleanAccount: cleanFacebookAccount,
  profileUrl: (account) =>
    NUMERIC_ID.test(account)
      ? `https://www.facebook.com/profile.php?id=${account}`
      : `https://www.facebook.com/${account}`,
};
