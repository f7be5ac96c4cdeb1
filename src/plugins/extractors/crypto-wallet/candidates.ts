import { asciiClass, findRun, runEnd, runStart } from '../char-runs.js';
import { forEachMatchIn } from '../match-regions.js';

/**
 * Candidate tokens in the normalised (lower-case) text; the types check the original spelling, where case matters.
 * First a 48-character url-safe base64 token (a TON user-friendly address, which may hold «-» and «_»), else an
 * alphanumeric token of 25–106 characters (every other address), optionally behind a «bitcoincash:» or TON
 * workchain prefix. Fixed-width classes bounded on both sides keep the scan linear.
 */
export const CANDIDATE =
  /(?<![a-z0-9_-])[a-z0-9_-]{48}(?![a-z0-9_-])|(?<![a-z0-9])(?:bitcoincash:|-?[01]:)?[a-z0-9]{25,106}(?![a-z0-9])/g;
const MIN_TOKEN = 25;
/** Every candidate holds 25 of these in a row, which nine posts in ten lack. */
const TOKEN_CHARS = asciiClass('a-z', '0-9', '_', '-');
/** What a candidate is made of, prefixes included. */
const CANDIDATE_CHARS = asciiClass('a-z', '0-9', '_', '-', ':');

/**
 * Calls `onMatch` with every match of CANDIDATE in text order, as a scan of the whole text finds them, running the
 * regex only over the runs of candidate characters long enough to hold one. On generated posts the whole-text
 * prefilter `/[a-z0-9_-]{25}/` alone ran at ~280 MB/s; this probes one character in 25.
 */
export function forEachCandidate(text: string, onMatch: (match: RegExpExecArray, index: number) => void): void {
  for (let run = findRun(text, TOKEN_CHARS, MIN_TOKEN, 0); run !== -1; ) {
    const region = { start: runStart(text, CANDIDATE_CHARS, run), end: runEnd(text, CANDIDATE_CHARS, run) };
    forEachMatchIn(text, CANDIDATE, region, onMatch);
    run = findRun(text, TOKEN_CHARS, MIN_TOKEN, region.end);
  }
}
