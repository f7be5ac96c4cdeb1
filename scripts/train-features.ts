import { normalize } from '../src/normalize/normalize.js';
import type { FeatureExtractor } from '../src/plugins/detectors/classifier/features.js';
import { readLexicon } from '../src/plugins/detectors/classifier/lexicon-view.js';
import type { TermMatcher } from '../src/plugins/detectors/lexicon/matcher.js';
import type { TrainingExample } from './train-softmax.js';

/** Turns a text into the detector's own feature vector, copied out of the extractor's reused buffers. */
export function featurize(
  text: string,
  label: number,
  weight: number,
  matcher: TermMatcher,
  extractor: FeatureExtractor,
): TrainingExample {
  const view = readLexicon(matcher, { text, normalized: normalize(text), title: null, language: null });
  const vector = extractor.extract(view);
  return { text: vector.text.slice(), lexicon: vector.lexicon.slice(), textScale: vector.textScale, label, weight };
}
