import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { normalize } from '../../normalize/normalize.js';
import { type CleanContext, DEFAULT_CLEAN_CONTEXT, exactCompare, type IdentifierType } from '../identifier-type.js';
import { isPhoneSeparator, lookalikeDigit } from './phone-digits.js';

const MAX_RAW_LENGTH = 64;
/** Below this many real digits, look-alike letters are more likely words than a disguised number. */
const MIN_REAL_DIGITS_WITH_LOOKALIKES = 7;

/** «8-7О7 (123) 45 67» -> «87071234567»: digits with look-alikes mapped, a leading «+» kept; null on any stray char. */
function dialString(raw: string): string | null {
  const text = normalize(raw.trim()).text;
  let dial = '';
  let realDigits = 0;
  let lookalikes = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch >= '0' && ch <= '9') {
      dial += ch;
      realDigits++;
    } else if (ch === '+' && i === 0) {
      dial += ch;
    } else {
      const digit = lookalikeDigit(ch);
      if (digit !== undefined) {
        dial += digit;
        lookalikes++;
      } else if (!isPhoneSeparator(ch)) {
        return null;
      }
    }
  }
  if (lookalikes > 0 && realDigits < MIN_REAL_DIGITS_WITH_LOOKALIKES) return null;
  return dial;
}

function cleanPhone(raw: string, context: CleanContext): string | null {
  if (raw.length > MAX_RAW_LENGTH) return null;
  const dial = dialString(raw);
  if (dial === null) return null;
  const region = isSupportedCountry(context.defaultRegion) ? context.defaultRegion : undefined;
  const parsed = parsePhoneNumberFromString(dial, region);
  return parsed?.isValid() === true ? parsed.number : null;
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
