import { describe, expect, it } from 'vitest';
import { xmlText } from './xml-text.js';

describe('xmlText', () => {
  it('escapes the five XML specials and keeps other text as it is', () => {
    expect(xmlText(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
    expect(xmlText('Шоп 🙂 +77071234567\ttab')).toBe('Шоп 🙂 +77071234567\ttab');
  });

  it('replaces what XML 1.0 cannot hold: controls, lone surrogates, U+FFFE and U+FFFF', () => {
    expect(xmlText('a\u0000b\u001bc\ufffed')).toBe('a\ufffdb\ufffdc\ufffdd');
    expect(xmlText('x\ud83dy')).toBe('x\ufffdy');
    expect(xmlText('\ude00z')).toBe('\ufffdz');
  });
});
