import { countryOf, splitCallingCode, validE164 } from './phone-e164.js';
import { callingCodePlan, countryPlan, type KindName, type NumberingPlan } from './phone-plans.js';

/** A kind of number, or both where the plan cannot tell a fixed line from a mobile (as in the US). */
export type LineType = KindName | 'fixed_line_or_mobile';

/** The order getNumberType of libphonenumber-js tries the kinds after the fixed line. */
const NON_FIXED_ORDER: readonly KindName[] = [
  'mobile',
  'premium_rate',
  'toll_free',
  'shared_cost',
  'voip',
  'personal_number',
  'pager',
  'uan',
  'voicemail',
];

function isKind(nationalNumber: string, plan: NumberingPlan, name: KindName): boolean {
  const kind = plan.kinds?.find((candidate) => candidate.name === name);
  if (kind === undefined) return false;
  if (kind.possibleLengths !== null && !kind.possibleLengths.includes(nationalNumber.length)) return false;
  return kind.pattern.test(nationalNumber);
}

/** getNumberType of libphonenumber-js on the repo's compiled plans; phone-line-type.test.ts checks they agree. */
function lineTypeIn(nationalNumber: string, plan: NumberingPlan): LineType | null {
  if (plan.kinds === null || !plan.nationalNumber.test(nationalNumber)) return null;
  if (isKind(nationalNumber, plan, 'fixed_line')) {
    // A plan whose mobile numbers look like its fixed lines lists no mobile pattern of its own.
    const hasMobile = plan.kinds.some((kind) => kind.name === 'mobile');
    return !hasMobile || isKind(nationalNumber, plan, 'mobile') ? 'fixed_line_or_mobile' : 'fixed_line';
  }
  return NON_FIXED_ORDER.find((name) => isKind(nationalNumber, plan, name)) ?? null;
}

export interface PhoneFacts {
  /** ISO 3166 alpha-2, or null for a non-geographic number (+800, +882 …). */
  readonly country: string | null;
  readonly lineType: LineType | null;
}

/**
 * Country and line type of a valid E.164 number, or null if `value` is none. Ten or so pattern tests: cheap, but
 * not free, so it is computed when someone asks (describe), never while extracting.
 */
export function phoneFacts(value: string): PhoneFacts | null {
  if (validE164(value, undefined) !== value) return null;
  const split = splitCallingCode(value);
  if (split === null) return null;
  const [callingCode, nationalNumber] = split;
  const country = countryOf(callingCode, nationalNumber) ?? null;
  const plan = country === null ? callingCodePlan(callingCode) : countryPlan(country);
  return { country, lineType: plan === null ? null : lineTypeIn(nationalNumber, plan) };
}
