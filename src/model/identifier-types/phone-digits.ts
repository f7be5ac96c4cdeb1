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

// Tables indexed by char code: scanners ask about every character around a number, and a Map or Set lookup per
// character showed up in the phone extractor's profile.
const DIGIT_BY_CODE: readonly (string | undefined)[] = lookupTable(
  LOOKALIKES.map(([letter, digit]) => [letter.charCodeAt(0), digit]),
);
const IS_SEPARATOR: readonly (true | undefined)[] = lookupTable(SEPARATORS.map((ch) => [ch.charCodeAt(0), true]));

function lookupTable<T>(entries: readonly (readonly [number, T])[]): readonly (T | undefined)[] {
  const table: (T | undefined)[] = Array.from(
    { length: Math.max(...entries.map(([code]) => code)) + 1 },
    () => undefined,
  );
  for (const [code, value] of entries) table[code] = value;
  return table;
}

/** The digit a look-alike letter (as a char code) stands for. */
export function lookalikeDigit(code: number): string | undefined {
  return code < DIGIT_BY_CODE.length ? DIGIT_BY_CODE[code] : undefined;
}

export function isPhoneSeparator(code: number): boolean {
  return code < IS_SEPARATOR.length && IS_SEPARATOR[code] === true;
}
