import { isIP } from 'node:net';
import { domainToASCII } from 'node:url';
import { parse } from 'tldts';
import { isOnionServiceId } from './onion.js';

// Callers pass bare lower-case host names, so tldts can skip its own URL parsing.
const HOSTNAME_ONLY = { extractHostname: false, mixedInputs: false };

/** Lower-case ASCII (punycode) host, so one site written in Cyrillic or punycode is one value; null if invalid. */
export function asciiHostname(host: string): string | null {
  const ascii = domainToASCII(host);
  return ascii === '' ? null : ascii;
}

/**
 * eTLD+1 under an ICANN public suffix; null for IPs, bare suffixes and made-up suffixes such as «photo.jpg». Under
 * .onion only a real service id counts: «shop.onion» is no Tor address, and a mistyped v3 one fails its checksum.
 */
export function registrableDomain(hostname: string): string | null {
  const parsed = parse(hostname, HOSTNAME_ONLY);
  if (parsed.isIcann !== true || parsed.isIp === true) return null;
  if (parsed.publicSuffix === 'onion' && !isOnionServiceId(parsed.domainWithoutSuffix ?? '')) return null;
  return parsed.domain;
}

// An IPv4 address is digits and dots and an IPv6 one has colons: other host names skip isIP's long regexes.
const MAYBE_IP = /^[0-9.]+$|:/;

/** For WHATWG host names, where an IPv6 address keeps its brackets. */
export function isIpHost(hostname: string): boolean {
  return hostname.startsWith('[') || (MAYBE_IP.test(hostname) && isIP(hostname) !== 0);
}
