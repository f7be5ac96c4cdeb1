import type { AnalysisInput, ExtractedIdentifier, ExtractorPlugin } from '../../../core/plugin.js';
import type { CleanContext } from '../../../model/identifier-type.js';
import { phoneType } from '../../../model/identifier-types/phone.js';
import { identifierAt } from '../identifier-at.js';
import { looksLikeCardNumber } from './card-number.js';
import { findDigitRuns } from './digit-runs.js';
import { forEachNumberWindow } from './number-windows.js';

/**
 * Seven real digits, each within ten characters of the next: every phone the run scanner can accept has that, since
 * look-alikes (at most three) and separators (at most three each side) are all that may sit between its digits.
 * Most posts fail it, and skip the scanner's allocations entirely.
 */
const PREFILTER = /[0-9](?:[^0-9]{0,9}[0-9]){6}/;
/**
 * A libphonenumber call costs 10–30 µs and a text of space-separated digits offers windows at every group. Real
 * posts need about one call per number, far below this cap, which only bites on junk and keeps 1 MB under a second.
 */
const BASE_CALLS = 128;
const CHARS_PER_CALL = 64;

function extract(input: AnalysisInput, context: CleanContext): readonly ExtractedIdentifier[] {
  const text = input.normalized.text;
  if (!PREFILTER.test(text)) return [];
  const found: ExtractedIdentifier[] = [];
  let calls = BASE_CALLS + Math.floor(text.length / CHARS_PER_CALL);
  for (const run of findDigitRuns(text)) {
    if (looksLikeCardNumber(text, run)) continue;
    forEachNumberWindow(run, (first, last) => {
      if (calls <= 0) return false;
      calls--;
      const phone = identifierAt(input, phoneType, first.start, last.end, context);
      if (phone !== null) found.push(phone);
      return phone !== null;
    });
  }
  return found;
}

const phoneExtractor: ExtractorPlugin = {
  meta: {
    kind: 'extractor',
    id: 'phone',
    version: '1.0.0',
    description: 'Phone numbers, including spaced, bracketed and letter-for-digit disguised forms, as E.164',
    consumes: ['document.text'],
    produces: ['identifier:phone'],
  },
  extract,
};

export default phoneExtractor;
