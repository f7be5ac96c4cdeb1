import { describe, expect, it } from 'vitest';
import { parseMessageJson } from './message-json.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseMessageJson', () => {
  it('parses plain JSON', () => {
    expect(parseMessageJson(bytes('{"id":1,"text":"ё"}'))).toEqual({ ok: true, value: { id: 1, text: 'ё' } });
  });

  it('accepts the \\xHH escapes Telegram Desktop writes for control characters', () => {
    expect(parseMessageJson(bytes('{"text":"a\\x0Bb\\\\x0C"}'))).toEqual({
      ok: true,
      value: { text: 'a\u000bb\\x0C' },
    });
  });

  it('explains JSON it cannot read', () => {
    const parsed = parseMessageJson(bytes('{"id":1,'));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toMatch(/^invalid JSON: /);
  });
});
