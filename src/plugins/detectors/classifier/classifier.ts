import type { DetectorPlugin, DetectorResult } from '../../../core/plugin.js';
import type { TermMatcher } from '../lexicon/matcher.js';
import { explain } from './evidence.js';
import { FeatureExtractor } from './features.js';
import { readLexicon } from './lexicon-view.js';
import type { SoftmaxModel } from './model-file.js';
import { probabilities } from './scorer.js';
import { chooseLabel, type Thresholds } from './thresholds.js';

export interface ClassifierParts {
  readonly model: SoftmaxModel;
  readonly thresholds: Thresholds;
  readonly matcher: TermMatcher;
}

/**
 * The trained classifier as a detector. It reads the lexicon's cues itself and uses them as features, so its
 * label already combines what the lexicon knows with what the n-grams learned; the lexicon cues that supported
 * the label come back as evidence beside the n-grams.
 */
export function createClassifierDetector(parts: ClassifierParts): DetectorPlugin {
  const { model, thresholds, matcher } = parts;
  const extractor = new FeatureExtractor();
  const probs = new Float64Array(model.labels.length);
  return {
    meta: {
      kind: 'detector',
      id: 'classifier',
      version: model.version,
      description:
        'Trained softmax classifier (hashed char/word n-grams + lexicon cues) for drug sale, courier recruitment, propaganda and mentions; data/models.',
      consumes: ['document.text'],
      produces: ['detection'],
    },
    detect(input): DetectorResult {
      const view = readLexicon(matcher, input);
      const vector = extractor.extract(view);
      const { label, score } = chooseLabel(probabilities(model, vector, probs), model.labels, thresholds);
      const rounded = Math.round(score * 1000) / 1000;
      if (label === 'none') return { label, score: rounded, evidence: [] };
      const evidence = explain(model, extractor, view, vector, model.labels.indexOf(label), input.text);
      return { label, score: rounded, evidence };
    },
  };
}
