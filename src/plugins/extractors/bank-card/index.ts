import type { AnalysisInput, ExtractedIdentifier, ExtractorPlugin } from '../../../core/plugin.js';
import type { CleanContext } from '../../../model/identifier-type.js';
import { bankCardType } from '../../../model/identifier-types/bank-card.js';
import { asciiClass, findRun, inClass, runEnd, runStart } from '../char-runs.js';
import { identifierAt } from '../identifier-at.js';
import { forEachMatchIn, type Region } from '../match-regions.js';
import { type DigitGroup, forEachCardWindow } from './card-windows.js';

/**
 * Digit groups joined by single spaces or hyphens (NFKC has already turned no-break spaces into spaces). A run right
 * after «+» is an international phone number. Separator then digits is one step, so the run cannot backtrack.
 */
const DIGIT_RUN = /(?<![0-9+])[0-9]+(?:[ -][0-9]+)*/g;
const DIGITS = /[0-9]+/g;
const MIN_CARD_DIGITS = 13;
/** What a digit run is written with: a card needs thirteen of them in a row, which prose almost never has. */
const RUN_CHARS = asciiClass('0-9', ' ', '-');
const DIGIT_CHARS = asciiClass('0-9');

/** Whether a region holds a card's worth of digits: spaced phone numbers and dates are the usual regions, and fail. */
function holdsCardDigits(text: string, region: Region): boolean {
  let digits = 0;
  for (let at = region.start; at < region.end; at++) if (inClass(text, at, DIGIT_CHARS)) digits++;
  return digits >= MIN_CARD_DIGITS;
}

function groupsOf(run: string, offset: number): DigitGroup[] {
  return Array.from(run.matchAll(DIGITS), (match) => ({
    start: offset + match.index,
    end: offset + match.index + match[0].length,
  }));
}

/** Whether every gap between the window's groups is the same separator: «4400 4301-2345 6789» is two things. */
function hasOneSeparator(text: string, first: DigitGroup, last: DigitGroup): boolean {
  return new Set(text.slice(first.start, last.end).replace(DIGITS, '')).size <= 1;
}

/** The cards written in one digit run, at offset `index` of the normalised text. */
function addCards(
  input: AnalysisInput,
  context: CleanContext,
  run: string,
  index: number,
  found: ExtractedIdentifier[],
): void {
  if (run.length < MIN_CARD_DIGITS) return;
  forEachCardWindow(groupsOf(run, index), (first, last) => {
    if (!hasOneSeparator(input.normalized.text, first, last)) return false;
    const card = identifierAt(input, bankCardType, first.start, last.end, context);
    if (card !== null) found.push(card);
    return card !== null;
  });
}

/**
 * Card numbers dealers ask buyers to pay into. Luhn and the network prefix are checked by the bank_card type: phone
 * numbers and IINs fail length, shape or prefix; an order number that starts like a card still passes Luhn one
 * time in ten, the price of not depending on context words. Look-alike letters for digits are not read here: with
 * Luhn as the only check on a 13-digit run, «О» for 0 would turn words into cards. DIGIT_RUN only runs over
 * stretches of digits, spaces and hyphens long enough to hold a card, found by probing one character in thirteen.
 */
function extract(input: AnalysisInput, context: CleanContext): readonly ExtractedIdentifier[] {
  const text = input.normalized.text;
  const found: ExtractedIdentifier[] = [];
  for (let at = findRun(text, RUN_CHARS, MIN_CARD_DIGITS, 0); at !== -1; ) {
    const region = { start: runStart(text, RUN_CHARS, at), end: runEnd(text, RUN_CHARS, at) };
    if (holdsCardDigits(text, region)) {
      forEachMatchIn(text, DIGIT_RUN, region, (run, index) => addCards(input, context, run[0], index, found));
    }
    at = findRun(text, RUN_CHARS, MIN_CARD_DIGITS, region.end);
  }
  return found;
}

const bankCardExtractor: ExtractorPlugin = {
  meta: {
    kind: 'extractor',
    id: 'bank-card',
    version: '1.0.0',
    description: 'Payment card numbers (Luhn, card-network prefix), stored masked: BIN and last four only',
    consumes: ['document.text'],
    produces: ['identifier:bank_card'],
  },
  extract,
};

export default bankCardExtractor;
