/** Up to BLOCK_EDGES edges as three columns: edge e joins sources[e] and targets[e] with weights[e]. */
export interface EdgeBlock {
  readonly count: number;
  readonly sources: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
}

/** 1 MB a block: large enough that per-block overhead vanishes, small enough that growing never copies much. */
export const BLOCK_EDGES = 1 << 16;
