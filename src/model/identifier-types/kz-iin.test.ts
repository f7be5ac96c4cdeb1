import { describe, expect, it } from 'vitest';
import { DEFAULT_CLEAN_CONTEXT } from '../identifier-type.js';
import { kzBinType } from './kz-bin.js';
import { decodeIin, kzIinType } from './kz-iin.js';

const iin = (raw: string) => kzIinType.clean(raw, DEFAULT_CLEAN_CONTEXT);
const bin = (raw: string) => kzBinType.clean(raw, DEFAULT_CLEAN_CONTEXT);

// Check digits computed by hand with the official weights; 900101300811 needs the second pass.
const MALE_1990 = '900101300811';
const SECOND_PASS = '900101300823';
// Public BINs printed on the banks' own sites: Kaspi Bank and Halyk Bank.
const KASPI_BIN = '971240001315';
const HALYK_BIN = '940140000385';

describe('Kazakhstan IIN and BIN identifier types', () => {
  it('accepts IINs whose check digit holds, on the first or the second pass', () => {
    expect(iin(MALE_1990)).toBe(MALE_1990);
    expect(iin(SECOND_PASS)).toBe(SECOND_PASS);
    expect(iin(' 900101 300 811 ')).toBe(MALE_1990);
  });

  it('rejects a wrong check digit, and numbers with no valid check digit at all', () => {
    expect(iin('900101300812')).toBeNull();
    // Both passes give 10 for 90010130080x: no check digit makes it valid.
    for (let digit = 0; digit <= 9; digit++) expect(iin(`90010130080${digit}`)).toBeNull();
  });

  it('decodes the birth date and sex from the century digit', () => {
    expect(decodeIin(MALE_1990)).toEqual({ birthDate: '1990-01-01', sex: 'male' });
    expect(decodeIin(SECOND_PASS)).toEqual({ birthDate: '1990-01-01', sex: 'male' });
    expect(decodeIin('050228600018')).toEqual({ birthDate: '2005-02-28', sex: 'female' });
    expect(decodeIin(KASPI_BIN)).toBeNull();
    expect(decodeIin('900101300812')).toBeNull();
  });

  it.each([
    ['31 February', '900231300014'],
    ['month 13', '901301300017'],
    ['century digit 0', '900101000018'],
    ['century digit 7', '900101700012'],
  ])('rejects an IIN with %s', (_, raw) => {
    expect(iin(raw)).toBeNull();
  });

  it('reads a legal entity number as a BIN, never as an IIN', () => {
    expect(bin(KASPI_BIN)).toBe(KASPI_BIN);
    expect(bin(HALYK_BIN)).toBe(HALYK_BIN);
    expect(iin(KASPI_BIN)).toBeNull();
    expect(bin(MALE_1990)).toBeNull();
  });

  it('describes an IIN by birth date and sex, a BIN by the kind of entity', () => {
    expect(kzIinType.describe?.(MALE_1990)).toEqual({ birth_date: '1990-01-01', sex: 'male' });
    expect(kzIinType.describe?.(KASPI_BIN)).toEqual({});
    expect(kzIinType.describe?.('90 01 01 300811')).toEqual({});
    expect(kzBinType.describe?.(KASPI_BIN)).toEqual({ entity_kind: 'resident_legal_entity' });
    expect(kzBinType.describe?.(MALE_1990)).toEqual({});
  });
});
