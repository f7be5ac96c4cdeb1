import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../core/graph-builder.js';
import { gexf } from './gexf-writer.js';
import { graphml } from './graphml-writer.js';
import type { NodeAttribute } from './node-attribute.js';

function sample() {
  const builder = new GraphBuilder();
  builder.addEdge('+77071234567', '@shop<kz>', 2);
  builder.addEdge('@shop<kz>', 'Tom & "Jerry"', 1);
  builder.addEdge('Tom & "Jerry"', 'Tom & "Jerry"', 3);
  builder.addNode('alone\u0001');
  return builder.build();
}

const attributes: readonly NodeAttribute[] = [
  { name: 'community', type: 'integer', values: [0, 0, 1, 2] },
  { name: 'pagerank', type: 'double', values: [0.25, 0.5, 0.25, Number.NaN] },
];

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

describe('graphml', () => {
  it('writes every node and each undirected edge once, with weights, attributes and escaped names', () => {
    const text = [...graphml(sample(), attributes)].join('');
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml')).toBe(true);
    expect(text.endsWith('</graphml>\n')).toBe(true);
    expect(count(text, /<node /g)).toBe(4);
    expect(count(text, /<edge /g)).toBe(3);
    expect(text).toContain('<key id="a0" for="node" attr.name="community" attr.type="int"/>');
    expect(text).toContain(
      '<node id="@shop&lt;kz&gt;"><data key="label">@shop&lt;kz&gt;</data><data key="a0">0</data><data key="a1">0.5</data></node>',
    );
    expect(text).toContain('<edge source="+77071234567" target="@shop&lt;kz&gt;"><data key="weight">2</data></edge>');
    expect(text).toContain(
      'source="Tom &amp; &quot;Jerry&quot;" target="Tom &amp; &quot;Jerry&quot;"><data key="weight">3</data>',
    );
    expect(text).toContain('<node id="alone\ufffd"><data key="label">alone\ufffd</data><data key="a0">2</data></node>');
  });
});

describe('gexf', () => {
  it('declares the attributes and writes nodes and edges with ids and weights', () => {
    const text = [...gexf(sample(), attributes)].join('');
    expect(text).toContain('<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">');
    expect(text).toContain('<attribute id="1" title="pagerank" type="double"/>');
    expect(count(text, /<node /g)).toBe(4);
    expect(count(text, /<edge /g)).toBe(3);
    expect(text).toContain(
      '<node id="+77071234567" label="+77071234567"><attvalues><attvalue for="0" value="0"/><attvalue for="1" value="0.25"/></attvalues></node>',
    );
    expect(text).toContain('<edge id="0" source="+77071234567" target="@shop&lt;kz&gt;" weight="2"/>');
    expect(text.endsWith('</edges>\n  </graph>\n</gexf>\n')).toBe(true);
  });

  it('writes plain nodes when there are no attributes', () => {
    const text = [...gexf(sample())].join('');
    expect(text).not.toContain('<attributes');
    expect(text).toContain('<node id="+77071234567" label="+77071234567"/>');
  });
});
