import { describe, expect, it } from 'vitest';
import { estimatedJaccard, minhashSignature, textBands } from './minhash.js';

const AD = 'Снег Алматы лучшее качество в городе. Мефедрон 10 шт 13000 KZT. Тип клада магнит прикоп. Пишите оператору';

describe('MinHash LSH', () => {
  it('puts copies of one template with other numbers in a common band', () => {
    const a = new Set(textBands(`${AD} +77011234567`));
    const b = textBands(`${AD.replace('13000', '14500')} +77059876543`);
    expect(b.some((band) => a.has(band))).toBe(true);
  });

  it('keeps unrelated texts apart', () => {
    const a = new Set(textBands(AD));
    const b = textBands(
      'Продаю детскую коляску в хорошем состоянии, самовывоз из Караганды, звоните вечером после шести',
    );
    expect(b.some((band) => a.has(band))).toBe(false);
  });

  it('estimates similarity and skips texts too short to be a template', () => {
    const a = minhashSignature(AD);
    const b = minhashSignature(`${AD} срочно`);
    if (a === null || b === null) throw new Error('signature expected');
    expect(estimatedJaccard(a, b)).toBeGreaterThan(0.6);
    expect(minhashSignature('+1')).toBeNull();
    expect(textBands('спасибо')).toEqual([]);
  });
});
