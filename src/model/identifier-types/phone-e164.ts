import { callingCodePlan, countriesOf, countryPlan, isCallingCode, type NumberingPlan } from './phone-plans.js';

/**
 * What `parsePhoneNumberFromString(dial, region)?.isValid()` of libphonenumber-js answers, for the dial strings the
 * phone type builds (ASCII digits after an optional «+»), on the same /max metadata and step for step after the
 * library's parse.js and its helpers. The library rebuilds a RegExp from a pattern string for every test and copies
 * option objects at every call: ~7–20 µs a number, which on posts full of phones was most of the extraction time.
 * With the patterns compiled once it takes about a microsecond. phone-e164.test.ts checks it against the
 * library on every region and the shapes dealers write numbers in.
 */
const MAX_INPUT_LENGTH = 250;
const MIN_NATIONAL_LENGTH = 2;
const MAX_NATIONAL_LENGTH = 17;
const MAX_CALLING_CODE_LENGTH = 3;
const DIAL = /^\+?[0-9]*$/;

type LengthCheck = 'possible' | 'too-short' | 'too-long' | 'invalid-length';

/** checkNumberLength without a number type. */
function checkLength(nationalNumber: string, lengths: readonly number[] | null): LengthCheck {
  if (lengths === null) return 'possible';
  const [shortest] = lengths;
  const length = nationalNumber.length;
  if (shortest === undefined) return 'invalid-length';
  if (shortest === length) return 'possible';
  if (shortest > length) return 'too-short';
  if ((lengths.at(-1) ?? length) < length) return 'too-long';
  return lengths.indexOf(length, 1) >= 0 ? 'possible' : 'invalid-length';
}

/** getNumberType(…) !== undefined: the general pattern and one kind's pattern and lengths match. */
function hasKind(nationalNumber: string, plan: NumberingPlan): boolean {
  if (!plan.nationalNumber.test(nationalNumber)) return false;
  return (plan.kinds ?? []).some(
    (kind) =>
      (kind.possibleLengths === null || kind.possibleLengths.includes(nationalNumber.length)) &&
      kind.pattern.test(nationalNumber),
  );
}

/** isValidNumber: plans without kinds are checked against their general pattern only. */
function isValidFor(nationalNumber: string, plan: NumberingPlan): boolean {
  return plan.kinds === null ? plan.nationalNumber.test(nationalNumber) : hasKind(nationalNumber, plan);
}

/** getCountryByCallingCode: the country of a shared calling code by leading digits, else by number kind. */
export function countryOf(callingCode: string, nationalNumber: string): string | undefined {
  const countries = countriesOf(callingCode);
  if (countries === null || countries.length === 1) return countries?.[0];
  return countries.find((country) => {
    const plan = countryPlan(country);
    if (plan === null) return false;
    if (plan.leadingDigits !== null) return nationalNumber !== '' && plan.leadingDigits.test(nationalNumber);
    return hasKind(nationalNumber, plan);
  });
}

/**
 * countryOf, remembered for one number: a number written with a national prefix asks the same question twice
 * (once to check the stripped length, once to pick the country), and for +7 each answer tests a dozen patterns.
 */
type CountryMemo = Map<string, string | undefined>;

function memoCountryOf(memo: CountryMemo, callingCode: string, nationalNumber: string): string | undefined {
  const key = `${callingCode}:${nationalNumber}`;
  if (memo.has(key)) return memo.get(key);
  const country = countryOf(callingCode, nationalNumber);
  memo.set(key, country);
  return country;
}

/** extractNationalNumber: strips a national prefix («8» in Kazakhstan) where the rest still reads as a number. */
function nationalNumberOf(number: string, plan: NumberingPlan, memo: CountryMemo): string {
  const prefix = plan.nationalPrefix;
  const match = number === '' || prefix === null ? null : prefix.exec(number);
  if (prefix === null || match === null) return number;
  const lastGroup = match.length - 1;
  const transforms = plan.prefixTransformRule !== null && lastGroup > 0 && Boolean(match[lastGroup]);
  const stripped = transforms ? number.replace(prefix, plan.prefixTransformRule ?? '') : number.slice(match[0].length);
  if (stripped === number) return number;
  if (plan.nationalNumber.test(number) && !plan.nationalNumber.test(stripped)) return number;
  if (plan.possibleLengths === null) return stripped;
  const country = memoCountryOf(memo, plan.callingCode, stripped);
  const lengths = country === undefined ? plan.possibleLengths : (countryPlan(country)?.possibleLengths ?? null);
  const check = checkLength(stripped, lengths);
  return check === 'too-short' || check === 'invalid-length' ? number : stripped;
}

/** stripIddPrefix: the digits after an international call prefix («810» from Kazakhstan), or null. */
function afterIddPrefix(number: string, plan: NumberingPlan): string | null {
  const match = plan.iddPrefix?.exec(number);
  if (match === undefined || match === null) return null;
  const rest = number.slice(match[0].length);
  return rest === '' || rest === number || rest.startsWith('0') ? null : rest;
}

/** extractCountryCallingCodeFromInternationalNumberWithoutPlusSign: «77071234567» dialled from Kazakhstan. */
function withoutOwnCallingCode(number: string, plan: NumberingPlan, memo: CountryMemo): string | null {
  if (!number.startsWith(plan.callingCode)) return null;
  const shorter = number.slice(plan.callingCode.length);
  const national = nationalNumberOf(number, plan, memo);
  const shorterNational = nationalNumberOf(shorter, plan, memo);
  const readsShorter = !plan.nationalNumber.test(national) && plan.nationalNumber.test(shorterNational);
  return readsShorter || checkLength(national, plan.possibleLengths) === 'too-long' ? shorter : null;
}

/** The calling code after a «+» and the digits after it, or null when no calling code starts there. */
export function splitCallingCode(international: string): readonly [string, string] | null {
  if (international.charAt(1) === '0') return null;
  for (let end = 2; end - 1 <= MAX_CALLING_CODE_LENGTH && end <= international.length; end++) {
    const callingCode = international.slice(1, end);
    if (isCallingCode(callingCode)) return [callingCode, international.slice(end)];
  }
  return null;
}

/** isViablePhoneNumber for a dial string: three digits, or exactly two without a «+». */
function isViable(dial: string): boolean {
  const digits = dial.startsWith('+') ? dial.length - 1 : dial.length;
  return digits >= 3 || (digits === 2 && dial.length === 2);
}

/** Regions whose plans share +7, the national prefix «8», the international prefix «810» and lengths 10 and 14. */
const ZONE_SEVEN_REGIONS: ReadonlySet<string> = new Set(['KZ', 'RU']);
const ZONE_SEVEN_NATIONAL_LENGTH = 10;
const PLUS = 0x2b;
const EIGHT = 0x38;

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** «+7» and ten digits, or (read in Kazakhstan or Russia) the national «8» and ten, but not the «810» that dials out. */
function isZoneSevenShape(dial: string, region: string | undefined): boolean {
  const national = dial.length - ZONE_SEVEN_NATIONAL_LENGTH;
  if (national === 2) {
    if (!dial.startsWith('+7')) return false;
  } else if (national !== 1 || dial.charCodeAt(0) !== EIGHT || dial.startsWith('810')) {
    return false;
  } else if (!ZONE_SEVEN_REGIONS.has(region ?? '')) {
    return false;
  }
  for (let i = national; i < dial.length; i++) if (!isDigitCode(dial.charCodeAt(i))) return false;
  return true;
}

/**
 * How nearly every number here is written, read without the general steps below. For these shapes they come to
 * this: ten digits after «+7» keep a leading «8» (stripped, nine are too few for either plan), and eleven after a
 * national «8» lose it (eleven are too many). A third of the cost of the general path, which was most of the phone
 * extractor's time on ads; phone-e164.test.ts checks both against the library on these shapes too.
 */
function zoneSevenE164(dial: string, regionPlan: NumberingPlan | null): string | null {
  const nationalNumber = dial.slice(-ZONE_SEVEN_NATIONAL_LENGTH);
  const country = countryOf('7', nationalNumber);
  const written = dial.charCodeAt(0) === PLUS ? callingCodePlan('7') : regionPlan;
  const plan = country === undefined ? written : countryPlan(country);
  return plan !== null && isValidFor(nationalNumber, plan) ? `+7${nationalNumber}` : null;
}

/** The E.164 form of a valid number, or null; `region` is the supported country assumed for national numbers. */
export function validE164(dial: string, region: string | undefined): string | null {
  const regionPlan = region === undefined ? null : countryPlan(region);
  if (region !== undefined && regionPlan === null) return null;
  if (isZoneSevenShape(dial, region)) return zoneSevenE164(dial, regionPlan);
  if (dial.length > MAX_INPUT_LENGTH || !DIAL.test(dial) || !isViable(dial)) return null;
  const memo: CountryMemo = new Map();
  let callingCode: string | null = null;
  let rest = dial;
  if (!dial.startsWith('+') && regionPlan !== null) {
    const afterIdd = afterIddPrefix(dial, regionPlan);
    const shorter = afterIdd === null ? withoutOwnCallingCode(dial, regionPlan, memo) : null;
    if (afterIdd !== null) rest = `+${afterIdd}`;
    else if (shorter !== null) [callingCode, rest] = [regionPlan.callingCode, shorter];
  }
  if (rest.startsWith('+')) {
    const split = splitCallingCode(rest);
    if (split === null) return null;
    [callingCode, rest] = split;
  }
  let country = callingCode === null ? region : undefined;
  callingCode ??= regionPlan?.callingCode ?? null;
  const plan = country === undefined ? callingCodePlan(callingCode ?? '') : regionPlan;
  if (callingCode === null || plan === null || rest === '') return null;
  const nationalNumber = nationalNumberOf(rest, plan, memo);
  country = memoCountryOf(memo, callingCode, nationalNumber) ?? country;
  if (nationalNumber.length < MIN_NATIONAL_LENGTH || nationalNumber.length > MAX_NATIONAL_LENGTH) return null;
  const finalPlan = country === undefined ? plan : countryPlan(country);
  return finalPlan !== null && isValidFor(nationalNumber, finalPlan) ? `+${callingCode}${nationalNumber}` : null;
}
