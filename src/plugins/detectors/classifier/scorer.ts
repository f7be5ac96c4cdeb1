import type { FeatureVector } from './features.js';
import { addPackedRows, RELATIVE_LABELS } from './packed-weights.js';

/**
 * Logits and calibrated probabilities, in DETECTION_LABELS order (none last). Weights and biases are relative
 * to none's (packed-weights.ts), so none's logit is 0 and the others are read from the packed table.
 */
export interface ScoringTable {
  /** Per label, none's last and 0. */
  readonly bias: Float32Array;
  /** Per label but none: a packed int4 weight times its label's scale is the weight. */
  readonly scales: Float32Array;
  /** packed-weights.ts. */
  readonly packed: Uint16Array;
}

/** Raw logits of a feature vector: the training script and the detector share it. */
export function logitsOf(table: ScoringTable, vector: FeatureVector, out: Float64Array): Float64Array {
  out.fill(0);
  addPackedRows(table.packed, vector.text, vector.textCount, vector.textScale, out);
  addPackedRows(table.packed, vector.lexicon, vector.lexiconCount, 1, out);
  for (let k = 0; k < RELATIVE_LABELS; k++) out[k] = (table.bias[k] ?? 0) + (out[k] ?? 0) * (table.scales[k] ?? 0);
  out[RELATIVE_LABELS] = table.bias[RELATIVE_LABELS] ?? 0;
  return out;
}

/** Softmax of logits / temperature, in place. */
export function softmaxInPlace(values: Float64Array, temperature: number): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  // Indexed: an iterator over the typed array was allocated per document (heap sampling).
  for (let k = 0; k < values.length; k++) max = Math.max(max, (values[k] ?? 0) / temperature);
  let sum = 0;
  for (let k = 0; k < values.length; k++) {
    const e = Math.exp((values[k] ?? 0) / temperature - max);
    values[k] = e;
    sum += e;
  }
  for (let k = 0; k < values.length; k++) values[k] = (values[k] ?? 0) / sum;
  return values;
}

/** Calibrated probabilities per label. */
export function probabilities(
  model: ScoringTable & { readonly temperature: number },
  vector: FeatureVector,
  out: Float64Array,
): Float64Array {
  return softmaxInPlace(logitsOf(model, vector, out), model.temperature);
}
