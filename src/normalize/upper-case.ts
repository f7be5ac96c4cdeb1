const UNKNOWN_CASE = 0;
const UPPER = 1;
const NOT_UPPER = 2;
/**
 * Per BMP code point, learnt on first sight: a Cyrillic look-alike in a Latin word («shор») was NFKC-normalised
 * and lower-cased as a string each time the word fold asked its case.
 */
const BMP_CASES = new Uint8Array(0x10000);

/** Whether an original code point is an upper-case letter, its compatibility form included («Ｂ», «𝐁»). */
export function isUpperCode(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const known = code < 0x10000 ? BMP_CASES[code] : UNKNOWN_CASE;
  if (known !== UNKNOWN_CASE) return known === UPPER;
  const ch = String.fromCodePoint(code).normalize('NFKC');
  const upper = ch !== ch.toLowerCase();
  if (code < 0x10000) BMP_CASES[code] = upper ? UPPER : NOT_UPPER;
  return upper;
}
