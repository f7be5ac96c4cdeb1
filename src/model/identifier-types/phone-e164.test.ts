import fc from 'fast-check';
import examples from 'libphonenumber-js/examples.mobile.json';
import { getCountries, getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import metadata from 'libphonenumber-js/metadata.max.json';
import { describe, expect, it } from 'vitest';
import { validE164 } from './phone-e164.js';

/** The answer the phone type used to get from the library itself. */
function library(dial: string, region: string | undefined): string | null {
  const country = getCountries().find((code) => code === region);
  const parsed = parsePhoneNumberFromString(dial, country);
  return parsed?.isValid() === true ? parsed.number : null;
}

function expectSame(dial: string, region: string | undefined): void {
  expect(validE164(dial, region), `${dial} in ${region}`).toBe(library(dial, region));
}

/** A national prefix, a trunk code, IDD prefixes, the calling codes and transform rules of the regions we serve. */
const REGIONS = ['KZ', 'RU', 'KG', 'UZ', 'TJ', 'TM', 'AZ', 'GE', 'AM', 'BY', 'UA', 'TR', 'CN', 'US', 'GB', 'DE'];
const EXOTIC_REGIONS = ['AR', 'BR', 'MX', 'IT', 'SM', 'VA', 'NO', 'AU', 'IN', 'FI', 'AX', 'CO', 'KR'];

describe('validE164', () => {
  it('reads the metadata layout it was written for', () => {
    expect(metadata.version).toBe(4);
  });

  it('agrees with libphonenumber-js on every example number, written every way, read from many regions', () => {
    for (const country of getCountries()) {
      const example = getExampleNumber(country, examples);
      if (example === undefined) continue;
      const national = example.nationalNumber;
      const callingCode = example.countryCallingCode;
      const forms = [
        example.number,
        `${callingCode}${national}`,
        national,
        `8${national}`,
        `0${national}`,
        `00${callingCode}${national}`,
        `810${callingCode}${national}`,
        `011${callingCode}${national}`,
        `+${callingCode}${national.slice(0, -1)}`,
        `+${callingCode}${national}7`,
        `+${callingCode}0${national}`,
      ];
      for (const region of [country, ...REGIONS, ...EXOTIC_REGIONS, undefined]) {
        for (const dial of forms) expectSame(dial, region);
      }
    }
  });

  it('agrees with libphonenumber-js on random dial strings', () => {
    const region = fc.constantFrom<string | undefined>(...REGIONS, ...EXOTIC_REGIONS, undefined);
    const lead = fc.constantFrom(
      '',
      '+',
      '+7',
      '8',
      '87',
      '7',
      '77',
      '810',
      '00',
      '0',
      '+996',
      '+998',
      '+1',
      '+44',
      '+0',
    );
    const dial = fc.tuple(lead, fc.stringMatching(/^[0-9]{0,16}$/)).map(([start, digits]) => `${start}${digits}`);
    fc.assert(
      fc.property(dial, region, (text, country) => expectSame(text, country)),
      { numRuns: 20_000 },
    );
  });

  it('agrees with libphonenumber-js on ten digits after «+7» or «8», the shapes with a short path', () => {
    const region = fc.constantFrom<string | undefined>('KZ', 'RU', 'KG', 'UZ', 'BY', 'US', undefined);
    // Leading digits of every kind of +7 number (KZ 7xx, 33622…; RU 3xx, 4xx, 8xx, 9xx), and junk.
    const lead = fc.constantFrom('', '7', '70', '77', '33622', '3', '4', '49', '8', '80', '81', '810', '9', '91', '0');
    const dial = fc
      .tuple(fc.constantFrom('+7', '8', '7', '+8', '810'), lead, fc.stringMatching(/^[0-9]{10}$/))
      .map(([prefix, start, digits]) => `${prefix}${`${start}${digits}`.slice(0, 10)}`);
    let valid = 0;
    fc.assert(
      fc.property(dial, region, (text, country) => {
        expectSame(text, country);
        if (validE164(text, country) !== null) valid++;
      }),
      { numRuns: 20_000 },
    );
    expect(valid).toBeGreaterThan(2_000);
  });

  it('reads the numbers dealers write', () => {
    expect(validE164('87071234567', 'KZ')).toBe('+77071234567');
    expect(validE164('77071234567', 'KZ')).toBe('+77071234567');
    expect(validE164('+996555123456', 'KZ')).toBe('+996555123456');
    expect(validE164('0555123456', 'KG')).toBe('+996555123456');
    expect(validE164('87271234567', 'KZ')).toBeNull();
    expect(validE164('+7707123456', 'KZ')).toBeNull();
  });
});
