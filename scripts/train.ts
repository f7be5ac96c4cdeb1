import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPackageRoot } from '../src/core/package-root.js';
import { DETECTION_LABELS, type DetectionLabel } from '../src/model/detection.js';
import { FEATURE_CONFIG } from '../src/plugins/detectors/classifier/feature-config.js';
import { FeatureExtractor } from '../src/plugins/detectors/classifier/features.js';
import type { SoftmaxModel } from '../src/plugins/detectors/classifier/model-file.js';
import { probabilities } from '../src/plugins/detectors/classifier/scorer.js';
import { chooseLabel, type Thresholds } from '../src/plugins/detectors/classifier/thresholds.js';
import { loadLexicon } from '../src/plugins/detectors/lexicon/lexicon.js';
import { compileMatcher } from '../src/plugins/detectors/lexicon/matcher.js';
import { figuresOf, type Prediction } from './eval-metrics.js';
import { tableHeader, tableRow } from './eval-table.js';
import { chooseThresholds, fitTemperature, probabilitiesAt } from './train-calibrate.js';
import {
  CORPUS_SEED,
  loadCorpus,
  normalizedFingerprint,
  SYNTHETIC_PER_TEMPLATE,
  writtenHereDirectory,
} from './train-corpus.js';
import type { LabelledText } from './train-data.js';
import { featurize } from './train-features.js';
import { fitModel, OPTIONS, outOfFold } from './train-fit.js';
import type { TrainingExample } from './train-softmax.js';
import { FOLDS } from './train-split.js';
import { TG_SPAM_SAMPLE } from './train-vendor-tg-spam.js';
import { writeModelFiles } from './train-write.js';

/**
 * `npm run train`: trains the classifier from the labelled data in the repo, calibrates it and picks thresholds
 * on out-of-fold predictions, measures it on the dev clusters it never saw, and writes data/models.
 * Deterministic: the same data, lexicon and normaliser give byte-identical files.
 */
const MODEL_VERSION = '2.1.0';
// Generator texts repeat their templates; the written and real texts are the ones to learn from.
const SOURCE_WEIGHT: Readonly<Record<LabelledText['source'], number>> = {
  'written-here': 1,
  obfuscated: 0.5,
  synthetic: 0.4,
  'news-ru-sample': 1,
  'tg-spam-sample': 1,
};

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function labelIndex(label: DetectionLabel): number {
  return DETECTION_LABELS.indexOf(label);
}

/** Square-root inverse frequency: rare labels count more without letting a handful of texts dominate. */
function classWeights(items: readonly LabelledText[]): Map<DetectionLabel, number> {
  const counts = new Map<DetectionLabel, number>();
  for (const item of items) counts.set(item.label, (counts.get(item.label) ?? 0) + 1);
  return new Map(
    DETECTION_LABELS.map((label) => [
      label,
      Math.sqrt(items.length / (DETECTION_LABELS.length * Math.max(1, counts.get(label) ?? 0))),
    ]),
  );
}

function predictWith(model: SoftmaxModel, thresholds: Thresholds, examples: readonly TrainingExample[]): Prediction[] {
  const probs = new Float64Array(model.labels.length);
  return examples.map((e) => ({
    truth: model.labels[e.label] ?? 'none',
    predicted: chooseLabel(probabilities(model, e, probs), model.labels, thresholds).label,
  }));
}

function main(): void {
  const started = performance.now();
  const root = findPackageRoot(import.meta.url);
  const { items, splits, folds, clusterCount } = loadCorpus(root);
  const matcher = compileMatcher(loadLexicon(join(root, 'data', 'lexicon')));
  const extractor = new FeatureExtractor();
  const isTrain = (i: number): boolean => splits[i] === 'train';
  const weights = classWeights(items.filter((_, i) => isTrain(i)));
  const examples = items.map((item) =>
    featurize(
      item.text,
      labelIndex(item.label),
      (weights.get(item.label) ?? 1) * SOURCE_WEIGHT[item.source],
      matcher,
      extractor,
    ),
  );
  const train = examples.filter((_, i) => isTrain(i));
  const dev = (source: LabelledText['source'] | null): TrainingExample[] =>
    examples.filter((_, i) => !isTrain(i) && (source === null || items[i]?.source === source));
  process.stderr.write(
    `${items.length} texts in ${clusterCount} clusters; train ${train.length} (${FOLDS} folds), dev ${dev(null).length}\n`,
  );

  const outOfFoldScores = outOfFold(
    train,
    folds.filter((_, i) => isTrain(i)),
    CORPUS_SEED,
  );
  const temperature = fitTemperature(outOfFoldScores);
  const outOfFoldProbs = probabilitiesAt(outOfFoldScores, temperature);
  const truths = outOfFoldScores.map((s) => s.truth);
  const thresholds = chooseThresholds(outOfFoldProbs, truths, DETECTION_LABELS);
  const table = fitModel(train, CORPUS_SEED);
  const model: SoftmaxModel = {
    version: MODEL_VERSION,
    labels: DETECTION_LABELS,
    features: FEATURE_CONFIG,
    temperature,
    ...table,
  };

  const rows: [string, Prediction[]][] = [
    ['dev (all sources)', predictWith(model, thresholds, dev(null))],
    ['dev written-here', predictWith(model, thresholds, dev('written-here'))],
    ['dev obfuscated copies', predictWith(model, thresholds, dev('obfuscated'))],
    ['dev synthetic (held-out templates)', predictWith(model, thresholds, dev('synthetic'))],
    ['dev news-ru-sample', predictWith(model, thresholds, dev('news-ru-sample'))],
    ['dev tg-spam-sample', predictWith(model, thresholds, dev('tg-spam-sample'))],
    [
      'train, out-of-fold',
      outOfFoldProbs.map((p, i) => ({
        truth: DETECTION_LABELS[truths[i] ?? 0] ?? 'none',
        predicted: chooseLabel(p, DETECTION_LABELS, thresholds).label,
      })),
    ],
    ['train, in-sample', predictWith(model, thresholds, train)],
  ];
  process.stderr.write(`temperature ${temperature.toFixed(3)}, thresholds ${JSON.stringify(thresholds)}\n`);
  process.stderr.write(`${tableHeader()}\n`);
  for (const [name, predictions] of rows) process.stderr.write(`${tableRow(name, figuresOf(predictions))}\n`);

  const dataFiles = [
    ...readdirSync(writtenHereDirectory(root))
      .filter((f) => f.endsWith('.tsv'))
      .sort()
      .map((f) => join('data', 'training', 'written-here', f)),
    join('data', 'demo', 'news-ru-sample.jsonl'),
    join('data', 'training', TG_SPAM_SAMPLE),
    join('data', 'lexicon', 'terms.csv'),
    join('data', 'lexicon', 'terms-dea-2018.csv'),
  ];
  writeModelFiles(root, {
    model,
    thresholds,
    provenance: {
      seed: CORPUS_SEED,
      options: OPTIONS,
      sourceWeight: SOURCE_WEIGHT,
      syntheticPerTemplate: SYNTHETIC_PER_TEMPLATE,
      splits: `near-duplicate clusters (generator template, or MinHash Jaccard >= 0.6 on char 5-shingles); 85/15 train/dev by cluster hash; temperature and thresholds from ${FOLDS}-fold out-of-fold predictions on train`,
      counts: { texts: items.length, clusters: clusterCount, train: train.length, dev: dev(null).length },
      data: dataFiles.map((file) => ({ file, sha256: sha256(readFileSync(join(root, file))) })),
      synthetic: sha256(
        items
          .filter((i) => i.source === 'synthetic')
          .map((i) => i.text)
          .join('\n'),
      ),
      normalizedTextSha256: normalizedFingerprint(items),
    },
    metrics: Object.fromEntries(rows.map(([name, predictions]) => [name, figuresOf(predictions)])),
    heldout: items.filter((item, i) => !isTrain(i) && item.source === 'written-here'),
  });
  process.stderr.write(`trained in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

main();
