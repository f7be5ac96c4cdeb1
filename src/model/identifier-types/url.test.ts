import { describe, expect, it } from 'vitest';
import { DEFAULT_CLEAN_CONTEXT } from '../identifier-type.js';
import { urlType } from './url.js';

const clean = (raw: string) => urlType.clean(raw, DEFAULT_CLEAN_CONTEXT);

describe('url identifier type', () => {
  it.each([
    ['https://Shop-KZ.com/catalog?id=AbC#top', 'https://shop-kz.com/catalog?id=AbC'],
    ['HTTP://Shop.KZ:80/', 'http://shop.kz'],
    ['https://shop.kz:443', 'https://shop.kz'],
    ['https://shop.kz:8443/x', 'https://shop.kz:8443/x'],
    ['https://shop.kz/', 'https://shop.kz'],
    ['https://shop.kz/?', 'https://shop.kz'],
    ['https://shop.kz/path/', 'https://shop.kz/path/'],
    ['shop-kz.com/catalog', 'https://shop-kz.com/catalog'],
    ['www.shop.kz', 'https://www.shop.kz'],
    ['site[.]ru', 'https://site.ru'],
    ['site(.)ru/a', 'https://site.ru/a'],
    ['site [dot] ru', 'https://site.ru'],
    ['site точка ru', 'https://site.ru'],
    ['hxxps://site[.]ru/x', 'https://site.ru/x'],
    ['hxxp[:]//site.ru', 'http://site.ru'],
    ['t.me/shop_almaty', 'https://t.me/shop_almaty'],
    ['магазин.рф', 'https://xn--80aairftm.xn--p1ai'],
    ['сайт.қаз/товар', 'https://xn--80aswg.xn--80ao21a/%D1%82%D0%BE%D0%B2%D0%B0%D1%80'],
    ['http://192.168.10.5:8080/admin', 'http://192.168.10.5:8080/admin'],
    ['abcdefghij234567.onion', 'https://abcdefghij234567.onion'],
    ['sh\u200bop.kz', 'https://shop.kz'],
  ])('cleans %j to %s', (raw, expected) => {
    expect(clean(raw)).toBe(expected);
  });

  it.each([
    'т.е.',
    'photo.jpg',
    'localhost',
    '1.5',
    '12.05.2024',
    'user@mail.ru',
    'https://user:pass@shop.kz',
    'ftp://shop.kz',
    'javascript:alert(1)',
    'shop kz.com',
    'https://',
    '',
    `https://shop.kz/${'a'.repeat(5000)}`,
  ])('rejects %j', (raw) => {
    expect(clean(raw)).toBeNull();
  });

  it('treats scheme and www as near-identical', () => {
    expect(urlType.compare('https://shop.kz/a', 'https://shop.kz/a')).toBe(1);
    expect(urlType.compare('http://www.shop.kz/a', 'https://shop.kz/a')).toBe(0.9);
    expect(urlType.compare('https://shop.kz/a', 'https://shop.kz/b')).toBe(0);
  });

  it('validates only normalised values', () => {
    expect(urlType.validate('https://shop.kz')).toBe(true);
    expect(urlType.validate('https://shop.kz/')).toBe(false);
    expect(urlType.validate('shop.kz')).toBe(false);
  });
});
