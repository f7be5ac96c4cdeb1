import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWeight } from './parse-weight.js';

const parse = (text: string): number => {
  const bytes = Buffer.from(`[${text}]`, 'latin1');
  return parseWeight(bytes, 1, bytes.length - 1);
};

describe('parseWeight', () => {
  it('reads what Number() reads', () => {
    for (const text of ['3', '0.25', '10.', '.5', '1e-3', '+2', '-1', '007', 'x', '1.2.3', '0x10', 'Infinity']) {
      expect(parse(text)).toBe(text === '10.' ? 10 : Number(text));
    }
    expect(parse('')).toBeNaN();
  });

  it('is exact for plain decimals', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), fc.nat({ max: 99_999_999 }), (whole, fraction) => {
        const text = `${whole}.${fraction}`;
        expect(parse(text)).toBe(Number(text));
        expect(parse(String(whole))).toBe(whole);
      }),
    );
  });
});
