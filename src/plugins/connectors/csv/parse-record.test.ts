import { describe, expect, it } from 'vitest';
import { parseRecord } from './parse-record.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseRecord', () => {
  it('reads quoted fields, escaped quotes and line breaks', () => {
    expect(parseRecord(bytes('1,"Привет, ""мир""\r\nещё",x'), ',')).toEqual({
      ok: true,
      fields: ['1', 'Привет, "мир"\r\nещё', 'x'],
    });
    expect(parseRecord(bytes('a\tb\t'), '\t')).toEqual({ ok: true, fields: ['a', 'b', ''] });
  });

  it('keeps a stray carriage return as content', () => {
    expect(parseRecord(bytes('a\rb,c'), ',')).toEqual({ ok: true, fields: ['a\rb', 'c'] });
  });

  it.each([
    ['a,b"c",d', /quote opens in the middle/],
    ['"a"b,c', /closing quote is followed/],
    ['"a,b', /never closed/],
  ])('explains %j', (text, reason) => {
    const parsed = parseRecord(bytes(text), ',');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toMatch(reason);
  });
});
