import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLEAN_CONTEXT } from '../../../model/identifier-type.js';
import { analysisInput } from '../analysis-input.js';
import phoneExtractor from '../phone/index.js';
import bankCardExtractor from './index.js';

function found(text: string): [string, string][] {
  return bankCardExtractor
    .extract(analysisInput(text), DEFAULT_CLEAN_CONTEXT)
    .map((identifier) => [identifier.raw, identifier.value]);
}

function withLuhnDigit(body: string): string {
  for (let digit = 0; digit <= 9; digit++) {
    const number = `${body}${digit}`;
    let sum = 0;
    for (let i = 0; i < number.length; i++) {
      let d = Number(number.charAt(number.length - 1 - i));
      if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    if (sum % 10 === 0) return number;
  }
  return body;
}

describe('bank-card extractor', () => {
  it('finds grouped and unbroken cards, masked', () => {
    expect(
      found('Перевод на Kaspi 4400 4301 2345 6789 (Ерлан), или Сбер 2202-2000-0000-0008, или 4400430123456789.'),
    ).toEqual([
      ['4400 4301 2345 6789', '440043******6789'],
      ['2202-2000-0000-0008', '220220******0008'],
      ['4400430123456789', '440043******6789'],
    ]);
  });

  it('finds a card written with no-break spaces, an Amex grouping and a 19-digit card', () => {
    expect(found('карта 4400\u00a04301\u00a02345\u00a06789; amex 3782 822463 10005; 6762 8000 0000 0000 001')).toEqual([
      ['4400\u00a04301\u00a02345\u00a06789', '440043******6789'],
      ['3782 822463 10005', '378282*****0005'],
      ['6762 8000 0000 0000 001', '676280*********0001'],
    ]);
  });

  it('finds the card inside a longer run of groups', () => {
    expect(found('Номер 4400 4301 2345 6789 2025 года')).toEqual([['4400 4301 2345 6789', '440043******6789']]);
  });

  it.each([
    ['a phone number', 'Звони 8 707 123 45 67 или +7 707 123 4567'],
    ['an unbroken international phone number that passes Luhn', 'WhatsApp +4915123456787'],
    ['an IIN', 'ИИН 900101300811'],
    ['a Luhn failure', 'карта 4400 4301 2345 6788'],
    ['an order number outside the card networks', 'заказ 7707123456789017'],
    ['mixed separators', '4400 4301-2345 6789'],
    ['a price table', '2021 2022 2023 2024 годы'],
  ])('finds nothing in %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });

  it('finds every Luhn-valid Visa number in any grouping, and the phone extractor leaves it alone', () => {
    const grouped = fc.constantFrom('', ' ', '-');
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{14}$/), grouped, (body, separator) => {
        const digits = withLuhnDigit(`4${body}`);
        const written = digits.match(/.{1,4}/g)?.join(separator) ?? digits;
        const text = `Оплата на карту ${written} после подтверждения`;
        const cards = bankCardExtractor.extract(analysisInput(text), DEFAULT_CLEAN_CONTEXT);
        expect(cards).toEqual([
          {
            type: 'bank_card',
            value: `${digits.slice(0, 6)}******${digits.slice(-4)}`,
            start: 16,
            end: 16 + written.length,
            raw: written,
          },
        ]);
        expect(phoneExtractor.extract(analysisInput(text), DEFAULT_CLEAN_CONTEXT)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
