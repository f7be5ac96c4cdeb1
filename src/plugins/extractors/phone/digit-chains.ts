import type { Region } from '../match-regions.js';

const MIN_CHAIN_DIGITS = 7;
const MAX_DIGIT_STEP = 10;
/** `test` on a global regex moves lastIndex past the digit without building a match array. */
const NEXT_DIGIT = /[0-9]/g;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * The next stretch at or after `from` of at least seven real digits, each within ten characters of the next, or
 * null. Every phone the run scanner can accept lies in one: look-alikes (at most three) and separators (at most
 * three each side) are all that may sit between its digits, and the phone type wants seven real digits even with
 * look-alikes. Dates, prices and years are shorter, so most of a post never reaches the run scanner.
 *
 * The regex jumps over prose to the next digit, a loop walks the digits that follow: measured on the generated
 * corpus, the regex `/[0-9](?:[^0-9]{0,9}[0-9]){6}/` it replaces (backtracking at every digit) took 15% of the
 * phone extractor's time, and a loop over every character was twice as slow on real news posts.
 */
export function nextDigitChain(text: string, from: number): Region | null {
  NEXT_DIGIT.lastIndex = from;
  while (NEXT_DIGIT.test(text)) {
    const start = NEXT_DIGIT.lastIndex - 1;
    let last = start;
    let digits = 1;
    let at = start + 1;
    for (; at < text.length && at - last <= MAX_DIGIT_STEP; at++) {
      if (isDigit(text.charCodeAt(at))) {
        last = at;
        digits++;
      }
    }
    if (digits >= MIN_CHAIN_DIGITS) return { start, end: last + 1 };
    NEXT_DIGIT.lastIndex = at;
  }
  return null;
}
