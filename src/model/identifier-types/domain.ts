import { exactCompare, type IdentifierType } from '../identifier-type.js';
import { registrableDomain } from './host.js';
import { webHostname } from './web-url.js';

/** Accepts a host or a whole link, so a search for «https://shop.kz/x» also finds the site's domain. */
function cleanDomain(raw: string): string | null {
  const hostname = webHostname(raw);
  return hostname === null ? null : registrableDomain(hostname);
}

export const domainType: IdentifierType = {
  name: 'domain',
  label: 'Domain',
  specificity: 0.4,
  clean: cleanDomain,
  validate: (value) => cleanDomain(value) === value,
  compare: exactCompare,
};
