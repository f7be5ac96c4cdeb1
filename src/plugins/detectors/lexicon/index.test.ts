import { describe, expect, it } from 'vitest';
import type { DetectorResult } from '../../../core/plugin.js';
import { normalize } from '../../../normalize/normalize.js';
import lexiconDetector from './index.js';

function detect(text: string): DetectorResult {
  return lexiconDetector.detect({ text, normalized: normalize(text), title: null, language: null });
}

function rules(result: DetectorResult): string[] {
  return result.evidence.map((e) => e.rule);
}

describe('lexicon detector', () => {
  it('declares itself as the lexicon detector', () => {
    expect(lexiconDetector.meta).toMatchObject({
      kind: 'detector',
      id: 'lexicon',
      version: '1.1.0',
      consumes: ['document.text'],
      produces: ['detection'],
    });
  });

  it.each([
    ['sale', 'Мефедрон крис 1г - 15000тг, клад магнит/прикоп, оператор @almaty_op'],
    ['sale', 'Есть шишки и бошки, 0.5г 9000 тг. Гео + фото после оплаты, прикоп. Пиши @green_op'],
    ['sale', 'Есірткі сатамын, Алматы. Бағасы 12000 тг, закладка. Жазыңыз @op_kz'],
    ['sale', 'Selling molly and xanax in Almaty, dead drops only. DM @plug_kz, BTC accepted'],
    ['recruitment', 'Требуются закладчики! З/п от 300к в неделю, выплаты ежедневно, пиши @hr_work'],
    ['recruitment', 'Лёгкая подработка, 40 000 в день: сделать клад, фото с координатами. @job_kz'],
    ['recruitment', 'Жұмысқа шақырамыз! Курьер-закладчик қажет, күнделікті төлем. @job_kz'],
    ['propaganda', 'Попробуй мефедрон, это кайф, не вызывает привыкания'],
    ['propaganda', 'Weed is natural, legalize it! Getting high is safer than booze #420'],
    ['mention', 'В Алматы задержали закладчика с 2 кг мефедрона'],
    ['mention', 'Суд приговорил организатора наркошопа к 12 годам лишения свободы'],
    ['mention', 'Қарағанды қаласында 5 кг есірткі тәркіленді, күдікті ұсталды'],
    ['mention', 'Police in Almaty seized 40 kg of heroin, two suspects arrested'],
    ['none', 'Требуется курьер в службу доставки, оплата ежедневно'],
    ['none', 'соль поваренная 1 кг'],
    ['none', 'Магнит на холодильник с логотипом, цена 500 тг, +7 707 123 45 67'],
    ['none', 'Подключим интернет: скорость до 500 Мбит/с, звоните +7 701 111 22 33'],
    ['none', 'Лечение наркомании и алкоголизма, нарколог на дом, +7 701 111 22 33'],
    ['none', 'Сохраните подборку в закладки, пригодится'],
    ['none', 'Главная героиня сериала возвращается домой'],
    ['none', 'Продам iPhone 13, отличное состояние, 250000 тг, @aigerim_kz'],
  ])('labels %s: %s', (label, text) => {
    expect(detect(text).label).toBe(label);
  });

  it('reads through disguised spellings', () => {
    const result = detect('М Е Ф и 3аклaдки по городу, пишите @x_shop, оплата USDT');
    expect(result.label).toBe('sale');
    expect(rules(result)).toEqual(expect.arrayContaining(['substance:меф', 'delivery:закладк*']));
    const disguised = result.evidence.find((e) => e.rule === 'delivery:закладк*');
    expect(disguised?.text).toBe('3аклaдки');
  });

  it('gives evidence spans that point into the original text and name their rule', () => {
    const text = 'ЁЖИК 🌿 Мефедрон (крис) — 0,5гр 12 000 ₸, клад «магнит». Оператор: @Shop_Op';
    const result = detect(text);
    expect(result.label).toBe('sale');
    expect(result.evidence.length).toBeGreaterThan(3);
    for (const span of result.evidence) {
      expect(span.end).toBeGreaterThan(span.start);
      expect(text.slice(span.start, span.end)).toBe(span.text);
      expect(span.rule).toMatch(/^[a-z_]+:.+/);
    }
    expect(result.evidence.find((e) => e.rule === 'substance:мефедрон*')?.text).toBe('Мефедрон');
    expect(result.evidence.find((e) => e.rule === 'contact:telegram-handle')?.text).toBe('@Shop_Op');
  });

  it('scores in 0..1 and is more sure of a full shop ad than of a bare one', () => {
    const full = detect('Мефедрон 1г 15000тг, клад магнит/прикоп, оператор @shop_op, оплата USDT');
    const bare = detect('Мефедрон, пиши @shop_op');
    expect(full.label).toBe('sale');
    expect(bare.label).toBe('sale');
    for (const r of [full, bare, detect('Привет, как дела?')]) {
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
    expect(full.score).toBeGreaterThan(bare.score);
  });

  it('returns none with no evidence for empty text', () => {
    expect(detect('')).toEqual({ label: 'none', score: 1, evidence: [] });
  });
});
