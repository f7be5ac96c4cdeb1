import type { Region } from '../match-regions.js';

const MARKER_AFTER_SPACE: readonly string[] = ['точка ', 'собака '];
const MARKER_BEFORE_SPACE: readonly string[] = [' точка', ' собака'];

/** Spaces inside « точка », « собака » and « [at] »: the only whitespace LINK_PATTERN can match. */
function isJointSpace(text: string, at: number): boolean {
  const before = text.charAt(at - 1);
  const after = text.charAt(at + 1);
  if (after === '[' || after === '(' || before === ']' || before === ')') return true;
  return (
    MARKER_AFTER_SPACE.some((marker) => text.startsWith(marker, at + 1)) ||
    MARKER_BEFORE_SPACE.some((marker) => text.startsWith(marker, at - marker.length))
  );
}

const SPACE = 0x20;
const TAB = 0x09;
const CARRIAGE_RETURN = 0x0d;

function isBoundary(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code === SPACE) return !isJointSpace(text, at);
  return code >= TAB && code <= CARRIAGE_RETURN;
}

/**
 * The region around `at` between two whitespace characters no match of LINK_PATTERN can contain. Prose is mostly
 * such whitespace, so running the pattern over the few regions holding an anchor finds exactly what running it
 * over the whole text finds, without stepping the regex engine through every word.
 */
export function regionAround(text: string, at: number): Region {
  let start = at;
  while (start > 0 && !isBoundary(text, start - 1)) start--;
  let end = at;
  while (end < text.length && !isBoundary(text, end)) end++;
  return { start, end };
}
