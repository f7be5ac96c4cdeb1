import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEXICON_CATEGORIES, loadLexicon, parseLexiconCsv } from './lexicon.js';
import { findPackageRoot } from './package-root.js';

const lexicon = loadLexicon(join(findPackageRoot(import.meta.url), 'data', 'lexicon'));

describe('the lexicon files', () => {
  it('stay a seed of a few hundred entries in every category and language', () => {
    expect(lexicon.length).toBeGreaterThan(300);
    expect(lexicon.length).toBeLessThan(1000);
    for (const category of LEXICON_CATEGORIES) expect(lexicon.some((e) => e.category === category)).toBe(true);
    for (const language of ['ru', 'kk', 'en']) expect(lexicon.some((e) => e.language === language)).toBe(true);
  });

  it('list each term once per category', () => {
    const rules = lexicon.map((e) => e.rule);
    expect(rules.filter((rule, i) => rules.indexOf(rule) !== i)).toEqual([]);
  });

  it('name a known source for every entry', () => {
    const sources = new Set(lexicon.map((e) => e.source));
    expect([...sources].sort()).toEqual(['dea-2018', 'dea-emoji-press', 'observed', 'qyran']);
  });

  it('mark everyday words as needing context', () => {
    for (const term of ['соль', 'скорость', 'магнит', 'курьер', 'мука', 'шишки']) {
      expect(lexicon.find((e) => e.term === term)?.requiresContext, term).toBe(true);
    }
  });
});

describe('parseLexiconCsv', () => {
  const header = 'term,language,category,weight,source,requires_context';

  it('reads rows, with requires_context optional', () => {
    const entries = parseLexiconCsv(`${header}\nмеф,ru,substance,1,qyran,false\nклад,ru,delivery,0.5,qyran\n`, 't.csv');
    expect(entries).toEqual([
      {
        term: 'меф',
        language: 'ru',
        category: 'substance',
        weight: 1,
        source: 'qyran',
        requiresContext: false,
        rule: 'substance:меф',
      },
      {
        term: 'клад',
        language: 'ru',
        category: 'delivery',
        weight: 0.5,
        source: 'qyran',
        requiresContext: false,
        rule: 'delivery:клад',
      },
    ]);
  });

  it.each([
    ['a wrong header', 'term,lang,category,weight,source\nмеф,ru,substance,1,qyran'],
    ['an unknown category', `${header}\nмеф,ru,drugs,1,qyran,false`],
    ['a bad weight', `${header}\nмеф,ru,substance,heavy,qyran,false`],
    ['an upper-case term', `${header}\nМеф,ru,substance,1,qyran,false`],
    ['a bad flag', `${header}\nмеф,ru,substance,1,qyran,maybe`],
  ])('rejects %s', (_, csv) => {
    expect(() => parseLexiconCsv(csv, 't.csv')).toThrow(/t\.csv/);
  });
});
