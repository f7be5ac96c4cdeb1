/** An ASCII character class as a lookup table, so a scan does one load per character. */
export type AsciiClass = Uint8Array;

const ASCII = 128;

/** The class of the characters in `ranges`, each a single character or a range written «a-z». */
export function asciiClass(...ranges: readonly string[]): AsciiClass {
  const table = new Uint8Array(ASCII);
  for (const range of ranges) {
    const from = range.charCodeAt(0);
    const to = range.length === 3 ? range.charCodeAt(2) : from;
    table.fill(1, from, to + 1);
  }
  return table;
}

export function inClass(text: string, at: number, charClass: AsciiClass): boolean {
  const code = text.charCodeAt(at);
  return code < ASCII && charClass[code] === 1;
}

/** Start of the run of `charClass` characters that holds the character before `end`, or `end` if it is not one. */
export function runStart(text: string, charClass: AsciiClass, end: number): number {
  let start = end;
  while (start > 0 && inClass(text, start - 1, charClass)) start--;
  return start;
}

/** End of the run of `charClass` characters that starts at `start`. */
export function runEnd(text: string, charClass: AsciiClass, start: number): number {
  let end = start;
  while (end < text.length && inClass(text, end, charClass)) end++;
  return end;
}

/**
 * Start of the first run of at least `length` characters of `charClass` at or after `from` (a run is cut at
 * `from`), or -1. Such a run covers one of every `length` positions, so only those are probed until one is in the
 * class: text without such runs, nearly all prose, is read at about one character in `length`.
 */
export function findRun(text: string, charClass: AsciiClass, length: number, from: number): number {
  let probe = from + length - 1;
  while (probe < text.length) {
    if (!inClass(text, probe, charClass)) {
      probe += length;
      continue;
    }
    const start = Math.max(runStart(text, charClass, probe), from);
    const end = runEnd(text, charClass, probe + 1);
    if (end - start >= length) return start;
    probe = end + length;
  }
  return -1;
}
