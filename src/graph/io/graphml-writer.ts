import type { NamedGraph } from '../core/csr-graph.js';
import { edgesByNode } from './edges-by-node.js';
import type { NodeAttribute } from './node-attribute.js';
import { CHUNK_CHARS } from './node-attribute.js';
import { xmlText } from './xml-text.js';

const GRAPHML_TYPES = { integer: 'int', double: 'double' } as const;

/**
 * GraphML (graphml.graphdrawing.org), undirected, for Gephi, yEd, i2 and Maltego imports: node ids are the node
 * names, each node also carries them as `label`, and edges carry `weight`. Written in chunks as it goes.
 */
export function* graphml(graph: NamedGraph, attributes: readonly NodeAttribute[] = []): Generator<string> {
  const { csr, nodes } = graph;
  let chunk =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>\n';
  attributes.forEach((attribute, index) => {
    chunk += `  <key id="a${index}" for="node" attr.name="${xmlText(attribute.name)}" attr.type="${GRAPHML_TYPES[attribute.type]}"/>\n`;
  });
  chunk += '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>\n';
  chunk += '  <graph id="G" edgedefault="undirected">\n';
  for (let node = 0; node < csr.nodeCount; node++) {
    const id = xmlText(nodes.nameOf(node));
    chunk += `    <node id="${id}"><data key="label">${id}</data>`;
    attributes.forEach((attribute, index) => {
      const value = attribute.values[node];
      if (value !== undefined && !Number.isNaN(value)) chunk += `<data key="a${index}">${value}</data>`;
    });
    chunk += '</node>\n';
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  for (const edges of edgesByNode(graph)) {
    for (const [source, target, weight] of edges) {
      chunk += `    <edge source="${source}" target="${target}"><data key="weight">${weight}</data></edge>\n`;
    }
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}  </graph>\n</graphml>\n`;
}
