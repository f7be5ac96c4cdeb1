import { describe, expect, it } from 'vitest';
import type { NetworkTie } from './network-links.js';
import { pairStrength } from './pair-strength.js';
import { spreadIdentifiers } from './spread-identifiers.js';

function shared(identifier: string, a: number, b: number): NetworkTie {
  return { type: 'shared-identifier', a, b, strength: 0.2, documents: [], identifier };
}

/** Every pair of the given accounts writing the identifier. */
function writers(identifier: string, accounts: readonly number[]): NetworkTie[] {
  return accounts.flatMap((a, i) => accounts.slice(i + 1).map((b) => shared(identifier, a, b)));
}

describe('spreadIdentifiers', () => {
  const objectOf = Int32Array.from({ length: 12 }, (_, i) => i);

  it('finds an identifier scattered over unrelated networks', () => {
    const ties = writers('wallet', [0, 1, 2, 3, 4, 5, 6, 7]);
    expect(spreadIdentifiers(ties, objectOf, (o) => o)).toEqual(new Set(['wallet']));
  });

  it('keeps one organisation`s contact and a handful of users', () => {
    const ties = [...writers('bot', [0, 1, 2, 3, 4, 5, 6, 7]), ...writers('phone', [8, 9, 10])];
    const network = (o: number) => (o < 5 ? 0 : o);
    expect(spreadIdentifiers(ties, objectOf, network).size).toBe(0);
  });
});

describe('pairStrength', () => {
  const tie = (strength: number) => ({ strength });

  it('adds kinds up as independent sightings, each under its cap', () => {
    const strength = pairStrength(
      new Map([
        ['enlist', tie(0.5)],
        ['near-duplicate', tie(0.9)],
        ['image', tie(1)],
      ]),
    );
    expect(strength).toBeCloseTo(1 - 0.5 * 0.4, 10);
  });

  it('lets neither photos nor a mention count when they are all two objects share', () => {
    expect(
      pairStrength(
        new Map([
          ['image', tie(1)],
          ['mention', tie(0.9)],
        ]),
      ),
    ).toBe(0);
    expect(pairStrength(new Map([['mention', tie(0.9)]]))).toBeCloseTo(0.9, 10);
    const worked = pairStrength(
      new Map([
        ['image', tie(1)],
        ['mention', tie(0.9)],
        ['forward', tie(0.15)],
      ]),
    );
    expect(worked).toBeGreaterThan(0.95);
  });
});
