/**
 * Cyrillic letters that look like Latin ones (upper-case forms folded by normalisation): a handle typed with a
 * Cyrillic «о» reaches the same account as the Latin one only in the analyst's eye, so we fold it for linking.
 */
const CYRILLIC_LOOKALIKES: ReadonlyMap<string, string> = new Map([
  ['а', 'a'],
  ['в', 'b'],
  ['е', 'e'],
  ['і', 'i'],
  ['к', 'k'],
  ['м', 'm'],
  ['н', 'h'],
  ['о', 'o'],
  ['р', 'p'],
  ['с', 'c'],
  ['т', 't'],
  ['у', 'y'],
  ['х', 'x'],
]);

/** Character class (for a RegExp) of what may appear in a written handle, look-alikes included. */
export const USERNAME_CHAR_CLASS = `[a-z0-9_${[...CYRILLIC_LOOKALIKES.keys()].join('')}]`;

const USERNAME = /^[a-z][a-z0-9_]{3,30}[a-z0-9]$/;
const LATIN_LETTER = /[a-z]/;

/** t.me paths that are Telegram features, not accounts. */
const RESERVED: ReadonlySet<string> = new Set([
  'addemoji',
  'addlist',
  'addstickers',
  'addtheme',
  'boost',
  'confirmphone',
  'contact',
  'giftcode',
  'invoice',
  'joinchat',
  'login',
  'proxy',
  'setlanguage',
  'share',
  'socks',
]);

// Most handles are plain ASCII and have no look-alike to fold.
const ASCII = /^[\x20-\x7e]*$/;

/** «shоp» (Cyrillic «о») -> «shop», or null when there is no look-alike in `written`. */
function foldLookalikes(written: string): string | null {
  let name = '';
  let cyrillic = false;
  for (const ch of written) {
    const latin = CYRILLIC_LOOKALIKES.get(ch);
    if (latin !== undefined) cyrillic = true;
    name += latin ?? ch;
  }
  return cyrillic ? name : null;
}

/** A normalised (lower-case) written handle -> the username, or null if it cannot be one. */
export function toUsername(written: string): string | null {
  const folded = ASCII.test(written) ? null : foldLookalikes(written);
  // An all-Cyrillic word such as «сахар» is a word, not a disguised handle: demand some genuine Latin.
  if (folded !== null && !LATIN_LETTER.test(written)) return null;
  const name = folded ?? written;
  if (!USERNAME.test(name) || name.includes('__') || RESERVED.has(name)) return null;
  return name;
}
