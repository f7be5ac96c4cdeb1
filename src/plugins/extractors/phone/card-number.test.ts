import { describe, expect, it } from 'vitest';
import { normalize } from '../../../normalize/normalize.js';
import { looksLikeCardNumber } from './card-number.js';
import { findDigitRuns } from './digit-runs.js';

function isCard(text: string): boolean {
  const normalized = normalize(text).text;
  const [run] = findDigitRuns(normalized);
  return run !== undefined && looksLikeCardNumber(normalized, run);
}

describe('card number check', () => {
  it.each([
    '4400 4301 2345 6789',
    '4111111111111111',
    '4111-1111-1111-1111',
    '3782 822463 10005',
    '5555 5555 5555 4444',
  ])('recognises the card %j', (text) => {
    expect(isCard(text)).toBe(true);
  });

  it.each([
    ['a failing checksum', '4400 4301 2345 6788'],
    ['a phone', '8 707 123 45 67'],
    ['a phone-shaped run that passes Luhn', '8 707 123 45 6 7 8'],
    ['too few digits', '4111 1111 111'],
  ])('rejects %s', (_kind, text) => {
    expect(isCard(text)).toBe(false);
  });
});
