import { describe, expect, it } from 'vitest';
import { sniffJsonl } from './sniff.js';

function probe(path: string, content: string, size?: number) {
  const head = new TextEncoder().encode(content);
  return { path, size: size ?? head.length, head };
}

describe('sniffJsonl', () => {
  it('is sure of a .jsonl file whose first line is an object', () => {
    expect(sniffJsonl(probe('/d/posts.jsonl', '{"text":"a"}\n{"text":"b"}\n'))).toBe(0.95);
  });

  it('recognises JSON Lines under another name by two object lines', () => {
    expect(sniffJsonl(probe('/d/posts.json', '\n{"text":"a"}\n{"text":"b"}\n'))).toBe(0.8);
    expect(sniffJsonl(probe('/d/posts.txt', '{"text":"a"}'))).toBe(0.6);
  });

  it('refuses pretty-printed JSON and other text', () => {
    expect(sniffJsonl(probe('/d/result.json', '{\n "name": "x",\n "messages": []\n}\n'))).toBe(0);
    expect(sniffJsonl(probe('/d/a.csv', 'id,text\n1,hello\n'))).toBe(0);
    expect(sniffJsonl(probe('/d/a.json', '[{"text":"a"}]'))).toBe(0);
  });

  it('does not judge a first line the head cuts off', () => {
    expect(sniffJsonl(probe('/d/big.txt', '{"text":"a very long li', 10_000))).toBe(0);
  });

  it('still claims a .jsonl file it cannot confirm', () => {
    expect(sniffJsonl(probe('/d/empty.jsonl', ''))).toBe(0.3);
  });
});
