import { describe, expect, it } from 'vitest';
import type { LexiconEntry } from './lexicon.js';
import { compileMatcher } from './matcher.js';

function entry(term: string, category: LexiconEntry['category'] = 'substance'): LexiconEntry {
  return {
    term,
    language: 'ru',
    category,
    weight: 1,
    source: 'test',
    requiresContext: false,
    rule: `${category}:${term}`,
  };
}

const matcher = compileMatcher([
  entry('меф'),
  entry('мефедрон*'),
  entry('героин'),
  entry('наркот*'),
  entry('альфа-пвп'),
  entry('в закладки', 'negation'),
  entry('закладк*', 'delivery'),
  entry('гр', 'form_quantity'),
  entry('24/7', 'commerce'),
  entry('закладчик*', 'delivery'),
  entry('закладчик*', 'recruitment'),
]);

function found(text: string): string[] {
  return matcher
    .match(text)
    .map((hit) => `${text.slice(hit.start, hit.end)}=${hit.entries.map((e) => e.rule).join('+')}`);
}

describe('compileMatcher', () => {
  it('matches whole words only, stems with any ending', () => {
    expect(found('героиня героина героин мефедроном меф мефы')).toEqual([
      'героин=substance:героин',
      'мефедроном=substance:мефедрон*',
      'меф=substance:меф',
    ]);
  });

  it('prefers the longest term starting at a place', () => {
    expect(found('сохраните в закладки; закладки есть')).toEqual([
      'в закладки=negation:в закладки',
      'закладки=delivery:закладк*',
    ]);
  });

  it('treats spaces and hyphens inside a term as interchangeable', () => {
    expect(found('альфа-пвп, альфа пвп, альфапвп')).toHaveLength(3);
  });

  it('counts digits and punctuation as boundaries but not underscores', () => {
    expect(found('0,5гр 24/7 @мефедрон_shop наркотики.')).toEqual([
      'гр=form_quantity:гр',
      '24/7=commerce:24/7',
      'наркотики=substance:наркот*',
    ]);
  });

  it('finds a term that starts where one ending in a non-letter ends', () => {
    expect(found('24/724/7 гр')).toEqual(['24/7=commerce:24/7', '24/7=commerce:24/7', 'гр=form_quantity:гр']);
  });

  it('reports every entry that shares a term', () => {
    expect(found('закладчики')).toEqual(['закладчики=delivery:закладчик*+recruitment:закладчик*']);
  });
});
