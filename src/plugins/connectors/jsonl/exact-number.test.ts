import { describe, expect, it } from 'vitest';
import { exactNumberText } from './exact-number.js';

describe('exactNumberText', () => {
  it('recovers the digits JSON.parse rounded', () => {
    const line = '{"id": 1674835763123456789, "user": {"id": 42}}';
    const parsed: { id: number } = JSON.parse(line);
    expect(String(parsed.id)).not.toBe('1674835763123456789');
    expect(exactNumberText(line, 'id', parsed.id)).toBe('1674835763123456789');
  });

  it('matches by value when the key repeats', () => {
    const line = '{"user":{"id":9007199254740993000},"id":1674835763123456789}';
    expect(exactNumberText(line, 'id', Number('1674835763123456789'))).toBe('1674835763123456789');
  });

  it('leaves safe integers and fractions to String', () => {
    expect(exactNumberText('{"id":12}', 'id', 12)).toBe('12');
    expect(exactNumberText('{"id":1.5}', 'id', 1.5)).toBe('1.5');
  });

  it('falls back to String when the digits are not found', () => {
    expect(exactNumberText('{"id":1.5e20}', 'id', 1.5e20)).toBe('150000000000000000000');
  });
});
