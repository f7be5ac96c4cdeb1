import { type Platform, pathSegments, withoutAt } from './platform.js';

const NUMBER = /^[1-9][0-9]{0,19}$/;
/** The value of a numeric profile or group: «profile/577…», «group/533…», as OK's own links write them. */
const NUMERIC_ACCOUNT = /^(profile|group)\/([1-9][0-9]{0,19})$/;
/** OK's old form of a group link. */
const GLUED_GROUP = /^group([1-9][0-9]{0,19})$/;
/** A custom address of a profile or a group: Latin letters, digits, «.», «_» and «-»; OK ignores case. */
const CUSTOM_NAME = /^[a-z0-9._-]{2,64}$/;
const LETTER = /[a-z]/;
/** OK's own sections, which no custom address can take. */
const NOT_ACCOUNTS: ReadonlySet<string> = new Set([
  'app',
  'apps',
  'bookmarks',
  'dk',
  'discovery',
  'events',
  'feed',
  'friends',
  'game',
  'games',
  'gifts',
  'group',
  'groups',
  'guests',
  'help',
  'hobby',
  'live',
  'marks',
  'market',
  'messages',
  'music',
  'notifications',
  'payment',
  'photos',
  'profile',
  'search',
  'settings',
  'shop',
  'video',
  'videos',
]);

function cleanOkAccount(written: string): string | null {
  const account = withoutAt(written).toLowerCase();
  if (NUMERIC_ACCOUNT.test(account)) return account;
  if (!CUSTOM_NAME.test(account) || !LETTER.test(account) || NOT_ACCOUNTS.has(account)) return null;
  return GLUED_GROUP.test(account) ? null : account;
}

function accountOfPath(segments: readonly string[]): string | null {
  const [first = '', second = ''] = segments.map((segment) => segment.toLowerCase());
  if ((first === 'profile' || first === 'group') && NUMBER.test(second)) return `${first}/${second}`;
  const glued = GLUED_GROUP.exec(first)?.[1];
  if (glued !== undefined) return `group/${glued}`;
  return cleanOkAccount(first);
}

export const odnoklassniki: Platform = {
  name: 'ok',
  hosts: ['ok.ru', 'www.ok.ru', 'm.ok.ru', 'odnoklassniki.ru', 'www.odnoklassniki.ru', 'm.odnoklassniki.ru'],
  accountOfUrl: (url) => accountOfPath(pathSegments(url)),
  cleanAccount: cleanOkAccount,
  profileUrl: (account) => `https://ok.ru/${account}`,
};
