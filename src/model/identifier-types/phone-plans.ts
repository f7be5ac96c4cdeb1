import metadata from 'libphonenumber-js/metadata.max.json';

/** The kinds of number in a version 4 plan, in the order the metadata lists them (libphonenumber-js metadata.js). */
export const KIND_NAMES = [
  'fixed_line',
  'mobile',
  'toll_free',
  'premium_rate',
  'personal_number',
  'voicemail',
  'uan',
  'pager',
  'voip',
  'shared_cost',
] as const;
export type KindName = (typeof KIND_NAMES)[number];

/** One kind of number (fixed line, mobile, toll free …) of a numbering plan. */
export interface NumberKind {
  readonly name: KindName;
  readonly pattern: RegExp;
  readonly possibleLengths: readonly number[] | null;
}

/** A country's (or a non-geographic calling code's) numbering plan from libphonenumber-js's /max metadata. */
export interface NumberingPlan {
  readonly callingCode: string;
  /** Anchored at the start; null when the plan has none. */
  readonly iddPrefix: RegExp | null;
  /** Anchored at both ends. */
  readonly nationalNumber: RegExp;
  readonly possibleLengths: readonly number[] | null;
  /** Anchored at the start: the national prefix for parsing, or else the national prefix. */
  readonly nationalPrefix: RegExp | null;
  readonly prefixTransformRule: string | null;
  /**
   * Anchored at the start: libphonenumber asks whether searching the unanchored pattern finds it at 0, which is the
   * same question, without scanning the rest. Only countries sharing a calling code have it.
   */
  readonly leadingDigits: RegExp | null;
  /** Null when the metadata lists no kinds for the plan. */
  readonly kinds: readonly NumberKind[] | null;
}

/** Positions in a version 4 minified numbering plan (libphonenumber-js metadata.js); phone-e164.test.ts checks it. */
const CALLING_CODE = 0;
const IDD_PREFIX = 1;
const NATIONAL_NUMBER = 2;
const POSSIBLE_LENGTHS = 3;
const NATIONAL_PREFIX = 5;
const NATIONAL_PREFIX_FOR_PARSING = 7;
const PREFIX_TRANSFORM_RULE = 8;
const LEADING_DIGITS = 10;
const KINDS = 11;

const COUNTRIES: ReadonlyMap<string, readonly unknown[]> = new Map(Object.entries(metadata.countries));
const NON_GEOGRAPHIC: ReadonlyMap<string, readonly unknown[]> = new Map(Object.entries(metadata.nonGeographic));
const COUNTRIES_BY_CALLING_CODE: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(metadata.country_calling_codes),
);

function stringAt(plan: readonly unknown[], index: number): string | null {
  const value = plan[index];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Possible lengths, or null where the metadata gives none (the library then checks no length). */
function lengthsOf(value: unknown): readonly number[] | null {
  if (!Array.isArray(value)) return null;
  return value.filter((length): length is number => typeof length === 'number');
}

function kindsOf(plan: readonly unknown[], possibleLengths: readonly number[] | null): readonly NumberKind[] | null {
  const kinds = plan[KINDS];
  if (!Array.isArray(kinds) || kinds.length === 0) return null;
  return kinds.flatMap((kind: unknown, index) => {
    const name = KIND_NAMES[index];
    if (name === undefined || !Array.isArray(kind) || typeof kind[0] !== 'string' || kind[0] === '') return [];
    const pattern = new RegExp(`^(?:${kind[0]})$`);
    return [{ name, pattern, possibleLengths: lengthsOf(kind[1]) ?? possibleLengths }];
  });
}

function compile(plan: readonly unknown[]): NumberingPlan {
  const possibleLengths = lengthsOf(plan[POSSIBLE_LENGTHS]);
  const idd = stringAt(plan, IDD_PREFIX);
  const nationalPrefix = stringAt(plan, NATIONAL_PREFIX_FOR_PARSING) ?? stringAt(plan, NATIONAL_PREFIX);
  const leadingDigits = stringAt(plan, LEADING_DIGITS);
  return {
    callingCode: stringAt(plan, CALLING_CODE) ?? '',
    iddPrefix: idd === null ? null : new RegExp(`^(?:${idd})`),
    nationalNumber: new RegExp(`^(?:${stringAt(plan, NATIONAL_NUMBER) ?? ''})$`),
    possibleLengths,
    nationalPrefix: nationalPrefix === null ? null : new RegExp(`^(?:${nationalPrefix})`),
    prefixTransformRule: stringAt(plan, PREFIX_TRANSFORM_RULE),
    leadingDigits: leadingDigits === null ? null : new RegExp(`^(?:${leadingDigits})`),
    kinds: kindsOf(plan, possibleLengths),
  };
}

// Compiled on first use: a deployment sees a handful of countries, and there are 245.
const countryPlans = new Map<string, NumberingPlan | null>();
const nonGeographicPlans = new Map<string, NumberingPlan | null>();

function planOf(
  cache: Map<string, NumberingPlan | null>,
  key: string,
  source: ReadonlyMap<string, readonly unknown[]>,
): NumberingPlan | null {
  let plan = cache.get(key);
  if (plan === undefined) {
    const minified = source.get(key);
    plan = minified === undefined ? null : compile(minified);
    cache.set(key, plan);
  }
  return plan;
}

export function countryPlan(country: string): NumberingPlan | null {
  return planOf(countryPlans, country, COUNTRIES);
}

/** The countries of a calling code, or null for a non-geographic one (listed as the single code «001»). */
export function countriesOf(callingCode: string): readonly string[] | null {
  const countries = COUNTRIES_BY_CALLING_CODE.get(callingCode);
  return countries === undefined || (countries.length === 1 && countries[0]?.length === 3) ? null : countries;
}

export function isCallingCode(callingCode: string): boolean {
  return countriesOf(callingCode) !== null || NON_GEOGRAPHIC.has(callingCode);
}

/** The plan libphonenumber selects for a calling code: its main country's, or the non-geographic one. */
export function callingCodePlan(callingCode: string): NumberingPlan | null {
  const main = countriesOf(callingCode)?.[0];
  return main === undefined ? planOf(nonGeographicPlans, callingCode, NON_GEOGRAPHIC) : countryPlan(main);
}
