import { describe, expect, it } from 'vitest';
import { CodeTrie } from './code-trie.js';

describe('code trie', () => {
  it('finds every path it was given, through its table growing, and nothing else', () => {
    const trie = new CodeTrie();
    const words = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}ё${String.fromCharCode(0x4ff - (i % 50))}`);
    const ends = words.map((word) => [...word].reduce((node, ch) => trie.childOrNew(node, ch.charCodeAt(0)), 0));
    expect(new Set(ends).size).toBe(words.length);
    words.forEach((word, i) => {
      expect([...word].reduce((node, ch) => (node < 0 ? -1 : trie.child(node, ch.charCodeAt(0))), 0)).toBe(ends[i]);
    });
    expect(trie.child(0, 'x'.charCodeAt(0))).toBe(-1);
    expect(trie.child(ends[0] ?? 0, 0xffff)).toBe(-1);
  });
});
