import { exactCompare, type IdentifierAttributes, type IdentifierType } from '../identifier-type.js';
import { kzIdDigits, twoDigits } from './kz-id-number.js';

const MAX_RAW_LENGTH = 32;
/**
 * A BIN is YYMM of registration, then the kind of entity in the 5th digit: 4 resident legal entity, 5 non-resident,
 * 6 individual entrepreneur on a joint basis. An IIN has the tens of a day (0–3) there, so the two never overlap.
 * The 6th digit (head office, branch, representative office …) is not checked: its list of values has changed over
 * the years, and the check digit already rejects nearly all random runs.
 */
const ENTITY_KINDS: ReadonlyMap<number, string> = new Map([
  [4, 'resident_legal_entity'],
  [5, 'non_resident_legal_entity'],
  [6, 'joint_entrepreneurship'],
]);

function cleanBin(raw: string): string | null {
  if (raw.length > MAX_RAW_LENGTH) return null;
  const digits = kzIdDigits(raw);
  if (digits === null || !ENTITY_KINDS.has(digits[4] ?? 0)) return null;
  const month = twoDigits(digits, 2);
  return month >= 1 && month <= 12 ? digits.join('') : null;
}

export const kzBinType: IdentifierType = {
  name: 'kz_bin',
  label: 'Kazakhstan BIN (legal entity)',
  // Unique per entity, but a bank's or a marketplace's BIN is printed on countless receipts.
  specificity: 0.9,
  clean: cleanBin,
  validate: (value) => cleanBin(value) === value,
  compare: exactCompare,
  describe: (value): IdentifierAttributes => {
    const kind = cleanBin(value) === value ? ENTITY_KINDS.get(Number(value.charAt(4))) : undefined;
    return kind === undefined ? {} : { entity_kind: kind };
  },
};
