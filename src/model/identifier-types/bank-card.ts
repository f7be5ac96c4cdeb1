import { exactCompare, type IdentifierAttributes, type IdentifierType } from '../identifier-type.js';
import { type CardIssuer, issuerByPrefix } from './bin-ranges.js';
import { passesLuhn } from './luhn.js';
import { stripFormatChars } from './refang.js';

const MAX_RAW_LENGTH = 64;
// Spaces (no-break ones too), hyphens, dashes and minus signs: what people put between digit groups.
const SEPARATORS = /[\s\u2010-\u2015\u2212-]/g;
const FULL_NUMBER = /^[0-9]{13,19}$/;
/** The masked form this type stores: the BIN and the last four in clear, the digit count kept. */
const MASKED_NUMBER = /^[0-9]{6}\*{3,9}[0-9]{4}$/;
const LEADING_DIGITS = /^[0-9]{4}/;
const CLEAR_HEAD = 6;
const CLEAR_TAIL = 4;

/**
 * ISO/IEC 7812 prefixes of the card networks seen in Kazakhstan and its neighbours. A Luhn-valid run that starts
 * otherwise (7 petroleum, 8 telecom, 9 national use, and most phone numbers) is no payment card.
 */
const NETWORKS: readonly (readonly [from: string, to: string, network: string])[] = [
  ['2200', '2204', 'mir'],
  ['2221', '2720', 'mastercard'],
  ['300', '305', 'diners'],
  ['36', '36', 'diners'],
  ['38', '39', 'diners'],
  ['34', '34', 'amex'],
  ['37', '37', 'amex'],
  ['3528', '3589', 'jcb'],
  ['4', '4', 'visa'],
  ['50', '50', 'maestro'],
  ['51', '55', 'mastercard'],
  ['56', '59', 'maestro'],
  ['6011', '6011', 'discover'],
  ['644', '649', 'discover'],
  ['65', '65', 'discover'],
  ['62', '62', 'unionpay'],
  ['63', '63', 'maestro'],
  ['67', '67', 'maestro'],
  ['8600', '8600', 'uzcard'],
  ['9860', '9860', 'humo'],
];

/** The card network of a number or masked value by its leading digits (longest prefix wins), or null. */
export function cardNetwork(value: string): string | null {
  if (!LEADING_DIGITS.test(value)) return null;
  let best: string | null = null;
  let bestLength = 0;
  for (const [from, to, network] of NETWORKS) {
    const prefix = value.slice(0, from.length);
    if (from.length > bestLength && prefix >= from && prefix <= to) {
      best = network;
      bestLength = from.length;
    }
  }
  return best;
}

/** The issuing bank of a card (number or masked value) where data/bin-ranges.csv knows its BIN. */
export function cardIssuer(value: string): CardIssuer | null {
  return cardNetwork(value) === null ? null : issuerByPrefix(value);
}

/**
 * A full card number is sensitive (PCI DSS treats it as cardholder data) and the BIN plus last four is what banks
 * print on receipts: enough to link two posts, useless for a payment. So the value is always the masked form, and a
 * masked query («4400 43** **** 6789») cleans to the same value. Keeping full numbers would be a store-level option.
 */
function cleanCard(raw: string): string | null {
  if (raw.length > MAX_RAW_LENGTH) return null;
  const text = stripFormatChars(raw).replace(SEPARATORS, '');
  if (cardNetwork(text) === null) return null;
  if (MASKED_NUMBER.test(text)) return text;
  if (!FULL_NUMBER.test(text) || !passesLuhn(text)) return null;
  return `${text.slice(0, CLEAR_HEAD)}${'*'.repeat(text.length - CLEAR_HEAD - CLEAR_TAIL)}${text.slice(-CLEAR_TAIL)}`;
}

/** The network, and the issuing bank where data/bin-ranges.csv knows the BIN, of a stored (masked) value. */
function describeCard(value: string): IdentifierAttributes {
  if (!MASKED_NUMBER.test(value)) return {};
  const network = cardNetwork(value);
  const issuer = cardIssuer(value);
  return {
    ...(network === null ? {} : { network }),
    ...(issuer === null ? {} : { issuer: issuer.issuer }),
    ...(issuer === null || issuer.country === '' ? {} : { issuer_country: issuer.country }),
  };
}

export const bankCardType: IdentifierType = {
  name: 'bank_card',
  label: 'Bank card (masked)',
  // Below a phone's certainty: the masked value is shared by every card with the same BIN and last four.
  specificity: 0.9,
  clean: cleanCard,
  validate: (value) => MASKED_NUMBER.test(value) && cleanCard(value) === value,
  compare: exactCompare,
  describe: describeCard,
};
