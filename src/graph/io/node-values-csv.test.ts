import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../core/graph-builder.js';
import { csvField } from './csv-field.js';
import { nodeValuesCsv } from './node-values-csv.js';

describe('nodeValuesCsv', () => {
  it('writes node,value rows in node order, quoting names that need it', () => {
    const builder = new GraphBuilder();
    builder.addEdge('+77071234567', 'Shop, "Almaty"');
    builder.addEdge('Shop, "Almaty"', ' padded');
    const graph = builder.build();
    expect([...nodeValuesCsv(graph.nodes, [0.5, 2, 1e-7])].join('')).toBe(
      'node,value\n+77071234567,0.5\n"Shop, ""Almaty""",2\n" padded",1e-7\n',
    );
  });

  it('comes in chunks for large graphs', () => {
    const builder = new GraphBuilder();
    for (let i = 0; i < 20_000; i++) builder.addEdge(`node-${i}`, `node-${i + 1}`);
    const graph = builder.build();
    const chunks = [...nodeValuesCsv(graph.nodes, new Float64Array(graph.csr.nodeCount))];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('').split('\n').length).toBe(20_003);
  });

  it('quotes only what CSV requires', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('tab\t')).toBe('"tab\t"');
  });
});
