import { UnknownNodeError } from '../graph-errors.js';
import type { NamedGraph } from './csr-graph.js';

export function nodeId(graph: NamedGraph, name: string): number {
  const id = graph.nodes.idOf(name);
  if (id === undefined) throw new UnknownNodeError(name);
  return id;
}
