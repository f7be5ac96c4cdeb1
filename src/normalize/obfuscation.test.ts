import { describe, expect, it } from 'vitest';
import { normalize, toOriginalSpan } from './normalize.js';
import { DISGUISED, ORDINARY } from './obfuscation-cases.js';
import { VOCABULARY_FORMS } from './transliteration-vocabulary.js';
import { VOCABULARY } from './vocabulary.js';

describe('normalize on disguised drug-ad text', () => {
  it.each(DISGUISED)('reads %s as %s', (disguised, expected) => {
    const result = normalize(disguised);
    expect(result.text).toBe(expected);
    expect(normalize(result.text).text).toBe(result.text);
  });

  it.each(ORDINARY)('leaves %s alone but for case', (text) => {
    expect(normalize(text).text).toBe(text.toLowerCase().replaceAll('ё', 'е'));
  });

  it('maps a de-obfuscated word back to the disguise the analyst sees', () => {
    const original = 'Продаю З А К Л А Д К И и 3аклaдки, zakladki и ммммеф💎';
    const normalized = normalize(original);
    const spans = [...normalized.text.matchAll(/закладки|меф/g)].map((m) => {
      const span = toOriginalSpan(normalized, m.index, m.index + m[0].length);
      return original.slice(span.start, span.end);
    });
    expect(spans).toEqual(['З А К Л А Д К И', '3аклaдки', 'zakladki', 'ммммеф']);
  });

  it('keeps the vocabulary in normalised form, so every word can be reached', () => {
    expect(VOCABULARY_FORMS.length).toBeGreaterThan(0);
    for (const word of VOCABULARY) expect(normalize(word).text).toBe(word);
  });
});
