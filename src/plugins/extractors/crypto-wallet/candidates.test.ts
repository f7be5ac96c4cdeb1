import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CANDIDATE, forEachCandidate } from './candidates.js';

const FRAGMENTS = [
  ' ',
  '\n',
  ':',
  '-',
  '_',
  '0:',
  '-1:',
  'bitcoincash:',
  'a',
  '1',
  'q',
  'T',
  'ж',
  '.',
  '😀',
  'abcdefghij',
  '0123456789',
  'abcdefghijklmnopqrstuvwxy',
  'bcdefghijklmnopqrstuvwxy',
  'qpzry9x8gf2tvdw0s3jn54khce6mua7l',
  'eqd4fvfwbzj_-1mhmxk2dbjh',
];

function scanned(text: string): string[] {
  const found: string[] = [];
  forEachCandidate(text, (match, index) => found.push(`${index}:${match[0]}`));
  return found;
}

describe('wallet candidates', () => {
  it('finds exactly what a whole-text scan finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(scanned(text)).toEqual(Array.from(text.matchAll(CANDIDATE), (m) => `${m.index}:${m[0]}`));
      }),
      { numRuns: 3000 },
    );
  });
});
