import { isIpHost } from './host.js';
import { refang } from './refang.js';

const HAS_SCHEME = /^[a-z][a-z\d+.-]*:\/\//i;
const WHITESPACE = /\s/;
const MAX_URL_LENGTH = 4096;

// Node 20 has no URL.parse, and canParse followed by the constructor would parse every link twice.
function parseOrNull(href: string): URL | null {
  try {
    return new URL(href);
  } catch {
    return null;
  }
}

/**
 * Parses what a person wrote as a web link (scheme optional, defanged forms accepted) with the WHATWG parser.
 * Rejects non-web schemes and links with credentials: «user@mail.ru» is an e-mail, not a URL.
 */
export function parseWebUrl(raw: string): URL | null {
  if (raw.length > MAX_URL_LENGTH * 2) return null;
  const text = refang(raw.trim());
  if (text.length === 0 || text.length > MAX_URL_LENGTH || WHITESPACE.test(text)) return null;
  // A bare host goes to https first in today's browsers, so that is the scheme it most likely means.
  const href = HAS_SCHEME.test(text) ? text : `https://${text}`;
  const url = parseOrNull(href);
  if (url === null) return null;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  // WHATWG reads «1.5» as 1.0.0.5 and «12.05.2024» as an IPv4 too: accept an IP only when written out in full.
  if (isIpHost(url.hostname) && !text.toLowerCase().includes(url.hostname)) return null;
  return url;
}

/**
 * ASCII labels of letters, digits and hyphens, the last one opening with a letter (so no IPv4 number) and none a
 * punycode «xn--» label: the WHATWG host parser only lower-cases such a host, so it is read without building a URL
 * (~0.5 µs a link). web-url.test.ts checks the two readings agree.
 */
const PLAIN_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z][a-z0-9-]*$/i;
const PUNYCODE_LABEL = /(?:^|\.)xn--/i;

/** The host name of what a person wrote as a web link or a bare host, as parseWebUrl reads it; null if invalid. */
export function webHostname(raw: string): string | null {
  if (raw.length <= MAX_URL_LENGTH && PLAIN_HOST.test(raw) && !PUNYCODE_LABEL.test(raw)) return raw.toLowerCase();
  return parseWebUrl(raw)?.hostname ?? null;
}
