import { stripFormatChars } from './refang.js';
import { parseWebUrl } from './web-url.js';

const SEND_HOSTS: ReadonlySet<string> = new Set([
  'api.whatsapp.com',
  'web.whatsapp.com',
  'whatsapp.com',
  'www.whatsapp.com',
]);
const SHORT_HOSTS: ReadonlySet<string> = new Set(['wa.me', 'www.wa.me']);
/** wa.me/77071234567, and wa.me/c/77071234567: a business account's catalogue, opened by its number. */
const SHORT_PATH = /^\/(?:c\/)?\+?([0-9]{6,15})\/?$/;
const SEND_PATH = /^\/send\/?$/;
// A «+» written into a query string arrives as a space.
const PHONE_PARAMETER = /^[+ ]?([0-9]{6,15})$/;
/** Every written form holds «wa» («wa.me», «wa[.]me») or «whatsapp»; the rest of the text skips the URL parser. */
const MAYBE_WHATSAPP = /wa|whatsapp/i;

/**
 * The digits of a WhatsApp click-to-chat link (wa.me/77071234567, api.whatsapp.com/send?phone=77071234567), or
 * null. WhatsApp wants the full international number there, without the «+».
 */
export function whatsappLinkDigits(url: URL): string | null {
  if (SHORT_HOSTS.has(url.hostname)) return SHORT_PATH.exec(url.pathname)?.[1] ?? null;
  if (!SEND_HOSTS.has(url.hostname) || !SEND_PATH.test(url.pathname)) return null;
  return PHONE_PARAMETER.exec(url.searchParams.get('phone') ?? '')?.[1] ?? null;
}

/** The same for a link as written (scheme optional, defanged forms accepted). */
export function writtenWhatsappLinkDigits(raw: string): string | null {
  if (!MAYBE_WHATSAPP.test(stripFormatChars(raw))) return null;
  const url = parseWebUrl(raw);
  return url === null ? null : whatsappLinkDigits(url);
}
