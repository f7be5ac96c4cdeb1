import { DOT_OR_DEFANGED_DOT } from '../../../model/identifier-types/refang.js';

// Latin, digits and the Cyrillic block (Russian and Kazakh letters after normalisation). Explicit ranges on purpose:
// with \p{L} and the `u` flag this scan ran ten times slower, and hosts here are not written in other scripts.
const LABEL_CHAR = String.raw`a-z0-9\u0400-\u04ff`;
const LABEL = `[${LABEL_CHAR}-]{1,63}`;
// No TLD is one character or starts with a digit: «т.е.», «1.5г» and «12.05.2024» never become candidates.
const TLD = `[a-z\u0400-\u04ff][${LABEL_CHAR}-]{1,62}`;
const DOT = DOT_OR_DEFANGED_DOT;
// Each repetition starts with a dot marker a label cannot contain, so the engine never re-splits labels; the TLD
// takes back at most the last repetition.
const HOST = `${LABEL}(?:${DOT}${LABEL})*${DOT}${TLD}`;
// Besides brackets and quotes, stops at general punctuation and symbols (— … “ ✅ ❄) and at astral characters:
// emoji glued to a link («t.me/shop🔥») are decoration, not path.
const PATH_CHAR = String.raw`[^\s<>"'«»()\[\]{}|\\^\x60\u2000-\u2bff\u3000-\u303f\ud800-\udfff]`;
const AT = String.raw`(?:@| ?[\[(](?:at|@|собака)[\])] ?| собака )`;

/**
 * Links, e-mails and bare hosts in normalised (lower-case) text, earliest first; at one position a scheme link wins
 * over an e-mail, and an e-mail over the bare host inside it. Groups `url` and `email` tell which matched.
 */
export const LINK_PATTERN = new RegExp(
  [
    String.raw`(?<url>(?<![a-z])(?:https?|hxxps?)(?::|\[:\])\/\/(?:${PATH_CHAR}|\[\.\]|\(\.\))+)`,
    `(?<email>(?<![a-z0-9._%+-])[a-z0-9._%+-]{1,64}${AT}${HOST})`,
    String.raw`(?<![${LABEL_CHAR}_@./-])${HOST}(?::\d{1,5})?(?:[/?#]${PATH_CHAR}*)?`,
  ].join('|'),
  'g',
);

/** Sentence punctuation that follows a link in prose and is not part of it. */
export const TRAILING_PUNCTUATION = /[.,;:!?…]+$/;
