import { normalize } from '../../normalize/normalize.js';
import {
  type CleanContext,
  DEFAULT_CLEAN_CONTEXT,
  exactCompare,
  type IdentifierAttributes,
  type IdentifierType,
} from '../identifier-type.js';
import { isPhoneSeparator, lookalikeDigit } from './phone-digits.js';
import { validE164 } from './phone-e164.js';
import { phoneFacts } from './phone-line-type.js';
import { countryPlan } from './phone-plans.js';
import { writtenWhatsappLinkDigits } from './whatsapp-link.js';

const MAX_RAW_LENGTH = 64;
/** api.whatsapp.com/send?text=…&phone=… may carry a message before the number. */
const MAX_LINK_LENGTH = 1024;
/** Below this many real digits, look-alike letters are more likely words than a disguised number. */
const MIN_REAL_DIGITS_WITH_LOOKALIKES = 7;

const PLUS = 0x2b;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isAsciiSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** «(», «)», «-», «.», «/»: the ASCII punctuation people put between digit groups. */
function isAsciiPunctuationSeparator(code: number): boolean {
  return code === 0x28 || code === 0x29 || code === 0x2d || code === 0x2e || code === 0x2f;
}

/**
 * The dial string of a number written in ASCII digits and separators, a «+» first: how most numbers are written, and
 * text the normaliser leaves as it is. Read in one pass without it (it costs about a microsecond a number); null
 * for anything else, letters for digits included, which goes through the normaliser.
 */
function plainDial(raw: string): string | null {
  let dial = '';
  let started = false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    const space = isAsciiSpace(code);
    if (isDigit(code)) dial += raw.charAt(i);
    else if (code === PLUS && !started) dial += '+';
    else if (!space && !isAsciiPunctuationSeparator(code)) return null;
    // Only blanks may come before the «+», as in a trimmed number.
    started ||= !space;
  }
  return dial;
}

/** «8-7О7 (123) 45 67» -> «87071234567»: digits with look-alikes mapped, a leading «+» kept; null on any stray char. */
function dialString(raw: string): string | null {
  const plain = plainDial(raw);
  if (plain !== null) return plain;
  const text = normalize(raw.trim()).text;
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

/**
 * A WhatsApp link holds the number in international form without the «+». Some writers put the national «8…» there
 * (WhatsApp then fails to open the chat, but a reader dials it), so that reading is the fallback.
 */
function whatsappNumber(raw: string, region: string | undefined): string | null {
  const digits = writtenWhatsappLinkDigits(raw);
  return digits === null ? null : phoneOfWhatsappDigits(digits, region);
}

/** The number of a WhatsApp link's digits (see `whatsappLinkDigits`), read as `whatsappNumber` reads them. */
export function phoneOfWhatsappDigits(digits: string, region: string | undefined): string | null {
  return validE164(`+${digits}`, undefined) ?? validE164(digits, region);
}

/** The region numbers without a country code are read in, when the numbering plans know it. */
export function phoneRegion(context: CleanContext): string | undefined {
  return countryPlan(context.defaultRegion) === null ? undefined : context.defaultRegion;
}

function cleanPhone(raw: string, context: CleanContext): string | null {
  if (raw.length > MAX_LINK_LENGTH) return null;
  const dial = raw.length > MAX_RAW_LENGTH ? null : dialString(raw);
  const region = phoneRegion(context);
  return dial === null ? whatsappNumber(raw, region) : validE164(dial, region);
}

/** «+77071234567» -> { country: 'KZ', line_type: 'mobile' }, as far as the numbering plan knows. */
function describePhone(value: string): IdentifierAttributes {
  const facts = phoneFacts(value);
  return {
    ...(facts?.country == null ? {} : { country: facts.country }),
    ...(facts?.lineType == null ? {} : { line_type: facts.lineType }),
  };
}

export const phoneType: IdentifierType = {
  name: 'phone',
  label: 'Phone number',
  specificity: 0.9,
  clean: cleanPhone,
  // E.164 carries its country code, so the default region cannot change the answer.
  validate: (value) => value.startsWith('+') && cleanPhone(value, DEFAULT_CLEAN_CONTEXT) === value,
  compare: exactCompare,
  describe: describePhone,
};
