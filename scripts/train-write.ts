import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  MODEL_NAME,
  type ModelHeader,
  type SoftmaxModel,
  sha256Hex,
  WEIGHT_ENCODING,
} from '../src/plugins/detectors/classifier/model-file.js';
import { packedToFile } from '../src/plugins/detectors/classifier/packed-weights.js';
import type { Thresholds } from '../src/plugins/detectors/classifier/thresholds.js';
import type { LabelledText } from './train-data.js';

/** Writes what `npm run train` produces: the model header and weights, the thresholds, the held-out texts. */
export interface TrainingOutput {
  readonly model: SoftmaxModel;
  readonly thresholds: Thresholds;
  readonly provenance: unknown;
  readonly metrics: unknown;
  readonly heldout: readonly LabelledText[];
}

/** Figures rounded for the JSON header (weights and calibration are not): long floats only make diffs noisy. */
function rounded(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1e6) / 1e6 : value;
}

export function writeModelFiles(root: string, out: TrainingOutput): void {
  const metrics: unknown = JSON.parse(JSON.stringify(out.metrics, rounded));
  const directory = join(root, 'data', 'models');
  const weightsFile = `${MODEL_NAME}.weights.bin`;
  const { packed, scales } = out.model;
  const bytes = packedToFile(packed);
  const header: ModelHeader & { training: unknown; metrics: unknown } = {
    format: 'qyran-softmax',
    version: out.model.version,
    labels: [...out.model.labels],
    features: out.model.features,
    temperature: out.model.temperature,
    bias: Array.from(out.model.bias),
    weights: { file: weightsFile, encoding: WEIGHT_ENCODING, scales: Array.from(scales), sha256: sha256Hex(bytes) },
    training: out.provenance,
    metrics,
  };
  writeFileSync(join(directory, weightsFile), bytes);
  writeFileSync(join(directory, `${MODEL_NAME}.json`), `${JSON.stringify(header, null, 2)}\n`);
  const thresholds = {
    model: MODEL_NAME,
    note: 'Minimum calibrated score per label; defaults chosen by npm run train on out-of-fold predictions (see data/models/README.md). Raise one to flag less and miss more.',
    minScore: out.thresholds,
  };
  writeFileSync(join(directory, 'thresholds.json'), `${JSON.stringify(thresholds, null, 2)}\n`);
  const heldout = out.heldout.map((t) =>
    JSON.stringify({ text: t.text, label: t.label, language: t.language, source: t.source }),
  );
  writeFileSync(join(root, 'data', 'training', 'heldout.jsonl'), `${heldout.join('\n')}\n`);
}
