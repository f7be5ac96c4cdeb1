const ID_NUMBER = /^[0-9]{12}$/;
const FIRST_WEIGHTS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS: readonly number[] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

function weightedSum(digits: readonly number[], weights: readonly number[]): number {
  return weights.reduce((sum, weight, i) => sum + weight * (digits[i] ?? 0), 0) % 11;
}

/**
 * The twelve digits of a Kazakhstan IIN or BIN when its check digit holds, else null. The official rule: weights
 * 1..11 mod 11; if that gives 10, weights 3..11,1,2 mod 11; if that gives 10 too, no valid number has these eleven
 * digits.
 */
export function kzIdDigits(raw: string): readonly number[] | null {
  const text = raw.replace(/[\s\p{Cf}]/gu, '');
  if (!ID_NUMBER.test(text)) return null;
  const digits = Array.from(text, Number);
  let check = weightedSum(digits, FIRST_WEIGHTS);
  if (check === 10) check = weightedSum(digits, SECOND_WEIGHTS);
  return check !== 10 && check === digits[11] ? digits : null;
}

/** Two digits from `at` as a number. */
export function twoDigits(digits: readonly number[], at: number): number {
  return (digits[at] ?? 0) * 10 + (digits[at + 1] ?? 0);
}
