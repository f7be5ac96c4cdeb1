import { describe, expect, it } from 'vitest';
import { FULL_WEIGHT_ACCOUNTS, HUB_MIN_ACCOUNTS, identifierWeight, isHub } from './hub-detection.js';

describe('identifier weight', () => {
  it('is the type specificity while few accounts share the value', () => {
    expect(identifierWeight('phone', 2)).toBeCloseTo(0.9);
    expect(identifierWeight('phone', FULL_WEIGHT_ACCOUNTS)).toBeCloseTo(0.9);
  });

  it('falls as the value fans out and is zero for a hub', () => {
    const ten = identifierWeight('phone', 10);
    expect(ten).toBeLessThan(0.9);
    expect(ten).toBeGreaterThan(0);
    expect(identifierWeight('phone', 20)).toBeLessThan(ten);
    expect(isHub(HUB_MIN_ACCOUNTS)).toBe(true);
    expect(identifierWeight('phone', 600)).toBe(0);
  });

  it('weighs weak types below strong ones', () => {
    expect(identifierWeight('domain', 2)).toBeLessThan(identifierWeight('bank_card', 2));
  });
});
