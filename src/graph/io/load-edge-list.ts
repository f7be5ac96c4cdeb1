import { createReadStream, existsSync } from 'node:fs';
import { UsageError } from '../../core/errors.js';
import type { NamedGraph } from '../core/csr-graph.js';
import { GraphBuilder } from '../core/graph-builder.js';
import type { EdgeListOptions, EdgeListSummary } from './edge-list-reader.js';
import { readEdgeList } from './edge-list-reader.js';

export interface LoadedEdgeList {
  readonly graph: NamedGraph;
  readonly summary: EdgeListSummary;
}

/** Reads an edge-list file (or stdin for '-') into a graph; bad lines go to options.onBadLine. */
export async function loadEdgeList(path: string, options: EdgeListOptions = {}): Promise<LoadedEdgeList> {
  if (path !== '-' && !existsSync(path)) throw new UsageError(`no such edge list: ${path}`);
  const input = path === '-' ? process.stdin : createReadStream(path, { highWaterMark: 1 << 20 });
  const builder = new GraphBuilder();
  const summary = await readEdgeList(input, builder, options);
  if (summary.edges === 0 && summary.badLines > 0) {
    throw new UsageError(
      `no edge could be read from ${path}: all ${summary.badLines} lines are bad`,
      'lines must be source,target or source,target,weight; for ; or tab separated files use --delimiter',
    );
  }
  return { graph: builder.build(), summary };
}
