/**
 * One level of the Leiden hierarchy: the input graph at level 0, then graphs whose nodes are groups of the level
 * below. Edges inside a group are dropped when aggregating: moves only ever look at edges to other nodes, and
 * each node's weight (its strength, summed over the group) already accounts for them.
 */
export interface LevelGraph {
  readonly nodeCount: number;
  readonly offsets: Int32Array;
  /** No arc from a node to itself. */
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  readonly nodeWeights: Float64Array;
}
