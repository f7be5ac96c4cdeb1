import type { Judgement } from './link-input.js';

/** The judgement in force for each pair: the latest (judgements come oldest first); `unsure` leaves it to linking. */
export function judgementsInForce(judgements: readonly Judgement[]): Judgement[] {
  const latest = new Map<string, Judgement>();
  for (const j of judgements) {
    const key = j.accountA < j.accountB ? `${j.accountA} ${j.accountB}` : `${j.accountB} ${j.accountA}`;
    latest.set(key, j);
  }
  return [...latest.values()].filter((j) => j.verdict !== 'unsure');
}
