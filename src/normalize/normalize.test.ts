import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, sourceOffset, toOriginalSpan } from './normalize.js';

describe('normalize', () => {
  it('case-folds, folds ё to е and keeps й', () => {
    expect(normalize('ЁЛКА Йод Шишки').text).toBe('елка йод шишки');
  });

  it('keeps a decomposed й and strips accents used as noise', () => {
    expect(normalize('и\u0306од').text).toBe('йод');
    expect(normalize('за́кла́дки').text).toBe('закладки');
    expect(normalize('е\u0308лка').text).toBe('елка');
  });

  it('removes zero-width characters inserted inside words', () => {
    expect(normalize('зак\u200bлад\u200dки').text).toBe('закладки');
    expect(normalize('ме\uFE0Fф').text).toBe('меф');
  });

  it('applies compatibility folding (full-width, mathematical letters, ligatures)', () => {
    expect(normalize('ＢＥＥＲ').text).toBe('beer');
    expect(normalize('𝐁𝐄𝐄𝐑').text).toBe('beer');
    expect(normalize('ﬁne').text).toBe('fine');
  });

  it('returns the same string and an empty map when nothing changes', () => {
    const text = 'уже нормальный текст 123';
    const result = normalize(text);
    expect(result.text).toBe(text);
    expect(result.shiftAt).toEqual([]);
    expect(sourceOffset(result, 5)).toBe(5);
  });

  it('maps every normalised unit to the original character it came from', () => {
    const original = 'A\u200bB𝐌ﬁ!';
    const result = normalize(original);
    expect(result.text).toBe('abmfi!');
    expect([...Array(result.text.length + 1).keys()].map((i) => sourceOffset(result, i))).toEqual([
      0, 2, 3, 5, 5, 6, 7,
    ]);
  });

  it('maps spans of the normalised text back to the original', () => {
    const original = 'Продам ЗАК\u200bЛАДКИ 𝐌𝐄𝐅 тут';
    const normalized = normalize(original);
    const at = normalized.text.indexOf('закладки');
    const span = toOriginalSpan(normalized, at, at + 'закладки'.length);
    expect(original.slice(span.start, span.end)).toBe('ЗАК\u200bЛАДКИ');
    const mef = normalized.text.indexOf('меф');
    const mefSpan = toOriginalSpan(normalized, mef, mef + 3);
    expect(original.slice(mefSpan.start, mefSpan.end)).toBe('𝐌𝐄𝐅');
  });

  it('never throws and keeps the map consistent on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const result = normalize(text);
        expect(sourceOffset(result, result.text.length)).toBe(text.length);
        for (let i = 1; i <= result.text.length; i++) {
          expect(sourceOffset(result, i)).toBeGreaterThanOrEqual(sourceOffset(result, i - 1));
        }
        const span = toOriginalSpan(result, 0, result.text.length);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(text.length);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (text) => {
        const once = normalize(text).text;
        expect(normalize(once).text).toBe(once);
      }),
    );
  });

  it.each([
    ['продам диван, 5000 тг, iPhone 13', false, false],
    ['3шт по 5гр', true, false],
    ['пиши @ы', true, false],
    ['а я в шоке', false, true],
    ['М Е Ф тут', true, true],
    ['цена ҂ 5', true, true],
  ])('tells the lexicon where disguises may be left: %s', (text, mayMixScripts, maySpaceLetters) => {
    expect(normalize(text)).toMatchObject({ mayMixScripts, maySpaceLetters });
  });

  it('says a text holds no disguise only where none is left', () => {
    const mixed = /[\u0430-\u04ff][a-z0-9@]|[a-z0-9@][\u0430-\u04ff]/;
    const spaced = /(?<![a-z0-9@\u0430-\u04ff])[a-z\u0430-\u04ff]([ ._*·-])[a-z\u0430-\u04ff]\1[a-z\u0430-\u04ff]/;
    const units = [...'аеозкмнпсхыяaeokmnpcxy0346@҂ .-_*·/', 'А', 'К', 'M', '❄', '😀'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 40 }), (parts) => {
        const result = normalize(parts.join(''));
        if (!result.mayMixScripts) expect(result.text).not.toMatch(mixed);
        if (!result.maySpaceLetters) expect(result.text).not.toMatch(spaced);
      }),
      { numRuns: 2000 },
    );
  });
});
