import type { AnalysisInput, ExtractedIdentifier, ExtractorPlugin } from '../../../core/plugin.js';
import type { CleanContext } from '../../../model/identifier-type.js';
import { domainType } from '../../../model/identifier-types/domain.js';
import { emailType } from '../../../model/identifier-types/email.js';
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
  });
  return found;
}

const urlExtractor: ExtractorPlugin = {
  meta: {
    kind: 'extractor',
    id: 'url',
    version: '1.0.0',
    description: 'Web links (with or without a scheme, defanged forms included), their domains, and e-mail addresses',
    consumes: ['document.text'],
    produces: ['identifier:url', 'identifier:domain', 'identifier:email'],
  },
  extract,
};

export default urlExtractor;
