import { describe, expect, it } from 'vitest';
import { normalize } from '../../normalize/normalize.js';
import { contactStance as stanceOfNormalized } from './contact-warnings.js';
import type { LinkIdentifierUse } from './link-input.js';

const contactStance = (text: string, contacts: readonly LinkIdentifierUse[]) =>
  stanceOfNormalized(normalize(text).text, contacts);

const handle = (value: string): LinkIdentifierUse => ({ id: `idf_${value}`, type: 'telegram', value });
const phone: LinkIdentifierUse = { id: 'idf_phone', type: 'phone', value: '+77071234567' };
const shop = [handle('shop_a'), handle('shop_a_bot'), phone];

describe('contactStance', () => {
  it.each([
    '@shop_a — это наркошоп, не ведитесь. Пишите в поддержку площадки',
    'report @shop_a, it is a drug shop',
    'Админ, удалите спам от @shop_a',
    '@shop_a — алаяқ, сенбеңіздер',
    '8 707 123 45 67 — мошенники, не отвечайте',
  ])('reads «%s» as a warning against a contact it names', (text) => {
    expect(contactStance(text, shop).warns).toBe(true);
  });

  it.each([
    ['Старый аккаунт @shop_a заблокирован, теперь мы здесь!\nБот: @shop_a_bot', 'idf_shop_a'],
    ['Мы переехали! @shop_a больше не наш, пишите сюда', 'idf_shop_a'],
    ['Our old account @shop_a got banned, we are here now', 'idf_shop_a'],
    ['Ескі аккаунт @shop_a бұғатталды, енді біз осындамыз!', 'idf_shop_a'],
    ['Осторожно, фейк @shop_a! Наш бот @shop_a_bot', 'idf_shop_a'],
    ['Номер 8 707 123 45 67 заблокирован, пишите в бот @shop_a_bot', 'idf_phone'],
    ['Старый бот @shop_a_bot заблокирован, пишите @shop_a', 'idf_shop_a_bot'],
  ])('reads «%s» as disowning one contact and no warning', (text, id) => {
    const stance = contactStance(text, shop);
    expect([...stance.disowned]).toEqual([id]);
    expect(stance.warns).toBe(false);
  });

  it.each([
    'Осторожно, фейки! Наш единственный бот @shop_a_bot',
    'Осторожно, мошенники копируют нас, наш бот только @shop_a_bot',
    'Beware of scammers, our only bot is @shop_a_bot',
    'Если бот заблокирован, пиши @shop_a',
    'Работаем без развода, бот @shop_a_bot, тел +7 707 123 45 67',
    'Мы переехали сюда, пишите @shop_a',
    'Не ведитесь на дешёвые цены.\nНаш бот: @shop_a_bot',
    'Кто брал у @shop_a? Норм?',
  ])('reads «%s» as naming its contacts, neither warning against nor disowning them', (text) => {
    const stance = contactStance(text, shop);
    expect(stance.warns).toBe(false);
    expect(stance.disowned.size).toBe(0);
  });

  it('needs a contact the document names', () => {
    expect(contactStance('Это наркошоп, не ведитесь', []).warns).toBe(false);
    expect(contactStance('@other — это наркошоп', shop).warns).toBe(false);
  });
});
