const DIGIT_0 = 0x30;
const DOT = 0x2e;

/**
 * The number written in bytes[start, end), NaN if it is not one. Plain decimals ("3", "0.25") are read without
 * making a string; anything else ("1e-3", "+2") goes through Number(). Empty is NaN.
 */
export function parseWeight(bytes: Uint8Array, start: number, end: number): number {
  if (end <= start) return Number.NaN;
  let whole = 0;
  let at = start;
  for (; at < end; at++) {
    const digit = (bytes[at] ?? 0) - DIGIT_0;
    if (digit < 0 || digit > 9) break;
    whole = whole * 10 + digit;
  }
  if (at === end && end - start <= 15) return whole;
  if (bytes[at] === DOT && at > start && end - start <= 15) {
    let fraction = 0;
    let scale = 1;
    let digits = 0;
    for (at++; at < end; at++) {
      const digit = (bytes[at] ?? 0) - DIGIT_0;
      if (digit < 0 || digit > 9) break;
      fraction = fraction * 10 + digit;
      scale *= 10;
      digits++;
    }
    // Dividing once keeps this exact to the last bit for up to 15 digits, as Number() is.
    if (at === end && digits > 0) return (whole * scale + fraction) / scale;
  }
  return Number(Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1'));
}
