import { forEachMatchIn } from '../match-regions.js';
import { LINK_PATTERN } from './link-pattern.js';
import { regionAround } from './link-regions.js';

const SPELLED_DOT = ' точка ';

/** The earlier of two anchor positions, where -1 means none. */
function nearestAnchor(a: number, b: number): number {
  if (a === -1) return b;
  return b === -1 ? a : Math.min(a, b);
}

/** A TLD's first letter: Latin or Cyrillic, never a digit, as in LINK_PATTERN. */
function isTldStart(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x0400 && code <= 0x04ff);
}

function isCloser(ch: string): boolean {
  return ch === ']' || ch === ')' || ch === '}';
}

/** A dot before a TLD: «.ru», «[.]ru», «(.)ru», «{.}ru». Sentence ends («. Next») and decimals fail at once. */
function nextHostDot(text: string, from: number): number {
  for (let at = text.indexOf('.', from); at !== -1; at = text.indexOf('.', at + 1)) {
    if (isTldStart(text, at + 1) || (isCloser(text.charAt(at + 1)) && isTldStart(text, at + 2))) return at;
  }
  return -1;
}

/**
 * «[dot]ru», «(dot)ru» and «site точка ru». Searched by «dot» and «чк»: V8 finds a pattern of one to three
 * characters several times faster than « точка » (measured ~5 GB/s against ~1.5 on real news posts).
 */
function nextWordDot(text: string, from: number): number {
  let word = text.indexOf('dot', from);
  while (word !== -1 && !(isCloser(text.charAt(word + 3)) && isTldStart(text, word + 4))) {
    word = text.indexOf('dot', word + 1);
  }
  const spelledAt = SPELLED_DOT.indexOf('чк');
  let spelled = text.indexOf('чк', from + spelledAt);
  while (spelled !== -1) {
    const start = spelled - spelledAt;
    if (text.startsWith(SPELLED_DOT, start) && isTldStart(text, start + SPELLED_DOT.length)) {
      spelled = start;
      break;
    }
    spelled = text.indexOf('чк', spelled + 1);
  }
  return nearestAnchor(word, spelled);
}

/**
 * Calls `onMatch` with the matches of LINK_PATTERN that can yield an identifier, in text order, as a scan of the
 * whole text would find them, scanning only the regions around anchors: a scheme link's «//», the dot before a
 * host's or an e-mail's TLD. Matches without one (a bare «http://x») clean to nothing. On real news posts the
 * whole-text scan ran at ~65 MB/s; the anchors are found at over 500 MB/s.
 */
export function forEachLinkMatch(text: string, onMatch: (match: RegExpExecArray, index: number) => void): void {
  let hostDot = nextHostDot(text, 0);
  let slashes = text.indexOf('//');
  let wordDot = nextWordDot(text, 0);
  for (let anchor = nearestAnchor(hostDot, nearestAnchor(slashes, wordDot)); anchor !== -1; ) {
    const region = regionAround(text, anchor);
    forEachMatchIn(text, LINK_PATTERN, region, onMatch);
    if (hostDot !== -1 && hostDot < region.end) hostDot = nextHostDot(text, region.end);
    if (slashes !== -1 && slashes < region.end) slashes = text.indexOf('//', region.end);
    if (wordDot !== -1 && wordDot < region.end) wordDot = nextWordDot(text, region.end);
    anchor = nearestAnchor(hostDot, nearestAnchor(slashes, wordDot));
  }
}
