import type { AnalysisInput, DetectorPlugin, DetectorResult } from '../../../core/plugin.js';
import type { EvidenceSpan } from '../../../model/detection.js';
import type { LexiconReading } from '../lexicon/reading.js';
import { Explainer } from './evidence.js';
import { FeatureExtractor } from './features.js';
import type { SoftmaxModel } from './model-file.js';
import { probabilities } from './scorer.js';
import { chooseLabel, type Thresholds } from './thresholds.js';

const NO_EVIDENCE: readonly EvidenceSpan[] = Object.freeze([]);

export interface ClassifierParts {
  readonly model: SoftmaxModel;
  readonly thresholds: Thresholds;
  /** The lexicon's reading of a document, shared with the lexicon detector (lexicon/shared-reader.ts). */
  readonly read: (input: AnalysisInput) => LexiconReading;
}

/**
 * The trained classifier as a detector. It takes the lexicon's cues and decision as features, so its label
 * already combines what the lexicon knows with what the n-grams learned; the lexicon cues that supported the
 * label come back as evidence beside the n-grams.
 */
export function createClassifierDetector(parts: ClassifierParts): DetectorPlugin {
  const { model, thresholds, read } = parts;
  const extractor = new FeatureExtractor();
  const explainer = new Explainer(model, extractor.lexiconFeatures);
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
    // Reads the lexicon's cues and decision as features and is calibrated: on the dev clusters it alone flagged
    // more trade texts than the higher-scoring of it and the rules (93.9% vs 93.0%) with the same false alarms,
    // and told mention from none far better (scripts/eval.ts).
    decides: true,
    detect(input): DetectorResult {
      const reading = read(input);
      const vector = extractor.extract(reading);
      const { label, score } = chooseLabel(probabilities(model, vector, probs), model.labels, thresholds);
      const rounded = Math.round(score * 1000) / 1000;
      if (label === 'none') return { label, score: rounded, evidence: NO_EVIDENCE };
      const evidence = explainer.explain(
        reading,
        extractor.layout(),
        vector.textScale,
        model.labels.indexOf(label),
        input.text,
      );
      return { label, score: rounded, evidence };
    },
  };
}
