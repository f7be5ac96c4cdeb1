/** Zero-width spaces, joiners and bidi marks: obfuscators hide them inside identifiers to break filters. */
const FORMAT_CHARS = /\p{Cf}/gu;
/** The bracketed spellings of «.» in defanged links («site[.]ru», «site(dot)ru»), as a RegExp source. */
const BRACKETED_DOT = String.raw`\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\[точка\]|\(точка\)`;
/**
 * «.» and every defanged spelling of it, as a RegExp source for patterns over normalised (lower-case) text: the
 * extractors find links with it, and `refang` undoes what they found.
 */
export const DOT_OR_DEFANGED_DOT = String.raw`(?:\.|${BRACKETED_DOT}| точка )`;
// Single optional spaces only: `\s+` around the marker would make the scan quadratic on long blank runs.
const DEFANGED_DOT = new RegExp(` ?(?:${BRACKETED_DOT}) ?| точка `, 'giu');
const DEFANGED_COLON = /\[:\]/g;
const DEFANGED_SCHEME = /^hxxp(?=s?:\/\/)/i;
/**
 * What each of the patterns above needs: format characters and «точка» are not ASCII, every other marker opens
 * with a bracket. Most links have none, and skip four passes, one of them a slow `u` regex (~0.25 µs a link).
 */
const MAYBE_DEFANGED = /[\u0080-\uffff]|[[({]|^[hH][xX][xX][pP]/;
const NON_ASCII = /[\u0080-\uffff]/;

/** Undoes the defanging that threat-intel feeds and dealers apply to links: hxxp://, site[.]ru, «site точка ru». */
export function refang(raw: string): string {
  if (!MAYBE_DEFANGED.test(raw)) return raw;
  return raw
    .replace(FORMAT_CHARS, '')
    .replace(DEFANGED_DOT, '.')
    .replace(DEFANGED_COLON, ':')
    .replace(DEFANGED_SCHEME, 'http');
}

export function stripFormatChars(raw: string): string {
  return NON_ASCII.test(raw) ? raw.replace(FORMAT_CHARS, '') : raw;
}
