import { describe, expect, it } from 'vitest';
import { DEFAULT_CLEAN_CONTEXT } from '../identifier-type.js';
import { cleanAny, describeIdentifier, IDENTIFIER_TYPES, identifierType } from './index.js';

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

  it('reads a profile link as the account, the URL and the domain', () => {
    expect(cleanAny('https://www.instagram.com/Shop_Almaty/', DEFAULT_CLEAN_CONTEXT)).toEqual([
      { type: 'platform_account', value: 'instagram:shop_almaty' },
      { type: 'url', value: 'https://www.instagram.com/Shop_Almaty/' },
      { type: 'domain', value: 'instagram.com' },
    ]);
  });

  it('reads a WhatsApp link as the phone it opens', () => {
    expect(cleanAny('wa.me/77071234567', DEFAULT_CLEAN_CONTEXT)).toEqual([
      { type: 'phone', value: '+77071234567' },
      { type: 'platform_account', value: 'whatsapp:+77071234567' },
      { type: 'url', value: 'https://wa.me/77071234567' },
      { type: 'domain', value: 'wa.me' },
    ]);
  });

  it('describes values through their type, and nothing for an unknown type', () => {
    expect(describeIdentifier('phone', '+77071234567')).toEqual({ country: 'KZ', line_type: 'mobile' });
    expect(describeIdentifier('kz_iin', '900101300811')).toEqual({ birth_date: '1990-01-01', sex: 'male' });
    expect(describeIdentifier('url', 'https://shop.kz')).toEqual({});
    expect(describeIdentifier('no_such_type', 'x')).toEqual({});
  });

  it('describes only valid values, and never throws', () => {
    const samples = ['', '+', '+77071234567', 'instagram:shop', 'vk:', '440043******6789', '\ud800', 'a'.repeat(5000)];
    for (const type of IDENTIFIER_TYPES) {
      for (const value of samples) {
        const attributes = type.describe?.(value) ?? {};
        if (!type.validate(value)) expect(attributes, `${type.name} ${value}`).toEqual({});
        for (const attribute of Object.values(attributes)) expect(typeof attribute).toBe('string');
      }
    }
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
