export interface CleanContext {
  /** ISO 3166 alpha-2 region for numbers written without a country code. */
  readonly defaultRegion: string;
}

export const DEFAULT_CLEAN_CONTEXT: CleanContext = { defaultRegion: 'KZ' };

/** Named facts about an identifier, such as a phone's line type or a card's issuer; keys are snake_case. */
export type IdentifierAttributes = Readonly<Record<string, string>>;

export const NO_ATTRIBUTES: IdentifierAttributes = Object.freeze({});

/**
 * The semantics of one kind of identifier, declared once (after FollowTheMoney's property types).
 * `clean` never throws: junk cleans to null.
 */
export interface IdentifierType {
  readonly name: string;
  readonly label: string;
  /** 0..1: how strongly one shared value links two things (a phone links more than a city name). */
  readonly specificity: number;
  /** Raw text as written -> the normalised value, or null when it is not a valid value of this type. */
  clean(raw: string, context: CleanContext): string | null;
  /** Is this already-normalised value valid? */
  validate(value: string): boolean;
  /** 0..1 similarity of two normalised values. */
  compare(a: string, b: string): number;
  /**
   * What the value itself tells (a phone's country and line type, an IIN's birth date), derived on demand so that
   * nothing derivable is stored beside it. Never throws; an invalid value, or one that tells nothing, gives {}.
   */
  describe?(value: string): IdentifierAttributes;
}

export function exactCompare(a: string, b: string): number {
  return a === b ? 1 : 0;
}
