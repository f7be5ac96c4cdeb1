import { describe, expect, it } from 'vitest';
import { usageEras } from './identifier-eras.js';
import type { IdentifierUse } from './identifier-uses.js';

const DAY = 86_400_000;
const use = (account: number, from: number, to: number): IdentifierUse => ({
  account,
  firstSeen: from * DAY,
  lastSeen: to * DAY,
  documents: 1,
  offers: 0,
  warnings: 0,
  evidence: [`doc_${account}`],
});

describe('usage eras', () => {
  it('splits a phone reissued after a long silence', () => {
    const eras = usageEras('phone', [use(1, 0, 60), use(2, 10, 50), use(3, 300, 320)]);
    expect(eras.map((era) => era.map((u) => u.account))).toEqual([[1, 2], [3]]);
  });

  it('keeps overlapping or close uses together', () => {
    expect(usageEras('phone', [use(1, 0, 30), use(2, 80, 90)])).toHaveLength(1);
  });

  it('never splits values that do not change hands', () => {
    expect(usageEras('btc_address', [use(1, 0, 10), use(2, 500, 510)])).toHaveLength(1);
  });
});
