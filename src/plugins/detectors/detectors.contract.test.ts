import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../core/registry.js';
import { DETECTION_LABELS } from '../../model/detection.js';
import { normalize } from '../../normalize/normalize.js';

const registry = await loadRegistry();
const SAMPLES = [
  '',
  'Меф, альфа, шишки в наличии. Закладки по Алматы, оператор @shop_almaty24',
  'Требуется курьер в службу доставки, оплата ежедневно',
  'Есірткі сатамын, жеткізу бар',
  'МДМА  🍁 ❄️ 💊 tg bot',
  'з\u200bа\u200bк\u200bл\u200bа\u200bд\u200bк\u200bи',
];

describe.each(registry.detectors.map((d) => [d.meta.id, d] as const))('detector contract: %s', (_id, detector) => {
  const check = (text: string): void => {
    const input = { text, normalized: normalize(text), title: null, language: null };
    const result = detector.detect(input);
    expect(DETECTION_LABELS).toContain(result.label);
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(1);
    for (const e of result.evidence) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(e.rule.length).toBeGreaterThan(0);
    }
    expect(detector.detect(input)).toEqual(result);
  };

  it('gives a valid label, a score in 0..1 and evidence spans that point into the original text', () => {
    for (const sample of SAMPLES) check(sample);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check), { numRuns: 300 });
  });
});
