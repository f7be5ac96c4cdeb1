import type { AnalysisInput, ExtractedIdentifier, ExtractorPlugin } from '../../../core/plugin.js';
import type { CleanContext } from '../../../model/identifier-type.js';
import { domainType } from '../../../model/identifier-types/domain.js';
import { emailType } from '../../../model/identifier-types/email.js';
import {
  isPlatformDomain,
  platformAccountOfUrl,
  platformAccountType,
} from '../../../model/identifier-types/platform-account.js';
import { urlType } from '../../../model/identifier-types/url.js';
import { identifierAt } from '../identifier-at.js';
import { isPlausibleBareHost } from './bare-host.js';
import { forEachLinkMatch } from './link-matches.js';
import { TRAILING_PUNCTUATION } from './link-pattern.js';

const HOST_END = /[/?#:]/;

function extract(input: AnalysisInput, context: CleanContext): readonly ExtractedIdentifier[] {
  const found: ExtractedIdentifier[] = [];
  forEachLinkMatch(input.normalized.text, (match, start) => {
    if (match.groups?.email !== undefined) {
      const email = identifierAt(input, emailType, start, start + match[0].length, context);
      if (email !== null) found.push(email);
      return;
    }
    const link = match[0].replace(TRAILING_PUNCTUATION, '');
    const hasScheme = match.groups?.url !== undefined;
    const hostStart = hasScheme ? link.indexOf('//') + 2 : 0;
    const hostLength = link.slice(hostStart).search(HOST_END);
    const hostEnd = hostLength < 0 ? link.length : hostStart + hostLength;
    if (!hasScheme && !isPlausibleBareHost(input, start, link.slice(0, hostEnd), hostEnd < link.length)) return;
    const url = identifierAt(input, urlType, start, start + link.length, context);
    if (url === null) return;
    found.push(url);
    const domain = identifierAt(input, domainType, start + hostStart, start + hostEnd, context);
    if (domain !== null) found.push(domain);
    // Read from the URL value, as the platform type reads the same raw text; the domain check spares the other
    // links (nearly all of them) even that.
    const account = domain !== null && isPlatformDomain(domain.value) ? platformAccountOfUrl(url.value, context) : null;
    if (account !== null) found.push({ ...url, type: platformAccountType.name, value: account });
  });
  return found;
}

const urlExtractor: ExtractorPlugin = {
  meta: {
    kind: 'extractor',
    id: 'url',
    version: '1.1.0',
    description:
      'Web links (with or without a scheme, defanged forms included), their domains, the social platform accounts ' +
      'they open, and e-mail addresses',
    consumes: ['document.text'],
    produces: ['identifier:url', 'identifier:domain', 'identifier:platform_account', 'identifier:email'],
  },
  extract,
};

export default urlExtractor;
