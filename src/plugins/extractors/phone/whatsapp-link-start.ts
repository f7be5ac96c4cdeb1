import { DOT_OR_DEFANGED_DOT as DOT } from '../../../model/identifier-types/refang.js';

/**
 * The part of a WhatsApp click-to-chat link before its number, in normalised (lower-case) text, ending where the
 * number starts: «https://wa.me/», «wa[.]me/c/», «api.whatsapp.com/send?phone=», «…phone=%2b».
 */
const LINK_HEAD = new RegExp(
  String.raw`(?<![a-z0-9_.-])(?:(?:https?|hxxps?)(?::|\[:\])\/\/)?(?:www${DOT})?` +
    String.raw`(?:wa${DOT}me\/(?:c\/)?|(?:(?:api|web|www)${DOT})?whatsapp${DOT}com\/send\/?\?(?:[^\s&#]*&)*phone=)` +
    '(?:%2b)?$',
);
/** Longer than any link head with a few query parameters before the number. */
const LOOKBACK = 160;

/** Characters a link head ends with («/», «=», the «b» of «%2b»); a «+» before the digits is already in the group. */
function mayEndLinkHead(code: number): boolean {
  return code === 0x2f || code === 0x3d || code === 0x62;
}

/**
 * Where the WhatsApp link whose number starts at `numberStart` begins, or -1. The number of such a link is always
 * international, so the phone is read from the whole link, not from its digits alone.
 */
export function whatsappLinkStart(text: string, numberStart: number): number {
  if (numberStart === 0 || !mayEndLinkHead(text.charCodeAt(numberStart - 1))) return -1;
  const from = Math.max(0, numberStart - LOOKBACK);
  const match = LINK_HEAD.exec(text.slice(from, numberStart));
  return match === null ? -1 : from + match.index;
}
