/** Zero-width spaces, joiners and bidi marks: obfuscators hide them inside identifiers to break filters. */
const FORMAT_CHARS = /\p{Cf}/gu;
// Single optional spaces only: `\s+` around the marker would make the scan quadratic on long blank runs.
const DEFANGED_DOT = / ?(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\[точка\]|\(точка\)) ?| точка /giu;
const DEFANGED_COLON = /\[:\]/g;
const DEFANGED_SCHEME = /^hxxp(?=s?:\/\/)/i;

/** Undoes the defanging that threat-intel feeds and dealers apply to links: hxxp://, site[.]ru, «site точка ru». */
export function refang(raw: string): string {
  return raw
    .replace(FORMAT_CHARS, '')
    .replace(DEFANGED_DOT, '.')
    .replace(DEFANGED_COLON, ':')
    .replace(DEFANGED_SCHEME, 'http');
}

export function stripFormatChars(raw: string): string {
  return raw.replace(FORMAT_CHARS, '');
}
