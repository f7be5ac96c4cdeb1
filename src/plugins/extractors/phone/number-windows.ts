import type { DigitGroup, DigitRun } from './digit-runs.js';

const MIN_DIGITS = 10;
const MAX_DIGITS = 15;

/**
 * «7 000 000 000 ₸» is a valid Kazakh mobile number to libphonenumber: digits in thousands after a short lead group
 * are an amount, unless a «+» marks the number as international («+996 555 123 456»).
 */
function isAmountShaped(run: DigitRun, first: number, end: number): boolean {
  const lead = run[first];
  if (end - first < 3 || lead === undefined || lead.afterPlus || lead.digits > 3) return false;
  for (let i = first + 1; i < end; i++) if (run[i]?.digits !== 3) return false;
  return true;
}

/**
 * Ends (exclusive group index) of windows starting at `first` that could hold one phone number, longest first.
 * A line break inside a number is a wrapped line only when the run is no longer than one number; in a longer run
 * it separates the entries of a list.
 */
function windowEnds(run: DigitRun, first: number, crossLineBreaks: boolean): number[] {
  const ends: number[] = [];
  let digits = 0;
  for (let i = first; i < run.length; i++) {
    const group = run[i];
    if (group === undefined || (i > first && group.afterLineBreak && !crossLineBreaks)) break;
    digits += group.digits;
    if (digits > MAX_DIGITS) break;
    const closes = run[i + 1]?.opensNumber ?? true;
    if (digits >= MIN_DIGITS && closes && !isAmountShaped(run, first, i + 1)) ends.unshift(i + 1);
  }
  return ends;
}

/**
 * Splits a run into phone numbers: «8 707 123 45 67 8 701 765 43 21» holds two, «12.05.2024 87071234567» one.
 * At each group where a number can open it asks `isPhone` about the longest window first, so «+7 707 …» is not
 * cut short, and jumps past a window once accepted.
 */
export function forEachNumberWindow(run: DigitRun, isPhone: (first: DigitGroup, last: DigitGroup) => boolean): void {
  const crossLineBreaks = run.reduce((sum, group) => sum + group.digits, 0) <= MAX_DIGITS;
  let first = 0;
  while (first < run.length) {
    const opening = run[first];
    let next = first + 1;
    if (opening?.opensNumber === true) {
      for (const end of windowEnds(run, first, crossLineBreaks)) {
        const last = run[end - 1];
        if (last !== undefined && isPhone(opening, last)) {
          next = end;
          break;
        }
      }
    }
    first = next;
  }
}
