import { describe, expect, it } from 'vitest';
import { decide } from './decision.js';

describe('decide', () => {
  it('prefers any flagged outcome to none, then the higher score', () => {
    expect(
      decide([
        { label: 'none', score: 0.99 },
        { label: 'mention', score: 0.4 },
      ]),
    ).toEqual({ label: 'mention', score: 0.4 });
    expect(
      decide([
        { label: 'sale', score: 0.6 },
        { label: 'recruitment', score: 0.8 },
      ])?.label,
    ).toBe('recruitment');
    expect(
      decide([
        { label: 'none', score: 0.2 },
        { label: 'none', score: 0.7 },
      ])?.score,
    ).toBe(0.7);
  });

  it('keeps the first of equal outcomes and is null without outcomes', () => {
    expect(
      decide([
        { label: 'sale', score: 0.5, id: 1 },
        { label: 'recruitment', score: 0.5, id: 2 },
      ])?.id,
    ).toBe(1);
    expect(decide([])).toBeNull();
  });
});
