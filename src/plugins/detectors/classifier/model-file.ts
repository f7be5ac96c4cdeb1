import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { QyranError } from '../../../core/errors.js';
import { DETECTION_LABELS, type DetectionLabel } from '../../../model/detection.js';
import { FEATURE_CONFIG, type FeatureConfig } from './feature-config.js';

/**
 * The committed model: a JSON header (version, feature configuration, calibration, provenance, metrics) and a
 * binary file of int8 weights, one scale per label. Quantised because 2^18 buckets x 5 labels of float32 is
 * 5 MB in git for every retraining; int8 is 1.3 MB, and training measures the quantised model, so the figures
 * it reports are the committed model's.
 */
export interface SoftmaxModel {
  /** The detector's version: recorded in every Detection. */
  readonly version: string;
  /** Output order of the weights; always DETECTION_LABELS. */
  readonly labels: readonly DetectionLabel[];
  readonly features: FeatureConfig;
  /** Logits are divided by it before the softmax (temperature scaling, fitted on held-out data). */
  readonly temperature: number;
  readonly bias: Float32Array;
  /** Bucket-major: the weight of bucket b for label k is weights[b * labels.length + k]. */
  readonly weights: Float32Array;
}

/** The committed model's file name stem in data/models. */
export const MODEL_NAME = 'classifier-v1';
export const WEIGHT_ENCODING = 'int8-per-label-scale';

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

/** Rounds each label's weights to int8 with the scale that maps its largest magnitude to 127. */
export function quantize(
  weights: Float32Array,
  labelCount: number,
): { readonly bytes: Int8Array; readonly scales: Float32Array } {
  const scales = new Float32Array(labelCount);
  for (let i = 0; i < weights.length; i++) {
    const k = i % labelCount;
    scales[k] = Math.max(scales[k] ?? 0, Math.abs(weights[i] ?? 0) / 127);
  }
  const bytes = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) {
    const scale = scales[i % labelCount] ?? 0;
    bytes[i] = scale === 0 ? 0 : Math.round((weights[i] ?? 0) / scale);
  }
  return { bytes, scales };
}

export function dequantize(bytes: Int8Array, scales: ArrayLike<number>): Float32Array {
  const labelCount = scales.length;
  const weights = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) weights[i] = (bytes[i] ?? 0) * (scales[i % labelCount] ?? 0);
  return weights;
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
  const labelCount = header.labels.length;
  if (header.bias.length !== labelCount || header.weights.scales.length !== labelCount) {
    invalid(headerPath, 'one bias and one scale per label expected');
  }
  const file = readFileSync(join(directory, header.weights.file));
  if (sha256Hex(file) !== header.weights.sha256)
    invalid(headerPath, `${header.weights.file} does not match its sha256`);
  if (file.length !== (1 << header.features.bits) * labelCount) {
    invalid(headerPath, `${header.weights.file} has ${file.length} bytes, not 2^bits x labels`);
  }
  return {
    version: header.version,
    labels: header.labels,
    features: header.features,
    temperature: header.temperature,
    bias: Float32Array.from(header.bias),
    // Float32 in memory: reading int8 and scaling measured twice as slow as reading float32 on the hot path.
    weights: dequantize(new Int8Array(file.buffer, file.byteOffset, file.length), header.weights.scales),
  };
}
