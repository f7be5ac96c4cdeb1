import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPackageRoot } from '../../../core/package-root.js';
import type { DetectorResult } from '../../../core/plugin.js';
import { normalize } from '../../../normalize/normalize.js';
import classifierDetector from './index.js';
import { MODEL_NAME, readModel } from './model-file.js';

function detect(text: string): DetectorResult {
  return classifierDetector.detect({ text, normalized: normalize(text), title: null, language: null });
}

describe('classifier detector', () => {
  it('loads the committed model once and reports its version', () => {
    const model = readModel(join(findPackageRoot(import.meta.url), 'data', 'models'), MODEL_NAME);
    expect(classifierDetector.meta).toMatchObject({ kind: 'detector', id: 'classifier', version: model.version });
  });

  it.each([
    ['sale', 'Мефедрон крис 1г — 18 000₸, клад магнит/прикоп, оператор в профиле, оплата Kaspi'],
    ['sale', 'Мeфедрoн крuс 1г 19000тг, кладу в течение часа. Оплата Kaspi. Пишите в телегу'],
    ['sale', 'Pure MDMA crystals 84%, stealth shipping, escrow, FE for trusted buyers'],
    ['recruitment', 'Требуются закладчики! Оплата от 300к в неделю, выплаты ежедневно, без опыта'],
    ['recruitment', 'Жұмыс бар! Закладчик керек, апталық жалақы 300 мың, күнделікті төлем'],
    ['mention', 'В Алматы задержали закладчика с 40 свёртками мефедрона, возбуждено уголовное дело'],
    ['none', 'Требуется курьер в службу доставки, оплата ежедневно, свой велосипед'],
    ['none', 'Соль поваренная йодированная, мешок 25 кг, доставка по городу'],
    ['none', 'Закладка фундамента под ключ, бригада с опытом 15 лет'],
  ])('calls %s: %s', (label, text) => {
    expect(detect(text).label).toBe(label);
  });

  it('gives the same result every time', () => {
    const text = 'З А К Л А Д К И по всему Шымкенту. Меф, альфа, шишки. Заказ через оператора';
    expect(detect(text)).toEqual(detect(text));
  });

  it('points evidence into the original text, through disguises, naming the n-gram or lexicon rule', () => {
    const text = 'Требуются З А К Л А Д Ч И К И 💰\nМeфедрoн крuс, оплата 300к в неделю';
    const result = detect(text);
    expect(result.label).toBe('recruitment');
    expect(result.evidence.length).toBeGreaterThan(0);
    for (const e of result.evidence) {
      expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(e.rule).toMatch(/^classifier:(ngram|lexicon):/);
    }
    expect(result.evidence.map((e) => e.text)).toContain('З А К Л А Д Ч И К И');
    expect(result.evidence.map((e) => e.rule)).toContain('classifier:lexicon:recruitment:закладчик*');
  });

  it('names each word, pair or rule once, even where one word repeated fills the strongest places', () => {
    const result = detect(`${'Мефедрон '.repeat(12)}закладки, оплата Kaspi, клад магнит, пишите оператору`);
    const rules = result.evidence.map((e) => e.rule);
    expect(new Set(rules).size).toBe(rules.length);
    const ngrams = rules.filter((rule) => rule.startsWith('classifier:ngram:'));
    expect(ngrams).toHaveLength(5);
    expect(ngrams).toContain('classifier:ngram:мефедрон');
    expect(ngrams).toContain('classifier:ngram:оператору');
  });

  it('scores a calibrated probability and gives no evidence for none', () => {
    const result = detect('Кто едет завтра на шашлыки? Нужно ещё два человека в машину');
    expect(result).toMatchObject({ label: 'none', evidence: [] });
    expect(result.score).toBeGreaterThan(0.5);
    expect(result.score).toBeLessThanOrEqual(1);
  });
});
