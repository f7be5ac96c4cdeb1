import fc from 'fast-check';
import examples from 'libphonenumber-js/examples.mobile.json';
import { getCountries, getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { phoneFacts } from './phone-line-type.js';

/** What libphonenumber-js itself says of a number, in phoneFacts's terms. */
function library(value: string): { country: string | null; lineType: string | null } | null {
  const parsed = parsePhoneNumberFromString(value);
  if (parsed?.isValid() !== true || parsed.number !== value) return null;
  return { country: parsed.country ?? null, lineType: parsed.getType()?.toLowerCase() ?? null };
}

function expectSame(value: string): void {
  expect(phoneFacts(value), value).toEqual(library(value));
}

describe('phone line type', () => {
  it('knows the kinds of Kazakh and neighbouring numbers', () => {
    expect(phoneFacts('+77071234567')).toEqual({ country: 'KZ', lineType: 'mobile' });
    expect(phoneFacts('+77172551234')).toEqual({ country: 'KZ', lineType: 'fixed_line' });
    expect(phoneFacts('+78001234567')).toEqual({ country: 'RU', lineType: 'toll_free' });
    expect(phoneFacts('+79161234567')).toEqual({ country: 'RU', lineType: 'mobile' });
    expect(phoneFacts('+74951234567')).toEqual({ country: 'RU', lineType: 'fixed_line' });
    expect(phoneFacts('+996555123456')).toEqual({ country: 'KG', lineType: 'mobile' });
    expect(phoneFacts('+998901234567')).toEqual({ country: 'UZ', lineType: 'mobile' });
    expect(phoneFacts('+12015550123')).toEqual({ country: 'US', lineType: 'fixed_line_or_mobile' });
  });

  it('gives no facts for what is no valid E.164 number', () => {
    for (const value of ['', '+', '87071234567', '+7707123456', '+77270000000', '+0123', 'phone', '+7707123456789'])
      expect(phoneFacts(value)).toBeNull();
  });

  it('agrees with libphonenumber-js on the example number of every region', () => {
    let checked = 0;
    for (const country of getCountries()) {
      const example = getExampleNumber(country, examples);
      if (example === undefined) continue;
      expectSame(example.number);
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('agrees with libphonenumber-js on random numbers of many kinds', () => {
    const callingCode = fc.constantFrom('7', '996', '998', '992', '993', '994', '995', '374', '375', '380', '90', '86');
    const more = fc.constantFrom('1', '44', '49', '39', '61', '800', '808', '870', '881', '882', '883', '888', '979');
    const value = fc
      .tuple(fc.oneof(callingCode, more), fc.stringMatching(/^[0-9]{4,13}$/))
      .map(([code, national]) => `+${code}${national}`);
    let valid = 0;
    fc.assert(
      fc.property(value, (number) => {
        expectSame(number);
        if (phoneFacts(number) !== null) valid++;
      }),
      { numRuns: 20_000 },
    );
    // Random digits are seldom valid; enough of them must be for the check to mean something.
    expect(valid).toBeGreaterThan(1_000);
  });
});
