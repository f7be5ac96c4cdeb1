import { isIP } from 'node:net';
import { domainToASCII } from 'node:url';
import { parse } from 'tldts';

// Callers pass bare lower-case host names, so tldts can skip its own URL parsing.
const HOSTNAME_ONLY = { extractHostname: false, mixedInputs: false };

/** Lower-case ASCII (punycode) host, so one site written in Cyrillic or punycode is one value; null if invalid. */
export function asciiHostname(host: string): string | null {
  const ascii = domainToASCII(host);
  return ascii === '' ? null : ascii;
}

/** eTLD+1 under an ICANN public suffix; null for IPs, bare suffixes and made-up suffixes such as «photo.jpg». */
export function registrableDomain(hostname: string): string | null {
  const parsed = parse(hostname, HOSTNAME_ONLY);
  return parsed.isIcann === true && parsed.isIp !== true ? parsed.domain : null;
}

/** For WHATWG host names, where an IPv6 address keeps its brackets. */
export function isIpHost(hostname: string): boolean {
  return hostname.startsWith('[') || isIP(hostname) !== 0;
}
