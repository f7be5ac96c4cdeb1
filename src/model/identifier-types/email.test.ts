import { describe, expect, it } from 'vitest';
import { DEFAULT_CLEAN_CONTEXT } from '../identifier-type.js';
import { emailType } from './email.js';

const clean = (raw: string) => emailType.clean(raw, DEFAULT_CLEAN_CONTEXT);

describe('email identifier type', () => {
  it.each([
    ['Shop.Almaty@Mail.RU', 'shop.almaty@mail.ru'],
    ['mailto:shop+kz@gmail.com', 'shop+kz@gmail.com'],
    ['shop [at] mail [.] ru', 'shop@mail.ru'],
    ['shop(at)mail.ru', 'shop@mail.ru'],
    ['shop собака mail точка ru', 'shop@mail.ru'],
    ['shop@почта.рф', 'shop@xn--80a1acny.xn--p1ai'],
  ])('cleans %j to %s', (raw, expected) => {
    expect(clean(raw)).toBe(expected);
  });

  it.each([
    '@shop_almaty',
    'shop@',
    '.shop@mail.ru',
    'shop.@mail.ru',
    'sh..op@mail.ru',
    'shop@mail',
    'shop@photo.jpg',
    'shop@1.2.3.4',
    'a@b@mail.ru',
    `${'a'.repeat(65)}@mail.ru`,
    'магазин@mail.ru',
    '',
  ])('rejects %j', (raw) => {
    expect(clean(raw)).toBeNull();
  });
});
