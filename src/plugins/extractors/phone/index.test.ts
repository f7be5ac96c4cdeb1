import { describe, expect, it } from 'vitest';
import { DEFAULT_CLEAN_CONTEXT } from '../../../model/identifier-type.js';
import { analysisInput } from '../analysis-input.js';
import phoneExtractor from './index.js';

function extract(text: string) {
  return phoneExtractor.extract(analysisInput(text), DEFAULT_CLEAN_CONTEXT);
}

function values(text: string): string[] {
  return extract(text).map((found) => found.value);
}

function raws(text: string): string[] {
  return extract(text).map((found) => found.raw);
}

describe('phone extractor', () => {
  it.each([
    ['Звоните 8 707 123 45 67, доставка по Алматы', '8 707 123 45 67', '+77071234567'],
    ['Тел: +7(777)1234567!', '+7(777)1234567', '+77771234567'],
    ['whatsapp 87011234567 пишите', '87011234567', '+77011234567'],
    ['Байланыс үшін: 8-7О7-123-45-67 (Ерлан)', '8-7О7-123-45-67', '+77071234567'],
    ['номер 8 7o7 l23 45 67 звони', '8 7o7 l23 45 67', '+77071234567'],
    ['тел 8 707 l2з ч5 б7', '8 707 l2з ч5 б7', '+77071234567'],
    ['тел.8(701)765-43-21', '8(701)765-43-21', '+77017654321'],
    ['(707) 123-45-67 — закладки', '(707) 123-45-67', '+77071234567'],
    ['+7 707 123\n45 67 пиши', '+7 707 123\n45 67', '+77071234567'],
    ['8.701.123.45.67', '8.701.123.45.67', '+77011234567'],
    ['8 7 0 7 1 2 3 4 5 6 7', '8 7 0 7 1 2 3 4 5 6 7', '+77071234567'],
    ['wa.me/77071234567', 'wa.me/77071234567', '+77071234567'],
    ['Пишите в WhatsApp: https://wa.me/996555123456 !', 'https://wa.me/996555123456', '+996555123456'],
    ['ватсап wa[.]me/+998901234567', 'wa[.]me/+998901234567', '+998901234567'],
    [
      'https://api.whatsapp.com/send?phone=77071234567&text=Здравствуйте',
      'https://api.whatsapp.com/send?phone=77071234567',
      '+77071234567',
    ],
    [
      'api.whatsapp.com/send/?phone=%2B79161234567&type=phone_number',
      'api.whatsapp.com/send/?phone=%2B79161234567',
      '+79161234567',
    ],
    ['WA.ME/87071234567', 'WA.ME/87071234567', '+77071234567'],
    ['Офис: 8 (7172) 55-12-34', '8 (7172) 55-12-34', '+77172551234'],
    ['Бишкек +996 555 123 456', '+996 555 123 456', '+996555123456'],
    ['Астана 8 700 000 00 00', '8 700 000 00 00', '+77000000000'],
    ['тел\u00a08\u00a0707\u00a0123\u00a045\u00a067', '8\u00a0707\u00a0123\u00a045\u00a067', '+77071234567'],
    ['8707\u200b123\u200b4567', '8707\u200b123\u200b4567', '+77071234567'],
  ])('finds the phone in %j', (text, raw, value) => {
    const found = extract(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.raw).toBe(raw);
    expect(found[0]?.value).toBe(value);
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe(raw);
  });

  it('finds several numbers in one run of digits', () => {
    expect(values('8 707 123 45 67 8 701 765 43 21')).toEqual(['+77071234567', '+77017654321']);
    expect(values('87071234567 87017654321 87771112233')).toEqual(['+77071234567', '+77017654321', '+77771112233']);
    expect(values('87071234567/87017654321')).toEqual(['+77071234567', '+77017654321']);
    expect(values('8 707 123 45 67\n8 701 765 43 21')).toEqual(['+77071234567', '+77017654321']);
  });

  it('finds numbers separated by punctuation', () => {
    expect(values('87071234567, 87017654321; +77771112233')).toEqual(['+77071234567', '+77017654321', '+77771112233']);
  });

  it('skips a date or a year glued to a number', () => {
    expect(raws('12.05.2024 87071234567')).toEqual(['87071234567']);
    expect(raws('с 2024 87071234567')).toEqual(['87071234567']);
  });

  it.each([
    ['a year', 'Работаем с 2019 года, в 2024 открыли филиал'],
    ['a price', 'Цена 5000 тг, опт от 150 000 тг, 1 500 000 ₸ за кг'],
    ['a date', 'Встреча 12.05.2024 в 18:30, потом 01.06.2024'],
    ['an IIN', 'ИИН 900101300123 и ИИН 850101300123'],
    ['a card number', 'Карта Kaspi 4400 4301 2345 6789, перевод на 4111111111111111'],
    ['an amex-style card', '3782 822463 10005'],
    ['a card that would dial abroad via 8~10', 'перевод на 810996555123453'],
    ['a short local number', 'звони 55-12-34'],
    ['an amount in thousands', 'Бюджет 7 000 000 000 тенге, ущерб 87 000 000 000 ₸, 77.000.000.000'],
    ['an order number', 'Заказ № 123456789012345678'],
    ['a timestamp', '1715500000000'],
    ['a word of look-alikes', 'ООО ЗОЛОТО 2024'],
    ['a preposition before a number', 'по 12 шт'],
  ])('does not emit %s', (_kind, text) => {
    expect(extract(text)).toEqual([]);
  });

  it('reads the digits alone where what precedes them is no WhatsApp link', () => {
    expect(raws('evilwa.me/77071234567')).toEqual(['77071234567']);
    expect(raws('https://shop.kz/order?phone=77071234567')).toEqual(['77071234567']);
    expect(raws('wa.me/ 8 707 123 45 67')).toEqual(['8 707 123 45 67']);
  });

  it('does not turn the word before a number into digits', () => {
    expect(raws('звоните по 87071234567')).toEqual(['87071234567']);
    expect(raws('о 87071234567')).toEqual(['87071234567']);
  });

  it('cleans every value to itself and keeps raw equal to the span', () => {
    const text = 'Опт: 8 707 123 45 67, +7(777)1234567; 8-7О7-123-45-67\nwa.me/77011234567';
    for (const found of extract(text)) {
      expect(text.slice(found.start, found.end)).toBe(found.raw);
      expect(found.type).toBe('phone');
      expect(phoneExtractor.meta.id).toBe('phone');
    }
  });

  it('respects the default region', () => {
    const input = analysisInput('Бишкек: 0555 123 456');
    expect(phoneExtractor.extract(input, { defaultRegion: 'KG' }).map((found) => found.value)).toEqual([
      '+996555123456',
    ]);
    expect(phoneExtractor.extract(input, DEFAULT_CLEAN_CONTEXT)).toEqual([]);
  });
});
