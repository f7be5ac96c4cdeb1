import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sniffTelegram } from './sniff.js';

const EXPORTS = '/work/shared/data/telegram-desktop-exports';

function probe(path: string, content: string | Uint8Array) {
  const head = typeof content === 'string' ? new TextEncoder().encode(content) : content.subarray(0, 65536);
  return { path, size: content.length, head };
}

describe('sniffTelegram', () => {
  it.each(readdirSync(EXPORTS))('judges the shared file %s', (name) => {
    const score = sniffTelegram(probe(join(EXPORTS, name), readFileSync(join(EXPORTS, name))));
    if (name.endsWith('.result.json')) expect(score).toBe(0.95);
    else expect(score).toBe(0);
  });

  it('recognises a full-account export by its opening', () => {
    const head = '{\n "about": "Here is the data you requested.",\n "personal_information": {\n  "user_id": 1';
    expect(sniffTelegram(probe('/x/result.json', head))).toBe(0.9);
  });

  it('recognises a Saved Messages export, which has no name', () => {
    expect(sniffTelegram(probe('/x/r.json', '{\n "type": "saved_messages",\n "id": 5,\n "messages": [\n'))).toBe(0.95);
  });

  it('falls back to message keys when the header is unusual', () => {
    const head =
      '{"id": 5, "name": "x", "messages": [{"id": 1, "type": "message", "date_unixtime": "1", "from_id": "user1"';
    expect(sniffTelegram(probe('/x/r.json', head))).toBe(0.7);
  });

  it('refuses other JSON', () => {
    expect(sniffTelegram(probe('/x/a.json', '{"messages": [{"role": "user", "content": "hi"}]}'))).toBe(0);
    expect(sniffTelegram(probe('/x/a.jsonl', '{"text":"a"}\n'))).toBe(0);
    expect(sniffTelegram(probe('/x/a.csv', 'id,text\n'))).toBe(0);
  });
});
