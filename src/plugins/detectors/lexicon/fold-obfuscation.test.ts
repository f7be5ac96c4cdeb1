import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../normalize/normalize.js';
import { DISGUISED, ORDINARY } from '../../../normalize/obfuscation-cases.js';
import { foldObfuscation } from './fold-obfuscation.js';

function fold(text: string): string {
  return foldObfuscation(normalize(text), text).text;
}

describe('foldObfuscation', () => {
  it('leaves ordinary text alone and reports no map', () => {
    const text = 'продам диван, 5000тг, 0,5гр, 300мкг, iPhone 13, @shop_kz, и т.д.';
    const folded = foldObfuscation(normalize(text), text);
    expect(folded.text).toBe(normalize(text).text);
    expect(folded.toNormalized).toBeNull();
  });

  it.each([
    ['3аклaдки', 'закладки'],
    ['нaркoтики', 'наркотики'],
    ['МЕФЕДРОН with Latin М', 'мефедрон with latin м'],
    ['мефедр0н', 'мефедрон'],
    ['з@кладка', 'закладка'],
  ])('replaces look-alikes inside Cyrillic words: %s', (text, expected) => {
    const withLatinM = text.replace('МЕФЕДРОН', 'MЕФЕДРОН');
    expect(fold(withLatinM)).toBe(expected);
  });

  it('keeps numbers that only touch Cyrillic units', () => {
    expect(fold('3шт по 5гр, 2024год')).toBe('3шт по 5гр, 2024год');
  });

  it.each([
    ['М Е Ф, соль', 'меф, соль'],
    ['З.А.К.Л.А.Д.К.И в городе', 'закладки в городе'],
    ['работа с З.А.К.Л.А.Д.К.А', 'работа с закладка'],
    ['Работа с К Л А Д, шишки', 'работа с клад, шишки'],
    ['М Е Ф и соль', 'меф и соль'],
    ['м е ф е д р о н', 'мефедрон'],
  ])('joins spaced-out letters: %s', (text, expected) => {
    expect(fold(text)).toBe(expected);
  });

  it('leaves spaced letters the shared normaliser already joined as they are', () => {
    const text = 'Есть М Е Ф тут';
    const normalized = normalize(text);
    expect(normalized.text).toBe('есть меф тут');
    expect(foldObfuscation(normalized, text).text).toBe('есть меф тут');
  });

  describe('skipping what the normaliser saw no sign of', () => {
    function unflagged(text: string): ReturnType<typeof foldObfuscation> {
      return foldObfuscation({ ...normalize(text), mayMixScripts: true, maySpaceLetters: true }, text);
    }
    // Letters of both scripts and their look-alikes, digits, «@», «҂», spacers, and an emoji to be set apart.
    const units = [...'аеозкмнпсхыяaeokmnpcxy0346@҂ .-_*·/', 'А', 'К', 'M', '❄', '😀'];

    it.each([...DISGUISED.map(([text]) => text), ...ORDINARY, 'пиши @ы', '҂а б в', 'а я в шоке', 'с@ша', 'x҂y'])(
      'folds %s as it would with no sign given',
      (text) => {
        expect(foldObfuscation(normalize(text), text)).toEqual(unflagged(text));
      },
    );

    it('folds any text as it would with no sign given', () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...units), { maxLength: 40 }), (parts) => {
          const text = parts.join('');
          expect(foldObfuscation(normalize(text), text)).toEqual(unflagged(text));
        }),
        { numRuns: 2000 },
      );
    });
  });
});
