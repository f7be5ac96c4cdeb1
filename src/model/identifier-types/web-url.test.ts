import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWebUrl, webHostname } from './web-url.js';

const PIECES = [
  'a',
  'Z',
  'shop',
  'kz',
  'xn--',
  'xn--p1ai',
  '0',
  '9',
  '0x',
  '-',
  '.',
  '..',
  ' ',
  '_',
  'ж',
  '@',
  '/',
  ':',
];

describe('webHostname', () => {
  it('reads every host as the WHATWG parser does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }), (parts) => {
        const raw = parts.join('');
        expect(webHostname(raw)).toBe(parseWebUrl(raw)?.hostname ?? null);
      }),
      { numRuns: 5000 },
    );
  });

  it('lower-cases a plain host and leaves numbers and punycode to the parser', () => {
    expect(webHostname('Shop-KZ.com')).toBe('shop-kz.com');
    expect(webHostname('12.05.2024')).toBe(parseWebUrl('12.05.2024')?.hostname ?? null);
    expect(webHostname('xn--80aairftm.xn--p1ai')).toBe('xn--80aairftm.xn--p1ai');
    expect(webHostname('xn--zz.kz')).toBeNull();
  });
});
