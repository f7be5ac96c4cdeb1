import type { FeatureVector } from '../src/plugins/detectors/classifier/features.js';

/**
 * Logits of the float model while it is being fitted: all five labels' weights, before they are made relative to
 * none and quantised for the detector (src/plugins/detectors/classifier/packed-weights.ts).
 */
export interface WeightTable {
  /** Bucket-major: the weight of bucket b for label k is weights[b * 5 + k]. */
  readonly weights: Float32Array;
  readonly bias: Float32Array;
}

// One accumulator per label: a loop over labels with an array accumulator measured eight times slower.
function addRows(weights: Float32Array, buckets: Int32Array, count: number, scale: number, out: Float64Array): void {
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  let a3 = 0;
  let a4 = 0;
  for (let i = 0; i < count; i++) {
    const row = (buckets[i] ?? 0) * 5;
    a0 += weights[row] ?? 0;
    a1 += weights[row + 1] ?? 0;
    a2 += weights[row + 2] ?? 0;
    a3 += weights[row + 3] ?? 0;
    a4 += weights[row + 4] ?? 0;
  }
  out[0] = (out[0] ?? 0) + a0 * scale;
  out[1] = (out[1] ?? 0) + a1 * scale;
  out[2] = (out[2] ?? 0) + a2 * scale;
  out[3] = (out[3] ?? 0) + a3 * scale;
  out[4] = (out[4] ?? 0) + a4 * scale;
}

export function floatLogitsOf(table: WeightTable, vector: FeatureVector, out: Float64Array): Float64Array {
  out.set(table.bias);
  addRows(table.weights, vector.text, vector.textCount, vector.textScale, out);
  addRows(table.weights, vector.lexicon, vector.lexiconCount, 1, out);
  return out;
}
