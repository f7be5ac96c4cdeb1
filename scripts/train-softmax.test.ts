import { describe, expect, it } from 'vitest';
import { FeatureExtractor } from '../src/plugins/detectors/classifier/features.js';
import { loadLexicon } from '../src/plugins/detectors/lexicon/lexicon.js';
import { compileMatcher } from '../src/plugins/detectors/lexicon/matcher.js';
import { lexiconDirectory } from '../src/plugins/detectors/lexicon/shared-reader.js';
import { featurize } from './train-features.js';
import { floatLogitsOf } from './train-float-scorer.js';
import { trainSoftmax } from './train-softmax.js';

const TINY: readonly [string, number][] = [
  ['Меф крис 1г 17к, клад магнит, оператор в лс', 0],
  ['Шишки 2г 20 000, прикоп, оплата каспи', 0],
  ['Требуются закладчики, оплата ежедневно', 1],
  ['Ищем кладменов, 5к за адрес, без опыта', 1],
  ['Трава безвредна, легализуйте', 2],
  ['В Алматы задержали закладчика с мефедроном', 3],
  ['Продам диван, почти новый, самовывоз', 4],
  ['Кто едет завтра на шашлыки?', 4],
];
const OPTIONS = { bits: 18, labelCount: 5, epochs: 4, batchSize: 3, learningRate: 0.05, l2: 1e-6, seed: 7 };

describe('softmax training', () => {
  const matcher = compileMatcher(loadLexicon(lexiconDirectory));
  const extractor = new FeatureExtractor();
  const examples = TINY.map(([text, label]) => featurize(text, label, 1, matcher, extractor));

  it('gives bit-identical weights for the same data and seed', () => {
    const a = trainSoftmax(examples, OPTIONS);
    const b = trainSoftmax(examples, OPTIONS);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    expect(Array.from(a.bias)).toEqual(Array.from(b.bias));
    const other = trainSoftmax(examples, { ...OPTIONS, seed: 8 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(other.weights.buffer))).toBe(false);
  });

  it('fits the examples it was trained on', () => {
    const model = trainSoftmax(examples, { ...OPTIONS, epochs: 30 });
    const out = new Float64Array(5);
    for (const example of examples) {
      const logits = Array.from(floatLogitsOf(model, example, out));
      expect(logits.indexOf(Math.max(...logits))).toBe(example.label);
    }
  });
});
