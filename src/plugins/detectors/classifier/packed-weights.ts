/**
 * The model's weights as the scorer reads them. A softmax is unchanged by subtracting one label's weights from
 * every label's, so `none`'s are subtracted and not stored: a bucket holds four weights (sale, recruitment,
 * propaganda, mention), relative to none, each an int4 (-7..7) times its label's scale, biased to 1..15 and packed
 * into one 16-bit word. 2^18 buckets are 512 KB: the table is read at a random place per feature, and at 2 MB
 * (int8 in two int32 words) or 5 MB (float32) those reads were a quarter of the detectors' time; int4 lost
 * nothing on the dev clusters or the shared sets (npm run eval).
 *
 * Summing: a word's four nibbles are spread into the four bytes of an int32 with two masks and a shift, and 16
 * such words summed before a byte could carry into the next (16 x 15 < 256), so a feature costs one load and
 * a handful of integer operations.
 */
export const RELATIVE_LABELS = 4;
export const WEIGHT_MAX = 7;
const BIAS = 8;
const NIBBLE = 0xf;
/** Features summed per block: 16 x 15 stays below 256, so a byte lane never carries. */
export const PACKED_BLOCK = 16;

/** Packs bucket-major int4 weights (four per bucket, each -7..7) into one 16-bit word per bucket. */
export function packWeights(weights: Int8Array): Uint16Array {
  const buckets = weights.length / RELATIVE_LABELS;
  const packed = new Uint16Array(buckets);
  for (let b = 0; b < buckets; b++) {
    let word = 0;
    for (let k = 0; k < RELATIVE_LABELS; k++) word |= ((weights[b * RELATIVE_LABELS + k] ?? 0) + BIAS) << (4 * k);
    packed[b] = word;
  }
  return packed;
}

/** How many values a packed weight's nibble takes. */
export const NIBBLE_VALUES = NIBBLE + 1;

/** The biased int4 weight of `bucket` for relative label `k` (0..3), as stored: 0..15. */
export function packedNibble(packed: Uint16Array, bucket: number, k: number): number {
  return ((packed[bucket] ?? 0) >> (4 * k)) & NIBBLE;
}

/** The weight a stored nibble stands for. */
export function nibbleWeight(nibble: number): number {
  return nibble - BIAS;
}

/** The int4 weight of `bucket` for relative label `k` (0..3). */
export function packedWeight(packed: Uint16Array, bucket: number, k: number): number {
  return nibbleWeight(packedNibble(packed, bucket, k));
}

/**
 * Adds the int4 weight sums of the first `count` of `buckets` to out[0..3], times `scale`. The spread word holds
 * labels 0, 2, 1, 3 in its bytes 0 to 3.
 */
export function addPackedRows(
  packed: Uint16Array,
  buckets: Int32Array,
  count: number,
  scale: number,
  out: Float64Array,
): void {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let i = 0;
  while (i < count) {
    const end = Math.min(count, i + PACKED_BLOCK);
    const unbias = BIAS * (end - i);
    let lanes = 0;
    for (; i < end; i++) {
      const word = packed[buckets[i] ?? 0] ?? 0;
      lanes = (lanes + ((word & 0x0f0f) | ((word & 0xf0f0) << 12))) | 0;
    }
    s0 += (lanes & 0xff) - unbias;
    s2 += ((lanes >>> 8) & 0xff) - unbias;
    s1 += ((lanes >>> 16) & 0xff) - unbias;
    s3 += (lanes >>> 24) - unbias;
  }
  out[0] = (out[0] ?? 0) + s0 * scale;
  out[1] = (out[1] ?? 0) + s1 * scale;
  out[2] = (out[2] ?? 0) + s2 * scale;
  out[3] = (out[3] ?? 0) + s3 * scale;
}

/** The weights file: each bucket's word, little-endian. */
export function packedFromFile(bytes: Uint8Array): Uint16Array {
  const packed = new Uint16Array(bytes.length >> 1);
  for (let b = 0; b < packed.length; b++) packed[b] = (bytes[2 * b] ?? 0) | ((bytes[2 * b + 1] ?? 0) << 8);
  return packed;
}

export function packedToFile(packed: Uint16Array): Uint8Array {
  const bytes = new Uint8Array(packed.length * 2);
  for (let b = 0; b < packed.length; b++) {
    bytes[2 * b] = (packed[b] ?? 0) & 0xff;
    bytes[2 * b + 1] = (packed[b] ?? 0) >> 8;
  }
  return bytes;
}
