/** A value per node to write beside it: a community, a rank, a component. */
export interface NodeAttribute {
  readonly name: string;
  readonly type: 'integer' | 'double';
  /** Indexed by node id; NaN is written as no value. */
  readonly values: ArrayLike<number>;
}

/** Output is produced in chunks of about this many characters, for the writer to pass on with backpressure. */
export const CHUNK_CHARS = 1 << 16;
