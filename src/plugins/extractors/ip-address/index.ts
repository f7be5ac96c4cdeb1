import type { AnalysisInput, ExtractedIdentifier, ExtractorPlugin } from '../../../core/plugin.js';
import type { CleanContext } from '../../../model/identifier-type.js';
import { ipAddressType, isPublicIpv4 } from '../../../model/identifier-types/ip-address.js';
import { asciiClass, inClass, runEnd, runStart } from '../char-runs.js';
import { identifierAt } from '../identifier-at.js';
import { forEachMatchIn } from '../match-regions.js';

const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
const DOT = String.raw`(?:\.|\[\.\]|\(\.\))`;
/**
 * Four octets, plain or defanged. Not inside a longer dotted number («1.2.3.4.5», «v1.2.3.4»): no digit, letter or
 * dot-digit on either side. A letter before it is Latin or Cyrillic: normalised text is lower case.
 */
export const IPV4_PATTERN = new RegExp(
  String.raw`(?<![0-9a-z\u0400-\u04ff_]|[0-9]\.)${OCTET}(?:${DOT}${OCTET}){3}(?![0-9a-z\u0400-\u04ff_]|\.[0-9])`,
  'g',
);
const DIGITS = asciiClass('0-9');
/** What an address is written with: a region of these holds whole addresses. */
const ADDRESS_CHARS = asciiClass('0-9', '.', '[', ']', '(', ')');
/** «версия 10.2.0.1», «ver. 1.0.0.12»: four-part version numbers are written like addresses. */
const VERSION_BEFORE = /(?:version|ver|версия|версии|верс|нұсқа)\.?:? ?$/;
const VERSION_WINDOW = 12;

/**
 * A dot between two digits, plain («1.2») or defanged («1[.]2», «1(.)2»): every address has three, so the pattern
 * only runs over the stretch of address characters around one. The regex prefilter this replaces
 * (`/[0-9][.\])][0-9]/`) missed an address defanged at every dot.
 */
function nextDigitDot(text: string, from: number): number {
  for (let at = text.indexOf('.', from); at !== -1; at = text.indexOf('.', at + 1)) {
    if (inClass(text, at - 1, DIGITS) && inClass(text, at + 1, DIGITS)) return at;
    const open = text.charAt(at - 1);
    const close = text.charAt(at + 1);
    const defanged = (open === '[' && close === ']') || (open === '(' && close === ')');
    if (defanged && inClass(text, at - 2, DIGITS) && inClass(text, at + 2, DIGITS)) return at;
  }
  return -1;
}

/** Public IPv4 addresses only: a LAN or documentation address shared by two posts links nothing. */
function extract(input: AnalysisInput, context: CleanContext): readonly ExtractedIdentifier[] {
  const text = input.normalized.text;
  const found: ExtractedIdentifier[] = [];
  for (let dot = nextDigitDot(text, 0); dot !== -1; ) {
    const region = { start: runStart(text, ADDRESS_CHARS, dot), end: runEnd(text, ADDRESS_CHARS, dot) };
    forEachMatchIn(text, IPV4_PATTERN, region, (match, index) => {
      if (VERSION_BEFORE.test(text.slice(Math.max(0, index - VERSION_WINDOW), index))) return;
      const ip = identifierAt(input, ipAddressType, index, index + match[0].length, context);
      if (ip !== null && isPublicIpv4(ip.value)) found.push(ip);
    });
    dot = nextDigitDot(text, region.end);
  }
  return found;
}

const ipAddressExtractor: ExtractorPlugin = {
  meta: {
    kind: 'extractor',
    id: 'ip-address',
    version: '1.0.0',
    description: 'Public IPv4 addresses, defanged forms included; not version numbers, not private or reserved ranges',
    consumes: ['document.text'],
    produces: ['identifier:ip_address'],
  },
  extract,
};

export default ipAddressExtractor;
