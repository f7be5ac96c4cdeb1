import { describe, expect, it } from 'vitest';
import { DEFAULT_CLEAN_CONTEXT } from '../identifier-type.js';
import { cleanAny, IDENTIFIER_TYPES, identifierType } from './index.js';

describe('identifier type registry', () => {
  it('looks types up by name', () => {
    for (const type of IDENTIFIER_TYPES) expect(identifierType(type.name)).toBe(type);
    expect(identifierType('crypto_wallet')).toBeNull();
  });

  it('has unique names and specificities in 0..1', () => {
    expect(new Set(IDENTIFIER_TYPES.map((type) => type.name)).size).toBe(IDENTIFIER_TYPES.length);
    for (const type of IDENTIFIER_TYPES) {
      expect(type.specificity).toBeGreaterThan(0);
      expect(type.specificity).toBeLessThanOrEqual(1);
    }
  });

  it('reads a spaced phone query as a phone', () => {
    expect(cleanAny('8 707 123-45-67', DEFAULT_CLEAN_CONTEXT)).toEqual([{ type: 'phone', value: '+77071234567' }]);
  });

  it('reads a handle and a t.me link as the same telegram value', () => {
    expect(cleanAny('@Shop_Almaty', DEFAULT_CLEAN_CONTEXT)).toEqual([{ type: 'telegram', value: 'shop_almaty' }]);
    expect(cleanAny('t.me/shop_almaty', DEFAULT_CLEAN_CONTEXT)).toEqual([
      { type: 'telegram', value: 'shop_almaty' },
      { type: 'url', value: 'https://t.me/shop_almaty' },
      { type: 'domain', value: 't.me' },
    ]);
  });

  it('reads a URL as a URL and its domain', () => {
    expect(cleanAny('https://www.shop-kz.com/catalog', DEFAULT_CLEAN_CONTEXT)).toEqual([
      { type: 'url', value: 'https://www.shop-kz.com/catalog' },
      { type: 'domain', value: 'shop-kz.com' },
    ]);
  });

  it('reads card, IIN and wallet queries as the values their extractors store', () => {
    expect(cleanAny('4400 4301 2345 6789', DEFAULT_CLEAN_CONTEXT)).toEqual([
      { type: 'bank_card', value: '440043******6789' },
    ]);
    expect(cleanAny('440043******6789', DEFAULT_CLEAN_CONTEXT)).toEqual([
      { type: 'bank_card', value: '440043******6789' },
    ]);
    expect(cleanAny('900101300811', DEFAULT_CLEAN_CONTEXT)).toEqual([{ type: 'kz_iin', value: '900101300811' }]);
    expect(cleanAny('BC1Q05AKTDDF9CE4P7HH3STGSF253M4VWEU7NKHTMW', DEFAULT_CLEAN_CONTEXT)).toEqual([
      { type: 'btc_address', value: 'bc1q05aktddf9ce4p7hh3stgsf253m4vweu7nkhtmw' },
    ]);
  });

  it('finds nothing in plain words', () => {
    expect(cleanAny('привет', DEFAULT_CLEAN_CONTEXT)).toEqual([]);
  });

  it('never throws and cleans every value to itself', () => {
    const samples = [
      '',
      ' ',
      '@',
      '+',
      'http://',
      '[.]',
      '\u0000',
      '\ud800',
      '８７０７１２３４５６７',
      'a'.repeat(10_000),
    ];
    for (const raw of samples) {
      for (const { type, value } of cleanAny(raw, DEFAULT_CLEAN_CONTEXT)) {
        expect(identifierType(type)?.clean(value, DEFAULT_CLEAN_CONTEXT)).toBe(value);
      }
    }
  });
});
