/** Letters dealers type in place of digits to slip past phone filters, in their normalised (lower-case) form. */
const LOOKALIKE_DIGITS: ReadonlyMap<string, string> = new Map([
  ['o', '0'],
  ['о', '0'],
  ['з', '3'],
  ['б', '6'],
  ['ч', '4'],
  ['l', '1'],
  ['i', '1'],
]);

/** Characters people put between digit groups; NFKC has already folded no-break spaces and hyphens into these. */
const SEPARATORS: ReadonlySet<string> = new Set([
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
]);

export function lookalikeDigit(ch: string): string | undefined {
  return LOOKALIKE_DIGITS.get(ch);
}

export function isPhoneSeparator(ch: string): boolean {
  return SEPARATORS.has(ch);
}
