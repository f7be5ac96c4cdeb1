import { describe, expect, it } from 'vitest';
import { DEFAULT_CLEAN_CONTEXT } from '../identifier-type.js';
import { domainType } from './domain.js';

const clean = (raw: string) => domainType.clean(raw, DEFAULT_CLEAN_CONTEXT);

describe('domain identifier type', () => {
  it.each([
    ['Shop.KZ', 'shop.kz'],
    ['www.shop-kz.com', 'shop-kz.com'],
    ['a.b.shop.kz', 'shop.kz'],
    ['x.gov.kz', 'x.gov.kz'],
    ['https://Shop.kz/catalog?id=1', 'shop.kz'],
    ['site[.]ru', 'site.ru'],
    ['t.me', 't.me'],
    ['магазин.рф', 'xn--80aairftm.xn--p1ai'],
    ['xn--80aairftm.xn--p1ai', 'xn--80aairftm.xn--p1ai'],
  ])('cleans %j to %s', (raw, expected) => {
    expect(clean(raw)).toBe(expected);
  });

  it.each(['gov.kz', 'kz', '192.168.1.1', 'photo.jpg', 'т.е', 'localhost', 'user@mail.ru', ''])('rejects %j', (raw) => {
    expect(clean(raw)).toBeNull();
  });
});
