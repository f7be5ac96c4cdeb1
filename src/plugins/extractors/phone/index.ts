import type { AnalysisInput, ExtractedIdentifier, ExtractorPlugin } from '../../../core/plugin.js';
import type { CleanContext } from '../../../model/identifier-type.js';
import { phoneType } from '../../../model/identifier-types/phone.js';
import { identifierAt } from '../identifier-at.js';
import { looksLikeCardNumber } from './card-number.js';
import { nextDigitChain } from './digit-chains.js';
import { type DigitGroup, findDigitRuns } from './digit-runs.js';
import { forEachNumberWindow } from './number-windows.js';
import { whatsappLinkStart } from './whatsapp-link-start.js';

/**
 * Validating a window costs about half a microsecond (it was 10–30 µs through libphonenumber-js itself), and a text of
 * space-separated digits offers windows at every group. Real posts need about one call per number, far below this
 * cap, which only bites on junk and bounds the time a megabyte of digits can take.
 */
const BASE_CALLS = 128;
const CHARS_PER_CALL = 64;

function extract(input: AnalysisInput, context: CleanContext): readonly ExtractedIdentifier[] {
  const text = input.normalized.text;
  const found: ExtractedIdentifier[] = [];
  let calls = BASE_CALLS + Math.floor(text.length / CHARS_PER_CALL);
  const isPhone = (first: DigitGroup, last: DigitGroup): boolean => {
    if (calls <= 0) return false;
    calls--;
    const linkStart = whatsappLinkStart(text, first.start);
    const phone =
      (linkStart < 0 ? null : identifierAt(input, phoneType, linkStart, last.end, context)) ??
      identifierAt(input, phoneType, first.start, last.end, context);
    if (phone !== null) found.push(phone);
    return phone !== null;
  };
  for (let chain = nextDigitChain(text, 0); chain !== null; chain = nextDigitChain(text, chain.end)) {
    for (const run of findDigitRuns(text, chain.start, chain.end)) {
      if (!looksLikeCardNumber(text, run)) forEachNumberWindow(run, isPhone);
    }
  }
  return found;
}

const phoneExtractor: ExtractorPlugin = {
  meta: {
    kind: 'extractor',
    id: 'phone',
    version: '1.1.0',
    description:
      'Phone numbers, including spaced, bracketed and letter-for-digit disguised forms and WhatsApp links, as E.164',
    consumes: ['document.text'],
    produces: ['identifier:phone'],
  },
  extract,
};

export default phoneExtractor;
