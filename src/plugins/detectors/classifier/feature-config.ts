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

/** Fixed: the hot loop is written for these lengths. */
export const FEATURE_CONFIG: FeatureConfig = { bits: 18, charNgramMin: 3, charNgramMax: 5 };

const SHIFT = 32 - FEATURE_CONFIG.bits;

/** Multiplicative hashing: the top bits of h x 2^32/phi, one multiply instead of a full finaliser per feature. */
export function toBucket(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> SHIFT;
}
