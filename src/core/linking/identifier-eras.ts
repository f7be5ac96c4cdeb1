import type { IdentifierUse } from './identifier-uses.js';

const DAY = 86_400_000;
/**
 * Operators reissue a number some months after it went quiet (Kazakh operators quarantine numbers for at least
 * 3 months); two accounts that used one number with a longer silence between them held it at different times.
 */
const RECYCLE_GAP_DAYS = 90;
/** Types whose values change hands: a SIM card is resold, a wallet or a card is not. */
const RECYCLABLE_TYPES: ReadonlySet<string> = new Set(['phone']);

/**
 * Splits an identifier's users into eras: runs of use with no silence longer than the gap. Accounts that share
 * an era held the value together; accounts in different eras only inherited it.
 */
export function usageEras(type: string, uses: readonly IdentifierUse[]): IdentifierUse[][] {
  if (!RECYCLABLE_TYPES.has(type) || uses.length < 2) return [[...uses]];
  const sorted = [...uses].sort((a, b) => a.firstSeen - b.firstSeen);
  const eras: IdentifierUse[][] = [];
  let current: IdentifierUse[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const use of sorted) {
    if (current.length > 0 && use.firstSeen - end > RECYCLE_GAP_DAYS * DAY) {
      eras.push(current);
      current = [];
      end = Number.NEGATIVE_INFINITY;
    }
    current.push(use);
    if (use.lastSeen > end) end = use.lastSeen;
  }
  if (current.length > 0) eras.push(current);
  return eras;
}
