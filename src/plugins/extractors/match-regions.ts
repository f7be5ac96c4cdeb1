/** A stretch of text; offsets into the normalised text. */
export interface Region {
  readonly start: number;
  readonly end: number;
}

/** Lookarounds of up to this many characters see the same neighbours in a region's slice as in the whole text. */
const CONTEXT = 2;

/**
 * Calls `onMatch` with each match of the global `pattern` that starts inside `region`, offsets into the whole text.
 * The characters just outside the region must be ones no match contains; the slice keeps two of them either side
 * for the pattern's lookarounds.
 */
export function forEachMatchIn(
  text: string,
  pattern: RegExp,
  region: Region,
  onMatch: (match: RegExpExecArray, index: number) => void,
): void {
  const from = Math.max(region.start - CONTEXT, 0);
  const slice = text.slice(from, Math.min(region.end + CONTEXT, text.length));
  pattern.lastIndex = region.start - from;
  for (
    let match = pattern.exec(slice);
    match !== null && from + match.index < region.end;
    match = pattern.exec(slice)
  ) {
    onMatch(match, from + match.index);
  }
}
