import { normalize } from '../src/normalize/normalize.js';
import type { FeatureExtractor } from '../src/plugins/detectors/classifier/features.js';
import type { TermMatcher } from '../src/plugins/detectors/lexicon/matcher.js';
import { readDocument } from '../src/plugins/detectors/lexicon/reading.js';
import type { TrainingExample } from './train-softmax.js';

/** Turns a text into the detector's own feature vector, copied out of the extractor's reused buffers. */
export function featurize(
  text: string,
  label: number,
  weight: number,
  matcher: TermMatcher,
  extractor: FeatureExtractor,
): TrainingExample {
  const reading = readDocument(matcher, { text, normalized: normalize(text), title: null, language: null });
  const vector = extractor.extract(reading);
  const ngrams = vector.text.slice(0, vector.textCount);
  const lexicon = vector.lexicon.slice(0, vector.lexiconCount);
  const { textCount, lexiconCount, textScale } = vector;
  return { text: ngrams, textCount, lexicon, lexiconCount, textScale, label, weight };
}
