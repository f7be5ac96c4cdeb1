import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachLinkMatch } from './link-matches.js';
import { LINK_PATTERN } from './link-pattern.js';

const FRAGMENTS = [
  ' ',
  '\n',
  '\t',
  '.',
  '[.]',
  '(.)',
  '{.}',
  '[dot]',
  '(dot)',
  ' точка ',
  'точка',
  ' собака ',
  ' [at] ',
  '(at)',
  '@',
  'http://',
  'hxxps://',
  'https[:]//',
  '//',
  '/',
  ':',
  '?',
  '#',
  '-',
  '_',
  '%',
  '+',
  '1',
  '80',
  'a',
  'shop',
  'mail',
  'ru',
  'kz',
  'рф',
  'қаз',
  'www',
  'т',
  '«',
  '»',
  '[',
  ']',
  '(',
  ')',
  '{',
  '}',
  '😀',
  '—',
  // Whole pieces, so spaced markers land between a local part and a host often enough to matter.
  'shop (at) mail.ru',
  'shop [at]mail.ru',
  'shop(@) mail.ru',
  'shop [собака] mail.ru',
  'shop собака mail.ru',
  'site точка ru',
  'site[dot]kz',
  'op@site.kz',
  'https://site.kz/a',
  'site.kz',
];

function scanned(text: string): string[] {
  const found: string[] = [];
  forEachLinkMatch(text, (match, index) => found.push(`${index}:${match[0]}`));
  return found;
}

describe('link matches', () => {
  it('finds what a whole-text scan finds, save matches that cannot yield an identifier', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const whole = Array.from(text.matchAll(LINK_PATTERN), (match) => `${match.index}:${match[0]}`);
        const found = scanned(text);
        expect(whole.filter((match) => found.includes(match))).toEqual(found);
        for (const match of whole.filter((m) => !found.includes(m))) expect(match).not.toMatch(/\/\/|\.|dot|точка/);
      }),
      { numRuns: 3000 },
    );
  });
});
