import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLEAN_CONTEXT } from '../../../model/identifier-type.js';
import { kzBinType } from '../../../model/identifier-types/kz-bin.js';
import { decodeIin, kzIinType } from '../../../model/identifier-types/kz-iin.js';
import { analysisInput } from '../analysis-input.js';
import kzIinExtractor from './index.js';

function found(text: string): [string, string][] {
  return kzIinExtractor
    .extract(analysisInput(text), DEFAULT_CLEAN_CONTEXT)
    .map((identifier) => [identifier.type, identifier.raw]);
}

const WEIGHTS = [
  [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
  [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2],
] as const;

/** The eleven digits with their check digit, or null where the official algorithm allows none. */
function withCheckDigit(body: string): string | null {
  for (const weights of WEIGHTS) {
    const check = weights.reduce((sum, weight, i) => sum + weight * Number(body.charAt(i)), 0) % 11;
    if (check !== 10) return `${body}${check}`;
  }
  return null;
}

describe('kz-iin extractor', () => {
  it('finds an IIN and a BIN in a post', () => {
    expect(found('Оформлю на ИИН 900101300811, оплата на ТОО (БИН 971240001315).')).toEqual([
      ['kz_iin', '900101300811'],
      ['kz_bin', '971240001315'],
    ]);
  });

  it.each([
    ['a wrong check digit', 'ИИН 900101300812'],
    ['an impossible date', 'ИИН 900231300014'],
    ['a longer digit run', 'заказ 19001013008110'],
    ['a phone number after a plus', 'звони +900101300811'],
    ['a decimal', 'курс 1.900101300811'],
  ])('finds nothing in %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });

  it('finds every valid IIN of any birth date, and decodes that date back', () => {
    const birthDates = fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(birthDates, fc.boolean(), fc.stringMatching(/^[0-9]{4}$/), (date, female, serial) => {
        const iso = date.toISOString().slice(0, 10);
        const century = date.getUTCFullYear() < 2000 ? 3 : 5;
        const iin = withCheckDigit(
          `${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${century + Number(female)}${serial}`,
        );
        if (iin === null) return;
        expect(found(`Мой ИИН: ${iin}.`)).toEqual([['kz_iin', iin]]);
        expect(decodeIin(iin)).toEqual({ birthDate: iso, sex: female ? 'female' : 'male' });
      }),
      { numRuns: 300 },
    );
  });

  it('finds what the twelve-digit pattern it replaced found', () => {
    const pattern = /(?<![0-9+]|[0-9][.,])[0-9]{12}(?![0-9]|[.,][0-9])/g;
    const pieces = fc.constantFrom('900101300811', '971240001315', '0', '7', ' ', '.', ',', '+', 'a');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const expected = Array.from(text.matchAll(pattern), (match): [string, string] | null => {
          const raw = match[0];
          if (kzIinType.clean(raw, DEFAULT_CLEAN_CONTEXT) !== null) return ['kz_iin', raw];
          return kzBinType.clean(raw, DEFAULT_CLEAN_CONTEXT) === null ? null : ['kz_bin', raw];
        }).filter((entry) => entry !== null);
        expect(found(text)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
