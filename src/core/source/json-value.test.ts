import { describe, expect, it } from 'vitest';
import { isJsonObject, ownValue, stringValue, toExtraValue } from './json-value.js';

describe('json values', () => {
  it('tells objects from arrays and null', () => {
    expect(isJsonObject({})).toBe(true);
    expect(isJsonObject([])).toBe(false);
    expect(isJsonObject(null)).toBe(false);
  });

  it('reads own properties only', () => {
    expect(ownValue({ a: 1 }, 'a')).toBe(1);
    expect(ownValue({}, 'constructor')).toBeUndefined();
    expect(stringValue({ a: 1, b: 'x' }, 'a')).toBeNull();
    expect(stringValue({ a: 1, b: 'x' }, 'b')).toBe('x');
  });

  it('flattens values to scalars for extra', () => {
    expect(toExtraValue('s')).toBe('s');
    expect(toExtraValue(3)).toBe(3);
    expect(toExtraValue(false)).toBe(false);
    expect(toExtraValue(null)).toBeNull();
    expect(toExtraValue({ a: [1] })).toBe('{"a":[1]}');
    expect(toExtraValue([1, 'x'])).toBe('[1,"x"]');
  });
});
