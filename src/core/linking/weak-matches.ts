import type { LinkAccount } from './link-input.js';

/** `shop_almaty24`, `shop.almaty_24` and `Shop_Almaty24` are one spelling with different separators. */
export function handleSkeleton(handle: string): string {
  return handle.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A skeleton this short is a common word or name, not a brand. */
const MIN_SKELETON = 6;
/** More accounts than this on one skeleton is a naming pattern many people follow, not one actor. */
const MAX_GROUP = 4;

export interface WeakCandidate {
  readonly a: number;
  readonly b: number;
  readonly features: { readonly sameSkeleton: boolean; readonly sameHandle: boolean; readonly sameName: boolean };
}

/** Pairs of accounts on different keys whose handles spell the same thing. */
export function weakCandidates(accounts: readonly LinkAccount[]): WeakCandidate[] {
  const groups = new Map<string, number[]>();
  accounts.forEach((a, i) => {
    if (a.handle === null) return;
    const skeleton = handleSkeleton(a.handle);
    if (skeleton.length < MIN_SKELETON) return;
    const list = groups.get(skeleton) ?? [];
    list.push(i);
    groups.set(skeleton, list);
  });
  const out: WeakCandidate[] = [];
  for (const members of groups.values()) {
    if (members.length < 2 || members.length > MAX_GROUP) continue;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i] ?? 0;
        const b = members[j] ?? 0;
        const x = accounts[a];
        const y = accounts[b];
        if (x === undefined || y === undefined) continue;
        const sameName =
          x.displayName !== null &&
          y.displayName !== null &&
          x.displayName.toLowerCase() === y.displayName.toLowerCase();
        out.push({ a, b, features: { sameSkeleton: true, sameHandle: x.handle === y.handle, sameName } });
      }
    }
  }
  return out;
}

/**
 * Score of a candidate: a respelt handle alone is what an impersonator does, so it needs another agreeing feature
 * (the same display name, or shared identifiers below the merge threshold) to be believed.
 */
export function weakScore(features: WeakCandidate['features'], sharedWeight: number): number {
  const score = 0.5 + (features.sameHandle ? 0.15 : 0) + (features.sameName ? 0.2 : 0) + Math.min(0.3, sharedWeight);
  return Math.min(1, score);
}
