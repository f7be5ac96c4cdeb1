import { exactCompare, type IdentifierType } from '../identifier-type.js';
import { registrableDomain } from './host.js';
import { parseWebUrl } from './web-url.js';

/** Accepts a host or a whole link, so a search for «https://shop.kz/x» also finds the site's domain. */
function cleanDomain(raw: string): string | null {
  const url = parseWebUrl(raw);
  return url === null ? null : registrableDomain(url.hostname);
}

export const domainType: IdentifierType = {
  name: 'domain',
  label: 'Domain',
  specificity: 0.4,
  clean: cleanDomain,
  validate: (value) => cleanDomain(value) === value,
  compare: exactCompare,
};
