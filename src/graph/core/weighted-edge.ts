/** One edge as a store or any other source hands it over; the graph keeps no such objects. */
export interface WeightedEdge {
  readonly source: string;
  readonly target: string;
  /** Positive; parallel edges between the same two names are summed. */
  readonly weight: number;
}
