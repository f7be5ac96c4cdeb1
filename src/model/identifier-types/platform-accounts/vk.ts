import { type Platform, pathSegments, withoutAt } from './platform.js';

const NUMBER = '[1-9][0-9]{0,11}';
const USER_ID = new RegExp(`^id(${NUMBER})$`);
/** club, public and event pages of one number are one community: VK redirects each to the others. */
const COMMUNITY_ID = new RegExp(`^(?:club|public|event)(${NUMBER})$`);
/** wall-123_45, photo123_45 …: an object of its owner, a community when the number is negative. */
const OWNED_OBJECT = new RegExp(
  `^(?:album|audio|clip|doc|market|note|photo|podcast|product|story|topic|video|wall)(-?)(${NUMBER})_[0-9]+$`,
);
/** vk.com/write123 opens a chat with user 123, vk.com/board123 the discussions of community 123. */
const CHAT_WITH_USER = new RegExp(`^write(${NUMBER})$`);
const COMMUNITY_BOARD = new RegExp(`^board(${NUMBER})$`);
/** Latin letters, digits, «_» and «.»; VK ignores case. Short names exist from VK's early days. */
const SCREEN_NAME = /^[a-z0-9_.]{2,32}$/;
const LETTER = /[a-z]/;
/** A screen name cannot look like a numeric id, nor like a feature's prefix followed by a number. */
const ID_LIKE = /^(?:app|board|club|event|id|public|write)[0-9]+$/;
const WHOLE_NUMBER = new RegExp(`^${NUMBER}$`);
/** VK's own pages, which no screen name can take. */
const NOT_ACCOUNTS: ReadonlySet<string> = new Set([
  'about',
  'ads',
  'albums',
  'apps',
  'audio',
  'audios',
  'away',
  'blog',
  'bookmarks',
  'bugs',
  'calls',
  'clips',
  'dev',
  'discover',
  'docs',
  'edit',
  'fave',
  'feed',
  'friends',
  'games',
  'gifts',
  'groups',
  'help',
  'im',
  'jobs',
  'join',
  'legal',
  'live',
  'login',
  'mail',
  'market',
  'messages',
  'music',
  'narratives',
  'notes',
  'page',
  'pages',
  'photos',
  'podcasts',
  'privacy',
  'restore',
  'search',
  'security',
  'services',
  'settings',
  'stickers',
  'support',
  'terms',
  'verify',
  'video',
  'videos',
  'vkpay',
  'wall',
  'wiki',
]);
// Old profile links: vk.com/profile.php?id=123.
const PROFILE_SCRIPT = 'profile.php';

function cleanVkAccount(written: string): string | null {
  const account = withoutAt(written).toLowerCase();
  const user = USER_ID.exec(account)?.[1];
  if (user !== undefined) return `id${user}`;
  const community = COMMUNITY_ID.exec(account)?.[1];
  if (community !== undefined) return `club${community}`;
  if (!SCREEN_NAME.test(account) || !LETTER.test(account) || ID_LIKE.test(account)) return null;
  return NOT_ACCOUNTS.has(account) ? null : account;
}

function accountOfPath(first: string, url: URL): string | null {
  if (first === PROFILE_SCRIPT) {
    const id = url.searchParams.get('id') ?? '';
    return WHOLE_NUMBER.test(id) ? `id${id}` : null;
  }
  const owned = OWNED_OBJECT.exec(first);
  if (owned !== null) return owned[1] === '-' ? `club${owned[2]}` : `id${owned[2]}`;
  const chat = CHAT_WITH_USER.exec(first)?.[1];
  if (chat !== undefined) return `id${chat}`;
  const board = COMMUNITY_BOARD.exec(first)?.[1];
  if (board !== undefined) return `club${board}`;
  return first.endsWith('.php') ? null : cleanVkAccount(first);
}

export const vk: Platform = {
  name: 'vk',
  hosts: [
    'vk.com',
    'www.vk.com',
    'm.vk.com',
    'new.vk.com',
    'vk.ru',
    'www.vk.ru',
    'm.vk.ru',
    'vkontakte.ru',
    'www.vkontakte.ru',
  ],
  accountOfUrl: (url) => {
    const [first] = pathSegments(url);
    return first === undefined ? null : accountOfPath(first.toLowerCase(), url);
  },
  cleanAccount: cleanVkAccount,
  profileUrl: (account) => `https://vk.com/${account}`,
};
