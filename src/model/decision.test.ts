import { describe, expect, it } from 'vitest';
import { decide } from './decision.js';

describe('decide', () => {
  it('takes the deciding detector outcome whatever the others say', () => {
    const outcomes = [
      { detector: 'classifier', label: 'none', score: 0.9 },
      { detector: 'lexicon', label: 'sale', score: 0.95 },
    ] as const;
    expect(decide(outcomes, ['classifier'])?.detector).toBe('classifier');
    expect(decide([...outcomes].reverse(), ['classifier'])?.detector).toBe('classifier');
    expect(decide(outcomes, ['lexicon', 'classifier'])?.detector).toBe('lexicon');
  });

  it('without a deciding detector, prefers any flagged outcome to none, then the higher score', () => {
    expect(
      decide(
        [
          { detector: 'a', label: 'none', score: 0.99 },
          { detector: 'b', label: 'mention', score: 0.4 },
        ],
        [],
      ),
    ).toEqual({ detector: 'b', label: 'mention', score: 0.4 });
    expect(
      decide(
        [
          { detector: 'a', label: 'sale', score: 0.6 },
          { detector: 'b', label: 'recruitment', score: 0.8 },
        ],
        [],
      )?.label,
    ).toBe('recruitment');
    expect(
      decide(
        [
          { detector: 'a', label: 'none', score: 0.2 },
          { detector: 'b', label: 'none', score: 0.7 },
        ],
        [],
      )?.score,
    ).toBe(0.7);
  });

  it('keeps the first of equal outcomes and is null without outcomes', () => {
    expect(
      decide(
        [
          { detector: 'a', label: 'sale', score: 0.5 },
          { detector: 'b', label: 'recruitment', score: 0.5 },
        ],
        [],
      )?.detector,
    ).toBe('a');
    expect(decide([], [])).toBeNull();
  });
});
