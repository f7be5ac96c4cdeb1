import { passesLuhn } from '../../../model/identifier-types/luhn.js';
import type { DigitRun } from './digit-runs.js';

const MIN_CARD_DIGITS = 13;
const MAX_CARD_DIGITS = 19;

/** Cards are written in one block, in fours (4-4-4-4, 4-4-4-4-3) or Amex-style 4-6-5. */
function hasCardShape(sizes: readonly number[]): boolean {
  if (sizes.length === 1) return true;
  if (sizes.join('-') === '4-6-5' || sizes.join('-') === '4-6-4') return true;
  const last = sizes.at(-1) ?? 0;
  return last >= 1 && last <= 4 && sizes.slice(0, -1).every((size) => size === 4);
}

/**
 * Card numbers are what dealers ask buyers to pay into; a window of one could parse as a phone, so skip runs that
 * have a card's length, shape and checksum.
 */
export function looksLikeCardNumber(text: string, run: DigitRun): boolean {
  // Counted before anything is allocated: nearly every run is a phone or an amount, too short for a card.
  let total = 0;
  for (const group of run) total += group.digits;
  if (total < MIN_CARD_DIGITS || total > MAX_CARD_DIGITS) return false;
  const sizes = run.map((group) => group.digits);
  if (!hasCardShape(sizes)) return false;
  const digits = run.map((group) => text.slice(group.start, group.end).replace(/\D/g, '')).join('');
  return digits.length === total && passesLuhn(digits);
}
