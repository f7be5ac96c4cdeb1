/**
 * The shape of the hashed feature space, shared by the extractor and the model file: a model names the
 * configuration it was trained with and is refused under another.
 */
export interface FeatureConfig {
  /** The hashed space has 2^bits buckets. */
  readonly bits: number;
  readonly charNgramMin: number;
  readonly charNgramMax: number;
}

/**
 * Fixed: the hot loop is written for these lengths. Measured with npm run eval when 3-grams were dropped for
 * speed (a third fewer table reads): 3- to 5-grams, 3 and 5, 3 and 4, 4 alone or 5 alone each did worse than 4
 * and 5 on the dev clusters or a shared set, and so did 2^16 or 2^17 buckets.
 */
export const FEATURE_CONFIG: FeatureConfig = { bits: 18, charNgramMin: 4, charNgramMax: 5 };

const SHIFT = 32 - FEATURE_CONFIG.bits;

/** Multiplicative hashing: the top bits of h x 2^32/phi, one multiply instead of a full finaliser per feature. */
export function toBucket(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> SHIFT;
}
