import type { NodeNames } from '../core/name-table.js';
import { csvField } from './csv-field.js';
import { CHUNK_CHARS } from './node-attribute.js';

/** `node,value` rows, one per node in id order (the order names first appeared in), with a header line. */
export function* nodeValuesCsv(nodes: NodeNames, values: ArrayLike<number>): Generator<string> {
  let chunk = 'node,value\n';
  for (let id = 0; id < nodes.count; id++) {
    chunk += `${csvField(nodes.nameOf(id))},${values[id] ?? ''}\n`;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk.length > 0) yield chunk;
}
