import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { QyranError } from '../../../core/errors.js';
import { DETECTION_LABELS, type DetectionLabel } from '../../../model/detection.js';
import { FEATURE_CONFIG, type FeatureConfig } from './feature-config.js';
import { packedFromFile, packWeights, RELATIVE_LABELS, WEIGHT_MAX } from './packed-weights.js';
import type { ScoringTable } from './scorer.js';

/**
 * The committed model: a JSON header (version, feature configuration, calibration, provenance, metrics) and a
 * binary file of int4 weights relative to none's, packed as the scorer reads them (packed-weights.ts), one scale
 * per label. Quantised because the scorer reads a smaller table faster and 2^bits buckets x labels of float32 is
 * megabytes in git for every retraining; training measures the quantised model, so the figures it reports are
 * the committed model's.
 */
export interface SoftmaxModel extends ScoringTable {
  /** The detector's version: recorded in every Detection. */
  readonly version: string;
  /** Output order of the logits; always DETECTION_LABELS, none last. */
  readonly labels: readonly DetectionLabel[];
  readonly features: FeatureConfig;
  /** Logits are divided by it before the softmax (temperature scaling, fitted on held-out data). */
  readonly temperature: number;
}

/** The committed model's file name stem in data/models. */
export const MODEL_NAME = 'classifier-v2';
export const WEIGHT_ENCODING = 'int4x4-relative-to-none-per-label-scale-uint16le';

const HeaderSchema = z.object({
  format: z.literal('qyran-softmax'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  labels: z.array(z.enum(DETECTION_LABELS)),
  features: z.object({
    bits: z.number().int().min(8).max(24),
    charNgramMin: z.number().int().min(1),
    charNgramMax: z.number().int().min(1),
  }),
  temperature: z.number().positive(),
  bias: z.array(z.number()),
  weights: z.object({
    file: z.string(),
    encoding: z.literal(WEIGHT_ENCODING),
    scales: z.array(z.number().nonnegative()),
    sha256: z.string(),
  }),
});

export type ModelHeader = z.infer<typeof HeaderSchema>;

/**
 * Makes five-label weights (bucket-major) and biases relative to none's, the last label, and rounds each label's
 * weights to int4 with the scale that maps its largest magnitude to WEIGHT_MAX: the table the scorer reads.
 */
export function quantize(weights: Float32Array, bias: Float32Array): ScoringTable {
  const labelCount = RELATIVE_LABELS + 1;
  const buckets = weights.length / labelCount;
  const relative = new Float64Array(buckets * RELATIVE_LABELS);
  const scales = new Float32Array(RELATIVE_LABELS);
  for (let b = 0; b < buckets; b++) {
    const none = weights[b * labelCount + RELATIVE_LABELS] ?? 0;
    for (let k = 0; k < RELATIVE_LABELS; k++) {
      const w = (weights[b * labelCount + k] ?? 0) - none;
      relative[b * RELATIVE_LABELS + k] = w;
      scales[k] = Math.max(scales[k] ?? 0, Math.abs(w) / WEIGHT_MAX);
    }
  }
  const quantized = new Int8Array(relative.length);
  for (let i = 0; i < relative.length; i++) {
    const scale = scales[i % RELATIVE_LABELS] ?? 0;
    quantized[i] = scale === 0 ? 0 : Math.round((relative[i] ?? 0) / scale);
  }
  const noneBias = bias[RELATIVE_LABELS] ?? 0;
  return { packed: packWeights(quantized), scales, bias: Float32Array.from(bias, (b) => b - noneBias) };
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function invalid(path: string, why: string): never {
  throw new QyranError('CONFIG_INVALID', `${path}: ${why}`, { hint: 'retrain with npm run train' });
}

/** Reads `<directory>/<name>.json` and the weights file it names, checking sizes and the weights' hash. */
export function readModel(directory: string, name: string): SoftmaxModel {
  const headerPath = join(directory, `${name}.json`);
  const parsed = HeaderSchema.safeParse(JSON.parse(readFileSync(headerPath, 'utf8')));
  if (!parsed.success) return invalid(headerPath, z.prettifyError(parsed.error));
  const header = parsed.data;
  const labelsMatch =
    header.labels.length === DETECTION_LABELS.length && header.labels.every((l, i) => l === DETECTION_LABELS[i]);
  if (!labelsMatch) invalid(headerPath, `labels must be ${DETECTION_LABELS.join(',')}`);
  const { bits, charNgramMin, charNgramMax } = header.features;
  if (
    bits !== FEATURE_CONFIG.bits ||
    charNgramMin !== FEATURE_CONFIG.charNgramMin ||
    charNgramMax !== FEATURE_CONFIG.charNgramMax
  ) {
    invalid(
      headerPath,
      `features ${JSON.stringify(header.features)} differ from the extractor's ${JSON.stringify(FEATURE_CONFIG)}`,
    );
  }
  if (header.bias.length !== header.labels.length || header.weights.scales.length !== RELATIVE_LABELS) {
    invalid(headerPath, 'one bias per label and one scale per label but none expected');
  }
  const file = readFileSync(join(directory, header.weights.file));
  if (sha256Hex(file) !== header.weights.sha256)
    invalid(headerPath, `${header.weights.file} does not match its sha256`);
  if (file.length !== (1 << header.features.bits) * 2) {
    invalid(headerPath, `${header.weights.file} has ${file.length} bytes, not 2^bits x 2`);
  }
  return {
    version: header.version,
    labels: header.labels,
    features: header.features,
    temperature: header.temperature,
    bias: Float32Array.from(header.bias),
    scales: Float32Array.from(header.weights.scales),
    packed: packedFromFile(file),
  };
}
