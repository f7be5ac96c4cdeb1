import { describe, expect, it } from 'vitest';
import { normalize } from '../../../normalize/normalize.js';
import { FeatureExtractor } from './features.js';
import { lexiconDirectory, loadTermMatcher, readLexicon } from './lexicon-view.js';

const matcher = loadTermMatcher(lexiconDirectory(import.meta.url));

function viewOf(text: string) {
  return readLexicon(matcher, { text, normalized: normalize(text), title: null, language: null });
}

function sorted(values: Iterable<number>): number[] {
  return [...values].sort((a, b) => a - b);
}

describe('feature extractor', () => {
  it('gives evidence the same n-grams and words the scorer sums', () => {
    const extractor = new FeatureExtractor();
    const view = viewOf('Меф 0,5г — 9 000₸ 💎\nклад  магнит, оператор @shop_kz');
    const words = extractor.wordsAt(view.folded);
    const fromEvidence = [
      ...extractor.charNgramsAt(view.folded).buckets,
      ...words.buckets,
      ...words.bigrams.filter((bigram) => bigram >= 0),
    ];
    expect(sorted(extractor.extract(view).text)).toEqual(sorted(fromEvidence));
  });

  it('reads a disguised word as the plain one', () => {
    const extractor = new FeatureExtractor();
    const plain = sorted(extractor.extract(viewOf('закладки меф')).text);
    expect(sorted(extractor.extract(viewOf('3аклaдки м е ф')).text)).toEqual(plain);
  });

  it('folds digits to one class, so prices and doses share features', () => {
    const extractor = new FeatureExtractor();
    const a = sorted(extractor.extract(viewOf('1г 17000')).text);
    expect(sorted(extractor.extract(viewOf('2г 35000')).text)).toEqual(a);
  });

  it('turns lexicon cues and the lexicon decision into distinct features', () => {
    const extractor = new FeatureExtractor();
    const vector = extractor.extract(viewOf('Меф крис 1г, клад, оператор @shop_kz'));
    expect(vector.lexicon.length).toBeGreaterThan(4);
    expect(new Set(vector.lexicon).size).toBe(vector.lexicon.length);
    expect(vector.textScale).toBeCloseTo(1 / Math.sqrt(vector.text.length));
  });

  it('handles empty text', () => {
    const vector = new FeatureExtractor().extract(viewOf(''));
    expect(vector.text.length).toBe(0);
    expect(vector.textScale).toBe(0);
  });
});
