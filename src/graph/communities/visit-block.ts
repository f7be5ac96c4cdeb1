/** Nodes are visited in runs of this many consecutive ids, the runs in random order (see blockRandomOrder). */
export const VISIT_BLOCK = 256;
