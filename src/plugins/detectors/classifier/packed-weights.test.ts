import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addPackedRows,
  PACKED_BLOCK,
  packedFromFile,
  packedToFile,
  packedWeight,
  packWeights,
  WEIGHT_MAX,
} from './packed-weights.js';

describe('packed weights', () => {
  const buckets = 64;
  const weights = Int8Array.from({ length: buckets * 4 }, (_, i) => ((i * 5) % (2 * WEIGHT_MAX + 1)) - WEIGHT_MAX);
  const packed = packWeights(weights);

  it('gives back every int4 weight, also through the file', () => {
    const read = packedFromFile(packedToFile(packed));
    for (let b = 0; b < buckets; b++) {
      for (let k = 0; k < 4; k++) {
        expect(packedWeight(packed, b, k)).toBe(weights[b * 4 + k]);
        expect(packedWeight(read, b, k)).toBe(weights[b * 4 + k]);
      }
    }
  });

  it('sums any number of rows, across blocks, as a plain sum does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: buckets - 1 }), { maxLength: 5 * PACKED_BLOCK + 3 }), (rows) => {
        const out = new Float64Array(5);
        addPackedRows(packed, Int32Array.from(rows), rows.length, 0.5, out);
        for (let k = 0; k < 4; k++) {
          const sum = rows.reduce((s, b) => s + (weights[b * 4 + k] ?? 0), 0);
          expect(out[k]).toBe(sum * 0.5);
        }
        expect(out[4]).toBe(0);
      }),
    );
  });

  it('does not carry between lanes at the extremes', () => {
    const extremes = packWeights(Int8Array.from([WEIGHT_MAX, -WEIGHT_MAX, WEIGHT_MAX, -WEIGHT_MAX]));
    const n = PACKED_BLOCK * 3 + 1;
    const out = new Float64Array(5);
    addPackedRows(extremes, new Int32Array(n + 3), n, 1, out);
    expect(Array.from(out.subarray(0, 4))).toEqual([WEIGHT_MAX * n, -WEIGHT_MAX * n, WEIGHT_MAX * n, -WEIGHT_MAX * n]);
  });
});
