import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type NormalizedText, normalize, sourceOffset, toOriginalSpan } from './normalize.js';

// Written here: disguised tokens whose reading does not depend on their neighbours, and ordinary filler.
const DISGUISED: readonly (readonly [string, string])[] = [
  ['3аклaдки', 'закладки'],
  ['ЗAKЛAДKИ', 'закладки'],
  ['М Е Ф', 'меф'],
  ['з-а-к-л-а-д-к-и', 'закладки'],
  ['м.е.ф', 'меф'],
  ['zakladki', 'закладки'],
  ['ммммеф', 'меф'],
  ['Гер0ин', 'героин'],
  ['з@кладка', 'закладка'],
  ['ᴢᴀᴋʟᴀᴅᴋɪ', 'закладки'],
  ['𝐌𝐄𝐅', 'меф'],
  ['зак\u200bладки', 'закладки'],
  ['Πродаю', 'продаю'],
  ['шишқи', 'шишки'],
  ['Mефедрон', 'мефедрон'],
  ['@shор_almaty', '@shop_almaty'],
  ['❄️', '❄'],
  ['💎Шишки', '💎 шишки'],
];
const ORDINARY = [
  'продам',
  'в наличии',
  'Алматы',
  '24/7',
  '0.5 г',
  'iPhone 13',
  'сағат',
  'USDT TRC20',
  '+7 707 123 45 67',
];
const SEPARATORS = [', ', '\n', ' — ', '; '];
/** Pieces that meet in disguises: look-alikes of every kind, digits, spacers, handles, emoji and their joiners. */
const PIECES = [
  ...'закладмефшиАКЛДМЕФЗ acekmopxybhnruАBHNR03461@і қӘ ᴍᴇꜰᴨκοΠ._-*/:',
  ...['за', 'кл', 'zak', 'lad', 'ki', 'mef', 'sh', 'ммм', ' с ', ' и ', '. ', '  ', 't.me/', '\n'],
  ...['💎', '❄', '\u200b', '\u200d', '\ufe0f', '\u0301', '\u0306', '🅜', '𝐌', 'Ｍ', 'ﬁ', 'İ'],
];

const segment = fc.oneof(
  fc.constantFrom(...DISGUISED),
  fc.constantFrom(...ORDINARY).map((text): readonly [string, string] => [text, text.toLowerCase()]),
);
const composition = fc.array(fc.tuple(segment, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 12 });

function expectTotalAndMonotonic(result: NormalizedText, original: string): void {
  expect(sourceOffset(result, 0)).toBeGreaterThanOrEqual(0);
  expect(sourceOffset(result, result.text.length)).toBe(original.length);
  for (let i = 1; i <= result.text.length; i++) {
    expect(sourceOffset(result, i)).toBeGreaterThanOrEqual(sourceOffset(result, i - 1));
  }
}

describe('the offset map', () => {
  it('maps every token of a disguised text back to exactly what was written', () => {
    fc.assert(
      fc.property(composition, (parts) => {
        let original = '';
        let expected = '';
        const tokens: { from: number; to: number; at: number; text: string }[] = [];
        for (const [[written, reading], separator] of parts) {
          tokens.push({
            from: original.length,
            to: original.length + written.length,
            at: expected.length,
            text: reading,
          });
          original += written + separator;
          expected += reading + separator;
        }
        const result = normalize(original);
        expect(result.text).toBe(expected);
        expectTotalAndMonotonic(result, original);
        for (const token of tokens) {
          const span = toOriginalSpan(result, token.at, token.at + token.text.length);
          expect(span).toEqual({ start: token.from, end: token.to });
        }
        expect(normalize(result.text).text).toBe(result.text);
      }),
    );
  });

  it('is total, monotonic and idempotent on any text, and never maps a letter to white space', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join('')),
    );
    fc.assert(
      fc.property(anyText, (original) => {
        const result = normalize(original);
        expectTotalAndMonotonic(result, original);
        for (let i = 0; i < result.text.length; i++) {
          const span = toOriginalSpan(result, i, i + 1);
          expect(span.start).toBe(sourceOffset(result, i));
          if (/\p{L}/u.test(result.text.charAt(i))) expect(original.charAt(span.start)).not.toMatch(/\s/);
        }
        expect(normalize(result.text).text).toBe(result.text);
      }),
    );
  });
});
