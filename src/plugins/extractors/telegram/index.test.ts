import { describe, expect, it } from 'vitest';
import { DEFAULT_CLEAN_CONTEXT } from '../../../model/identifier-type.js';
import { analysisInput } from '../analysis-input.js';
import telegramExtractor from './index.js';

function extract(text: string) {
  return telegramExtractor.extract(analysisInput(text), DEFAULT_CLEAN_CONTEXT);
}

function found(text: string): [string, string, string][] {
  return extract(text).map((identifier) => [identifier.type, identifier.raw, identifier.value]);
}

describe('telegram extractor', () => {
  it.each([
    ['Пишите в лс @Shop_Almaty, доставка 24/7', '@Shop_Almaty', 'shop_almaty'],
    ['Оператор: @almaty_operator_bot', '@almaty_operator_bot', 'almaty_operator_bot'],
    ['Байланыс: @KZ_shop24!', '@KZ_shop24', 'kz_shop24'],
    ['канал https://t.me/shop_almaty 🔥', 'https://t.me/shop_almaty', 'shop_almaty'],
    ['витрина t.me/s/Shop_Almaty.', 't.me/s/Shop_Almaty', 'shop_almaty'],
    ['пост t.me/shop_almaty/1532 смотри', 't.me/shop_almaty', 'shop_almaty'],
    ['бот t.me/shop_kz_bot?start=ref42', 't.me/shop_kz_bot', 'shop_kz_bot'],
    ['http://telegram.me/Shop_Almaty', 'http://telegram.me/Shop_Almaty', 'shop_almaty'],
    ['telegram.dog/shop_almaty', 'telegram.dog/shop_almaty', 'shop_almaty'],
    ['tg://resolve?domain=Dealer_KZ&post=5', 'tg://resolve?domain=Dealer_KZ', 'dealer_kz'],
    ['пиши @ shop_almaty', '@ shop_almaty', 'shop_almaty'],
    ['ищи t . me / shop_kz', 't . me / shop_kz', 'shop_kz'],
    ['hxxps://t[.]me/shop_almaty', 'hxxps://t[.]me/shop_almaty', 'shop_almaty'],
    ['@shоp_almaty (с русской о)', '@shоp_almaty', 'shop_almaty'],
    ['@shop\u200b_almaty', '@shop\u200b_almaty', 'shop_almaty'],
    ['＠Shop_Almaty', '＠Shop_Almaty', 'shop_almaty'],
  ])('finds the handle in %j', (text, raw, value) => {
    expect(found(text)).toEqual([['telegram', raw, value]]);
  });

  it.each([
    ['вступай t.me/+AbCdEfGhIjKlMnOp', 't.me/+AbCdEfGhIjKlMnOp', 'AbCdEfGhIjKlMnOp'],
    [
      'https://t.me/joinchat/AAAAAEHbEkejzxUjAUCzYA',
      'https://t.me/joinchat/AAAAAEHbEkejzxUjAUCzYA',
      'AAAAAEHbEkejzxUjAUCzYA',
    ],
    ['tg://join?invite=AbCd-fGh_jKlMnOp', 'tg://join?invite=AbCd-fGh_jKlMnOp', 'AbCd-fGh_jKlMnOp'],
  ])('finds the invite in %j, keeping the hash case', (text, raw, value) => {
    expect(found(text)).toEqual([['telegram_invite', raw, value]]);
  });

  it.each([
    ['an e-mail', 'пишите на shop_almaty@mail.ru'],
    ['an e-mail domain after @', 'почта @gmail.com'],
    ['a TikTok handle', 'tiktok.com/@shop_almaty'],
    ['a short handle', '@shop и @kz'],
    ['a numeric channel path', 't.me/c/1234567890/55'],
    ['a Telegram feature path', 't.me/addstickers/Pack и t.me/share/url?url=x'],
    ['a lower-cased invite', 't.me/+abcdefghijklmnop'],
    ['a phone link', 't.me/+77071234567'],
    ['an «at» in prose', 'встретимся @ almaty'],
    ['an all-Cyrillic word', '@магазин @сахар'],
    ['a handle too long', `@${'a'.repeat(40)}`],
    ['a link to another site', 'https://example.com/shop_almaty'],
    ['a handle running into Cyrillic', '@shopбот'],
  ])('does not emit %s', (_kind, text) => {
    expect(extract(text)).toEqual([]);
  });

  it('finds every handle in a post, with exact spans', () => {
    const text = 'Закладки Алматы 🍁\nОператор @op_almaty, резерв @op_almaty2\nКанал: t.me/almaty_shop\n';
    const identifiers = extract(text);
    expect(identifiers.map((identifier) => identifier.value)).toEqual(['op_almaty', 'op_almaty2', 'almaty_shop']);
    for (const identifier of identifiers) expect(text.slice(identifier.start, identifier.end)).toBe(identifier.raw);
  });
});
