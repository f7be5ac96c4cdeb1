import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEvidence, encodeEvidence, originFromParts, originParts } from './row-codecs.js';

const body = 'Продам меф 1г, пиши @shop_kz';

describe('evidence as stored', () => {
  it('keeps a span as offsets and rule, and gives its text back from the body', () => {
    const evidence = [
      { start: 7, end: 10, text: 'меф', rule: 'substance:меф*' },
      { start: 20, end: 28, text: '@shop_kz', rule: 'contact:telegram-handle' },
    ];
    const stored = encodeEvidence(evidence, body);
    expect(stored).toBe('[[7,10,"substance:меф*"],[20,28,"contact:telegram-handle"]]');
    expect(decodeEvidence(stored, body)).toEqual(evidence);
  });

  it('keeps the text of a span whose text is not the body between its offsets', () => {
    const evidence = [{ start: 0, end: 6, text: 'продам', rule: 'commerce:продам' }];
    const stored = encodeEvidence(evidence, body);
    expect(JSON.parse(stored)).toEqual([[0, 6, 'commerce:продам', 'продам']]);
    expect(decodeEvidence(stored, body)).toEqual(evidence);
  });

  const anyText = fc.oneof(fc.string(), fc.constantFrom('меф', '@shop_kz', 'Продам', ''));
  const anySpan = fc.record({
    start: fc.integer({ min: -2, max: 40 }),
    end: fc.integer({ min: -2, max: 40 }),
    text: anyText,
    rule: fc.string({ unit: 'binary' }),
  });

  it('gives back every span it was given, whatever its offsets, text and rule', () => {
    fc.assert(
      fc.property(fc.array(anySpan, { maxLength: 6 }), (evidence) => {
        expect(decodeEvidence(encodeEvidence(evidence, body), body)).toEqual(evidence);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads spans written with their text by earlier versions', () => {
    const old = '[{"start":7,"end":10,"text":"меф","rule":"substance:меф*"}]';
    expect(decodeEvidence(old, body)).toEqual([{ start: 7, end: 10, text: 'меф', rule: 'substance:меф*' }]);
  });

  it('refuses a stored value of another shape', () => {
    expect(() => decodeEvidence('[{"start":1}]', body)).toThrow();
  });
});

describe('capture origins as stored', () => {
  it('splits every kind of origin into source and own parts and joins them back', () => {
    const origins = [
      { kind: 'file', path: '/data/ads.jsonl', line: 3, byteOffset: 962 },
      { kind: 'export', path: '/data/result.json', exportId: '1001', itemId: '77' },
      { kind: 'url', url: 'https://olx.example/d/item-1.html' },
    ] as const;
    for (const origin of origins) expect(originFromParts(originParts(origin))).toEqual(origin);
    expect(originParts(origins[1])).toEqual({
      kind: 'export',
      path: '/data/result.json',
      line: null,
      offset: null,
      item: '["1001","77"]',
    });
  });

  it('refuses stored parts that make no origin', () => {
    expect(() => originFromParts({ kind: 'file', path: '/x', line: null, offset: 0, item: null })).toThrow(
      /kind file lacks its parts/,
    );
    expect(() => originFromParts({ kind: 'ftp', path: '/x', line: 1, offset: 0, item: null })).toThrow();
  });
});
