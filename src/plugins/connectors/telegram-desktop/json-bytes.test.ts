import { describe, expect, it } from 'vitest';
import { endsBareToken, isWhitespace, parseJsonBytes } from './json-bytes.js';

const code = (ch: string) => ch.charCodeAt(0);

describe('json bytes', () => {
  it('classifies bytes', () => {
    expect([' ', '\n', '\r', '\t'].every((ch) => isWhitespace(code(ch)))).toBe(true);
    expect(isWhitespace(0xa0)).toBe(false);
    expect([',', ']', '}', ':', '"', ' '].every((ch) => endsBareToken(code(ch)))).toBe(true);
    expect(['1', 'e', '-', '.'].some((ch) => endsBareToken(code(ch)))).toBe(false);
  });

  it('parses token bytes, or gives undefined', () => {
    expect(parseJsonBytes(new TextEncoder().encode('"ё\\n"'))).toBe('ё\n');
    expect(parseJsonBytes(new TextEncoder().encode('tru'))).toBeUndefined();
  });
});
