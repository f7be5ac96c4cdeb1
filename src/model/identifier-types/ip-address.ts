import { BlockList } from 'node:net';
import { exactCompare, type IdentifierType } from '../identifier-type.js';
import { refang } from './refang.js';

const MAX_RAW_LENGTH = 64;
// Decimal octets without leading zeros: «010» is octal to some parsers and decimal to others, so it is no address.
const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);

/** RFC 6890 special-purpose blocks: the same value appears on unrelated LANs and in manuals, so it links nothing. */
const NON_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  NON_PUBLIC.addSubnet(network, prefix, 'ipv4');
}

/** Dotted-quad IPv4, defanged forms («1.2.3[.]4») accepted. */
function cleanIp(raw: string): string | null {
  if (raw.length > MAX_RAW_LENGTH) return null;
  const text = refang(raw.trim());
  return IPV4.test(text) ? text : null;
}

/** Whether an address is globally routable, i.e. could be a server a dealer runs or rents. */
export function isPublicIpv4(value: string): boolean {
  return IPV4.test(value) && !NON_PUBLIC.check(value, 'ipv4');
}

export const ipAddressType: IdentifierType = {
  name: 'ip_address',
  label: 'IPv4 address',
  // Hosting, VPN exits and CGNAT put many unrelated people behind one address.
  specificity: 0.3,
  clean: cleanIp,
  validate: (value) => cleanIp(value) === value,
  compare: exactCompare,
};
