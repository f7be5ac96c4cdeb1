import { describe, expect, it } from 'vitest';
import { normalize } from '../../../normalize/normalize.js';
import { readShared } from '../lexicon/shared-reader.js';
import { FeatureExtractor, type FeatureVector } from './features.js';

function viewOf(text: string) {
  return readShared({ text, normalized: normalize(text), title: null, language: null });
}

/** The text features, sorted: the vector's buffers are reused by the next call. */
function textOf(vector: FeatureVector): number[] {
  return [...vector.text.subarray(0, vector.textCount)].sort((a, b) => a - b);
}

describe('feature extractor', () => {
  it('lays out word features, then a 4- and a 5-gram per unit position, for evidence', () => {
    const extractor = new FeatureExtractor();
    const view = viewOf('Меф 0,5г — 9 000₸ 💎\nклад  магнит, оператор @shop_kz');
    const vector = extractor.extract(view);
    const layout = extractor.layout();
    const words = Array.from({ length: layout.wordCount }, (_, i) =>
      view.folded.slice(layout.wordStarts[i], layout.wordEnds[i]),
    );
    expect(words).toEqual(['меф', '0', '5г', '9', '000', 'клад', 'магнит', 'оператор', 'shop', 'kz']);
    expect(layout.charStart).toBe(2 * layout.wordCount - 1);
    expect(vector.textCount).toBe(layout.charStart + 2 * (layout.unitCount - 4) + 1);
    expect(view.folded.charAt(layout.unitOffsets[1] ?? -1)).toBe('м');
  });

  it('reads a disguised word as the plain one', () => {
    const extractor = new FeatureExtractor();
    const plain = textOf(extractor.extract(viewOf('закладки меф')));
    expect(textOf(extractor.extract(viewOf('3аклaдки м е ф')))).toEqual(plain);
  });

  it('folds digits to one class, so prices and doses share features', () => {
    const extractor = new FeatureExtractor();
    const a = textOf(extractor.extract(viewOf('1г 17000')));
    expect(textOf(extractor.extract(viewOf('2г 35000')))).toEqual(a);
  });

  it('turns lexicon cues and the lexicon decision into distinct features', () => {
    const extractor = new FeatureExtractor();
    const vector = extractor.extract(viewOf('Меф крис 1г, клад, оператор @shop_kz'));
    const lexicon = vector.lexicon.subarray(0, vector.lexiconCount);
    expect(lexicon.length).toBeGreaterThan(4);
    expect(new Set(lexicon).size).toBe(lexicon.length);
    expect(vector.textScale).toBeCloseTo(1 / Math.sqrt(vector.textCount));
  });

  it('handles empty text', () => {
    const vector = new FeatureExtractor().extract(viewOf(''));
    expect(vector.textCount).toBe(0);
    expect(vector.textScale).toBe(0);
  });
});
