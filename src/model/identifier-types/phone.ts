import { normalize } from '../../normalize/normalize.js';
import { type CleanContext, DEFAULT_CLEAN_CONTEXT, exactCompare, type IdentifierType } from '../identifier-type.js';
import { isPhoneSeparator, lookalikeDigit } from './phone-digits.js';
import { validE164 } from './phone-e164.js';
import { countryPlan } from './phone-plans.js';

const MAX_RAW_LENGTH = 64;
/** Below this many real digits, look-alike letters are more likely words than a disguised number. */
const MIN_REAL_DIGITS_WITH_LOOKALIKES = 7;

/**
 * ASCII digits and separators, a «+» first: how most numbers are written, and text the normaliser leaves as it is.
 * Such a number skips it (about a microsecond a number); anything else, letters for digits included, goes through.
 */
const PLAIN_NUMBER = /^\+?[0-9 \t\n\r()./-]*$/;
const PLUS = 0x2b;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** «8-7О7 (123) 45 67» -> «87071234567»: digits with look-alikes mapped, a leading «+» kept; null on any stray char. */
function dialString(raw: string): string | null {
  const trimmed = raw.trim();
  const text = PLAIN_NUMBER.test(trimmed) ? trimmed : normalize(trimmed).text;
  let dial = '';
  let realDigits = 0;
  let lookalikes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = isDigit(code) ? text.charAt(i) : lookalikeDigit(code);
    if (digit !== undefined) {
      dial += digit;
      if (isDigit(code)) realDigits++;
      else lookalikes++;
    } else if (code === PLUS && i === 0) {
      dial += '+';
    } else if (!isPhoneSeparator(code)) {
      return null;
    }
  }
  if (lookalikes > 0 && realDigits < MIN_REAL_DIGITS_WITH_LOOKALIKES) return null;
  return dial;
}

function cleanPhone(raw: string, context: CleanContext): string | null {
  if (raw.length > MAX_RAW_LENGTH) return null;
  const dial = dialString(raw);
  if (dial === null) return null;
  const region = countryPlan(context.defaultRegion) === null ? undefined : context.defaultRegion;
  return validE164(dial, region);
}

export const phoneType: IdentifierType = {
  name: 'phone',
  label: 'Phone number',
  specificity: 0.9,
  clean: cleanPhone,
  // E.164 carries its country code, so the default region cannot change the answer.
  validate: (value) => value.startsWith('+') && cleanPhone(value, DEFAULT_CLEAN_CONTEXT) === value,
  compare: exactCompare,
};
