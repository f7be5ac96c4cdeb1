import { isPhoneSeparator, lookalikeDigit } from '../../../model/identifier-types/phone-digits.js';

/** A stretch of digits (and look-alike letters standing for digits) with no separator inside. */
export interface DigitGroup {
  /** Offset in the normalised text; includes a «+» or «(» written just before the digits. */
  readonly start: number;
  readonly end: number;
  readonly digits: number;
  /** The group begins the run or follows whitespace or a slash: a phone number can start here. */
  readonly opensNumber: boolean;
  readonly afterLineBreak: boolean;
  /** Written right after a «+»: the start of an international number, never an amount. */
  readonly afterPlus: boolean;
}

/** Digit groups joined by short separators: one phone, several, or none (a date, a price, a table row). */
export type DigitRun = readonly DigitGroup[];

// Longer gaps («8707 - - - 1234») read as separate numbers; «) - » is the longest a phone needs.
const MAX_SEPARATOR_LENGTH = 3;
// More look-alikes in a row are a word («ООО»), not a disguised digit.
const MAX_LOOKALIKE_LETTERS = 3;
const MAX_NEWLINES = 1;
const WORD_LETTER = /\p{L}/u;
const LINE_FEED = 0x0a;

/** Separators people put between two numbers («87071234567 / 87017654321»), as opposed to inside one. */
function isNumberBoundary(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === LINE_FEED || code === 0x0d || code === 0x2f;
}

function isDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
}

function isLetterAt(text: string, at: number): boolean {
  return at < text.length && WORD_LETTER.test(text.charAt(at));
}

/** Length of the look-alike letters at `at` if they stand for digits («7О7»), else 0 («по», «ООО»). */
function lookalikeLength(text: string, at: number, afterDigit: boolean): number {
  let end = at;
  while (end - at <= MAX_LOOKALIKE_LETTERS && end < text.length && lookalikeDigit(text.charCodeAt(end)) !== undefined) {
    end++;
  }
  const length = end - at;
  if (length === 0 || length > MAX_LOOKALIKE_LETTERS || isLetterAt(text, end)) return 0;
  return afterDigit || isDigitAt(text, end) ? length : 0;
}

function readGroup(text: string, from: number): { end: number; digits: number } {
  let at = from;
  while (at < text.length) {
    if (isDigitAt(text, at)) {
      at++;
      continue;
    }
    const letters = lookalikeLength(text, at, at > from);
    if (letters === 0) break;
    at += letters;
  }
  return { end: at, digits: at - from };
}

/** Steps back over a «(» and a «+» written right before a group, never into the previous group. */
function prefixedStart(text: string, at: number, floor: number): number {
  let start = at;
  if (start > floor && text.charAt(start - 1) === '(') start--;
  if (start > floor && text.charAt(start - 1) === '+') start--;
  return start;
}

function readRun(text: string, firstDigit: number): DigitRun {
  const groups: DigitGroup[] = [];
  let at = firstDigit;
  let floor = 0;
  let opensNumber = true;
  let afterLineBreak = false;
  let newlines = 0;
  for (;;) {
    const group = readGroup(text, at);
    if (group.end === at) break;
    const start = prefixedStart(text, at, floor);
    const afterPlus = text.charAt(start) === '+';
    groups.push({ start, end: group.end, digits: group.digits, opensNumber, afterLineBreak, afterPlus });
    let gap = group.end;
    opensNumber = false;
    afterLineBreak = false;
    while (gap < text.length && gap - group.end < MAX_SEPARATOR_LENGTH && isPhoneSeparator(text.charCodeAt(gap))) {
      const code = text.charCodeAt(gap);
      if (code === LINE_FEED) afterLineBreak = true;
      if (isNumberBoundary(code)) opensNumber = true;
      gap++;
    }
    if (afterLineBreak) newlines++;
    if (gap === group.end || newlines > MAX_NEWLINES) break;
    floor = group.end;
    at = gap;
  }
  return groups;
}

/**
 * Every digit run of the normalised text whose first digit lies in [start, end), left to right; linear in the
 * text length. A run may read past `end`.
 */
export function findDigitRuns(text: string, start = 0, end = text.length): DigitRun[] {
  const runs: DigitRun[] = [];
  for (let at = start; at < end; at++) {
    if (!isDigitAt(text, at)) continue;
    const run = readRun(text, at);
    runs.push(run);
    at = (run.at(-1)?.end ?? at + 1) - 1;
  }
  return runs;
}
