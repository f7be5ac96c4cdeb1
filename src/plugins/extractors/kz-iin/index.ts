import type { AnalysisInput, ExtractedIdentifier, ExtractorPlugin } from '../../../core/plugin.js';
import type { CleanContext } from '../../../model/identifier-type.js';
import { kzBinType } from '../../../model/identifier-types/kz-bin.js';
import { kzIinType } from '../../../model/identifier-types/kz-iin.js';
import { asciiClass, findRun, inClass, runEnd } from '../char-runs.js';
import { identifierAt } from '../identifier-at.js';

const ID_LENGTH = 12;
const DIGITS = asciiClass('0-9');

function isDecimalPoint(text: string, at: number): boolean {
  const ch = text.charAt(at);
  return ch === '.' || ch === ',';
}

/**
 * Whether the twelve digits at `start` are written as IINs and BINs are printed on documents and receipts: not
 * after «+» (a phone number), and not the fraction or whole part of a decimal.
 */
function standsAlone(text: string, start: number, end: number): boolean {
  if (text.charAt(start - 1) === '+') return false;
  if (isDecimalPoint(text, start - 1) && inClass(text, start - 2, DIGITS)) return false;
  return !(isDecimalPoint(text, end) && inClass(text, end + 1, DIGITS));
}

/**
 * Exactly twelve digits, unbroken and not inside a longer run; the check digit and the date or entity kind reject
 * the rest. Runs are found by probing one character in twelve: prose is read at a fraction of its length.
 */
function extract(input: AnalysisInput, context: CleanContext): readonly ExtractedIdentifier[] {
  const text = input.normalized.text;
  const found: ExtractedIdentifier[] = [];
  for (let start = findRun(text, DIGITS, ID_LENGTH, 0); start !== -1; ) {
    const end = runEnd(text, DIGITS, start);
    if (end - start === ID_LENGTH && standsAlone(text, start, end)) {
      const id =
        identifierAt(input, kzIinType, start, end, context) ?? identifierAt(input, kzBinType, start, end, context);
      if (id !== null) found.push(id);
    }
    start = findRun(text, DIGITS, ID_LENGTH, end);
  }
  return found;
}

const kzIinExtractor: ExtractorPlugin = {
  meta: {
    kind: 'extractor',
    id: 'kz-iin',
    version: '1.0.0',
    description:
      'Kazakhstan IINs (individuals, with a valid birth date) and BINs (legal entities), check digit verified',
    consumes: ['document.text'],
    produces: ['identifier:kz_iin', 'identifier:kz_bin'],
  },
  extract,
};

export default kzIinExtractor;
