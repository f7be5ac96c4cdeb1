import type { NamedGraph } from '../core/csr-graph.js';
import { edgesByNode } from './edges-by-node.js';
import type { NodeAttribute } from './node-attribute.js';
import { CHUNK_CHARS } from './node-attribute.js';
import { xmlText } from './xml-text.js';

/**
 * GEXF 1.2 (gexf.net), Gephi's own format, undirected and static: node ids and labels are the node names, node
 * attributes are declared once and given per node, and edges carry their weight. 1.2 rather than 1.3 because
 * every Gephi from 0.8 reads it. Written in chunks as it goes.
 */
export function* gexf(graph: NamedGraph, attributes: readonly NodeAttribute[] = []): Generator<string> {
  const { csr, nodes } = graph;
  let chunk =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n' +
    '  <meta><creator>Qyran</creator></meta>\n' +
    '  <graph mode="static" defaultedgetype="undirected">\n';
  if (attributes.length > 0) {
    chunk += '    <attributes class="node">\n';
    attributes.forEach((attribute, index) => {
      chunk += `      <attribute id="${index}" title="${xmlText(attribute.name)}" type="${attribute.type}"/>\n`;
    });
    chunk += '    </attributes>\n';
  }
  chunk += '    <nodes>\n';
  for (let node = 0; node < csr.nodeCount; node++) {
    const name = xmlText(nodes.nameOf(node));
    let values = '';
    attributes.forEach((attribute, index) => {
      const value = attribute.values[node];
      if (value !== undefined && !Number.isNaN(value)) values += `<attvalue for="${index}" value="${value}"/>`;
    });
    chunk +=
      values.length > 0
        ? `      <node id="${name}" label="${name}"><attvalues>${values}</attvalues></node>\n`
        : `      <node id="${name}" label="${name}"/>\n`;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  chunk += '    </nodes>\n    <edges>\n';
  let id = 0;
  for (const edges of edgesByNode(graph)) {
    for (const [source, target, weight] of edges) {
      chunk += `      <edge id="${id++}" source="${source}" target="${target}" weight="${weight}"/>\n`;
    }
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}    </edges>\n  </graph>\n</gexf>\n`;
}
