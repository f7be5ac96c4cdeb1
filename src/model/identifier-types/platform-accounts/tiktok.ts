import { type Platform, pathSegments, withoutAt } from './platform.js';

/** Letters, digits, «_» and «.», 2 to 24, not ending in a dot; TikTok ignores case. */
const USERNAME = /^[a-z0-9_.]{1,23}[a-z0-9_]$/;

function cleanUsername(account: string): string | null {
  const name = withoutAt(account).toLowerCase();
  return USERNAME.test(name) ? name : null;
}

/**
 * Only tiktok.com/@user links name an account, whatever follows (/video/…). Short links (vm.tiktok.com/…) and
 * /t/… redirect to a video without saying whose it is.
 */
export const tiktok: Platform = {
  name: 'tiktok',
  hosts: ['tiktok.com', 'www.tiktok.com', 'm.tiktok.com'],
  accountOfUrl: (url) => {
    const [first = ''] = pathSegments(url);
    return first.startsWith('@') ? cleanUsername(first) : null;
  },
  cleanAccount: cleanUsername,
  profileUrl: (account) => `https://www.tiktok.com/@${account}`,
};
