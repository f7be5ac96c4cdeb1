import { describe, expect, it } from 'vitest';
import { DEFAULT_CLEAN_CONTEXT } from '../identifier-type.js';
import { telegramType } from './telegram.js';

const clean = (raw: string) => telegramType.clean(raw, DEFAULT_CLEAN_CONTEXT);

describe('telegram identifier type', () => {
  it.each([
    ['@Shop_Almaty', 'shop_almaty'],
    ['shop_almaty', 'shop_almaty'],
    ['@ shop_almaty', 'shop_almaty'],
    ['t.me/Shop_Almaty', 'shop_almaty'],
    ['https://t.me/shop_almaty', 'shop_almaty'],
    ['http://www.t.me/shop_almaty/', 'shop_almaty'],
    ['https://telegram.me/Shop_Almaty', 'shop_almaty'],
    ['telegram.dog/shop_almaty', 'shop_almaty'],
    ['t.me/s/shop_almaty', 'shop_almaty'],
    ['t.me/shop_almaty/1234', 'shop_almaty'],
    ['t.me/shop_almaty_bot?start=ref42', 'shop_almaty_bot'],
    ['tg://resolve?domain=Shop_Almaty', 'shop_almaty'],
    ['tg://resolve?domain=shop_almaty&post=5', 'shop_almaty'],
    ['t . me / shop_almaty', 'shop_almaty'],
    ['t[.]me/shop_almaty', 'shop_almaty'],
    ['hxxps://t.me/shop_almaty', 'shop_almaty'],
    ['@shоp_almaty', 'shop_almaty'],
    ['@ЅНОР_АLМАТУ', null],
    ['@sh\u200bop_almaty', 'shop_almaty'],
    ['@ＳｈｏｐＡｌｍａｔｙ', 'shopalmaty'],
  ])('cleans %j to %s', (raw, expected) => {
    expect(clean(raw)).toBe(expected);
  });

  it.each([
    '@shop',
    '@1shop_almaty',
    '@_shopalmaty',
    '@shop_almaty_',
    '@shop__almaty',
    `@${'a'.repeat(33)}`,
    '@сахар',
    '@магазин',
    't.me/joinchat/AAAAAEHbEkejzxUjAUCzYA',
    't.me/+AbCdEfGhIjKlMnOp',
    't.me/c/1234567890/55',
    't.me/share/url?url=x',
    't.me/addstickers/somepack',
    'user@mail.ru',
    'shop.kz',
    'https://example.com/shop_almaty',
    '',
  ])('rejects %j', (raw) => {
    expect(clean(raw)).toBeNull();
  });

  it('validates only normalised values', () => {
    expect(telegramType.validate('shop_almaty')).toBe(true);
    expect(telegramType.validate('@shop_almaty')).toBe(false);
    expect(telegramType.validate('Shop_Almaty')).toBe(false);
  });
});
