/** Letters dealers type in place of digits to slip past phone filters, in their normalised (lower-case) form. */
const LOOKALIKES: readonly (readonly [letter: string, digit: string])[] = [
  ['o', '0'],
  ['о', '0'],
  ['з', '3'],
  ['б', '6'],
  ['ч', '4'],
  ['l', '1'],
  ['i', '1'],
];

/** Characters people put between digit groups; NFKC has already folded no-break spaces and hyphens into these. */
const SEPARATORS: readonly string[] = [
  ' ',
  '\t',
  '\n',
  '\r',
  '-',
  '\u2010',
  '\u2012',
  '\u2013',
  '\u2014',
  '\u2212',
  '.',
  '(',
  ')',
  '/',
];

// Keyed by char code: scanners read codes, and charAt would allocate a string for every Cyrillic letter it reads.
const DIGIT_BY_CODE: ReadonlyMap<number, string> = new Map(
  LOOKALIKES.map(([letter, digit]) => [letter.charCodeAt(0), digit]),
);
const SEPARATOR_CODES: ReadonlySet<number> = new Set(SEPARATORS.map((ch) => ch.charCodeAt(0)));

/** The digit a look-alike letter (as a char code) stands for. */
export function lookalikeDigit(code: number): string | undefined {
  return DIGIT_BY_CODE.get(code);
}

export function isPhoneSeparator(code: number): boolean {
  return SEPARATOR_CODES.has(code);
}
