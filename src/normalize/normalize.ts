/**
 * Text normalisation with an offset map back to the original, so that every evidence span found in the
 * normalised text points into what the analyst sees. Pure and allocation-light: it runs on the ingest hot path.
 */
export interface NormalizedText {
  readonly text: string;
  /**
   * `sourceStart[i]` is the UTF-16 offset in the original text where normalised code unit `i` came from;
   * one extra last entry holds the original length, so spans ending at `text.length` map too.
   */
  readonly sourceStart: Uint32Array;
}

/** Zero-width and formatting characters that obfuscators insert inside words. */
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xe0100, 0xe01ef],
];
const COMBINING_MARK = /\p{M}/u;
const ASCII_SAFE = /^[\x20-\x40\x5B-\x60\x7B-\x7E\n\r\ta-z]*$/;

function isInvisible(code: number): boolean {
  return INVISIBLE_RANGES.some(([from, to]) => code >= from && code <= to);
}

/** Compatibility-folds, lower-cases and strips accents from one code point; keeps й, folds ё to е. */
function foldChar(ch: string, code: number): string {
  if (isInvisible(code)) return '';
  const lowered = ch.normalize('NFKC').toLowerCase();
  let folded = '';
  for (const c of lowered) {
    if (c === 'ё') folded += 'е';
    else if (c === 'й') folded += c;
    else {
      for (const part of c.normalize('NFD')) {
        if (!COMBINING_MARK.test(part)) folded += part;
      }
    }
  }
  return folded.normalize('NFC');
}

export function normalize(original: string): NormalizedText {
  if (ASCII_SAFE.test(original)) {
    const offsets = new Uint32Array(original.length + 1);
    for (let i = 0; i <= original.length; i++) offsets[i] = i;
    return { text: original, sourceStart: offsets };
  }
  const parts: string[] = [];
  const starts: number[] = [];
  let i = 0;
  while (i < original.length) {
    const code = original.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const ch = original.slice(i, i + width);
    const folded = code < 0x80 ? ch.toLowerCase() : foldChar(ch, code);
    for (let k = 0; k < folded.length; k++) starts.push(i);
    parts.push(folded);
    i += width;
  }
  starts.push(original.length);
  return { text: parts.join(''), sourceStart: Uint32Array.from(starts) };
}

/** Maps a span of the normalised text back to a span of the original text. */
export function toOriginalSpan(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  const map = normalized.sourceStart;
  const last = map.length - 1;
  const s = map[Math.min(Math.max(start, 0), last)] ?? 0;
  if (end <= start) return { start: s, end: s };
  // The end is the original offset just past the last normalised unit of the span.
  const lastUnitSource = map[Math.min(end - 1, last)] ?? s;
  let e = lastUnitSource;
  let k = end - 1;
  while (k < last && (map[k] ?? 0) === lastUnitSource) k++;
  e = map[k] ?? lastUnitSource;
  return { start: s, end: Math.max(e, s) };
}
