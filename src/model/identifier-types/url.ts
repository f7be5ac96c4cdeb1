import type { IdentifierType } from '../identifier-type.js';
import { isIpHost, registrableDomain } from './host.js';
import { parseWebUrl } from './web-url.js';

function cleanUrl(raw: string): string | null {
  const url = parseWebUrl(raw);
  if (url === null) return null;
  const host = url.hostname;
  if (!isIpHost(host) && registrableDomain(host) === null) return null;
  // The setters re-serialise the URL (~0.5 µs each), so they run only when there is a «#» or «?» to drop.
  if (url.href.includes('#')) url.hash = '';
  // Assigning the empty search drops a dangling «?», which would otherwise make two spellings of one URL.
  if (url.search === '' && url.href.includes('?')) url.search = '';
  return url.pathname === '/' && url.search === '' ? url.origin : url.href;
}

/** The same page reached over http and https, or with and without www, is almost surely the same page. */
function siteAgnostic(value: string): string {
  return value.replace(/^https?:\/\/(?:www\.)?/, '');
}

export const urlType: IdentifierType = {
  name: 'url',
  label: 'URL',
  specificity: 0.5,
  clean: cleanUrl,
  validate: (value) => cleanUrl(value) === value,
  compare: (a, b) => {
    if (a === b) return 1;
    return siteAgnostic(a) === siteAgnostic(b) ? 0.9 : 0;
  },
};
