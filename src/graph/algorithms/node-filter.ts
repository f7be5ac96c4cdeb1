/** Which nodes a traversal may enter (by id); the start nodes are always in. */
export type NodeFilter = (node: number) => boolean;

/** Which edges a traversal may follow, with their summed weight. */
export type EdgeFilter = (from: number, to: number, weight: number) => boolean;
