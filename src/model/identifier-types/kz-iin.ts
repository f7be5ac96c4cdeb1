import { exactCompare, type IdentifierAttributes, type IdentifierType } from '../identifier-type.js';
import { kzIdDigits, twoDigits } from './kz-id-number.js';

const MAX_RAW_LENGTH = 32;
/** The 7th digit: century of birth and sex, odd for men. */
const CENTURY_BY_DIGIT: readonly number[] = [0, 1800, 1800, 1900, 1900, 2000, 2000];

export interface IinHolder {
  /** ISO date, YYYY-MM-DD. */
  readonly birthDate: string;
  readonly sex: 'male' | 'female';
}

function holderOf(digits: readonly number[]): IinHolder | null {
  const centuryDigit = digits[6] ?? 0;
  const century = CENTURY_BY_DIGIT[centuryDigit];
  if (century === undefined || century === 0) return null;
  const year = century + twoDigits(digits, 0);
  const month = twoDigits(digits, 2);
  const day = twoDigits(digits, 4);
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 February over into March; a real birth date survives the round trip unchanged.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { birthDate: date.toISOString().slice(0, 10), sex: centuryDigit % 2 === 1 ? 'male' : 'female' };
}

function cleanIin(raw: string): string | null {
  if (raw.length > MAX_RAW_LENGTH) return null;
  const digits = kzIdDigits(raw);
  return digits !== null && holderOf(digits) !== null ? digits.join('') : null;
}

/** Date of birth and sex from an IIN (YYMMDD, then the century-and-sex digit); null if it is no valid IIN. */
export function decodeIin(value: string): IinHolder | null {
  const digits = kzIdDigits(value);
  return digits === null ? null : holderOf(digits);
}

export const kzIinType: IdentifierType = {
  name: 'kz_iin',
  label: 'Kazakhstan IIN (individual)',
  // One person for life: nothing links two posts more surely.
  specificity: 1,
  clean: cleanIin,
  validate: (value) => cleanIin(value) === value,
  compare: exactCompare,
  describe: (value): IdentifierAttributes => {
    const holder = cleanIin(value) === value ? decodeIin(value) : null;
    return holder === null ? {} : { birth_date: holder.birthDate, sex: holder.sex };
  },
};
