/** A stretch of digits inside a run, as offsets into the normalised text. */
export interface DigitGroup {
  readonly start: number;
  readonly end: number;
}

const MIN_CARD_DIGITS = 13;
const MAX_CARD_DIGITS = 19;
const GROUP = 4;

/** How cards are written: one block, fours with a shorter tail (4-4-4-4, 4-4-4-4-3), or Amex/Diners 4-6-5, 4-6-4. */
function hasCardShape(sizes: readonly number[], total: number): boolean {
  if (total < MIN_CARD_DIGITS || total > MAX_CARD_DIGITS) return false;
  if (sizes.length === 1) return true;
  const shape = sizes.join('-');
  if (shape === '4-6-5' || shape === '4-6-4') return true;
  return sizes.slice(0, -1).every((size) => size === GROUP) && (sizes.at(-1) ?? 0) <= GROUP;
}

/** Whether a card can go on past this group: only fours, or the 6 of 4-6-5, are followed by more digits. */
function canContinue(sizes: readonly number[]): boolean {
  const last = sizes.at(-1);
  return last === GROUP || (sizes.length === 2 && sizes[0] === GROUP && last === 6);
}

/**
 * Calls `accept` with each card-shaped window of consecutive groups, longest first from each starting group; a
 * window `accept` takes is skipped past. A window stops growing at the first group no card continues after, so each
 * group is looked at a bounded number of times and a megabyte of spaced digits stays linear.
 */
export function forEachCardWindow(
  groups: readonly DigitGroup[],
  accept: (first: DigitGroup, last: DigitGroup) => boolean,
): void {
  let i = 0;
  while (i < groups.length) {
    const sizes: number[] = [];
    const candidates: number[] = [];
    let total = 0;
    for (let j = i; j < groups.length; j++) {
      const group = groups[j];
      if (group === undefined) break;
      sizes.push(group.end - group.start);
      total += group.end - group.start;
      if (hasCardShape(sizes, total)) candidates.push(j);
      if (total >= MAX_CARD_DIGITS || !canContinue(sizes)) break;
    }
    const first = groups[i];
    const taken = candidates.reverse().find((j) => first !== undefined && accept(first, groups[j] ?? first));
    i = taken === undefined ? i + 1 : taken + 1;
  }
}
