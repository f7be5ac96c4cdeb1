import { describe, expect, it } from 'vitest';
import { measure, parseMeasures } from './node-measures.js';
import { KARATE_EDGES, numberedGraph } from './test-support/small-graphs.js';

describe('node measures', () => {
  it('parses a comma-separated list and refuses unknown names', () => {
    expect(parseMeasures('community, pagerank')).toEqual(['community', 'pagerank']);
    expect(parseMeasures(undefined)).toEqual([]);
    expect(() => parseMeasures('degree')).toThrow(expect.objectContaining({ name: 'UsageError' }));
  });

  it('computes each measure for every node, with a one-line summary', () => {
    const graph = numberedGraph(34, KARATE_EDGES).csr;
    for (const name of ['community', 'pagerank', 'component', 'betweenness'] as const) {
      const result = measure(name, graph, { seed: 2, samples: 34 });
      expect(result.attribute.name).toBe(name);
      expect(result.attribute.values.length).toBe(34);
      expect(result.summary).toMatch(/\(\d+\.\d s\)$/);
    }
    // Mr Hi (0) and the officer (33) lie on the most shortest paths.
    const betweenness = Array.from(measure('betweenness', graph, { samples: 34 }).attribute.values);
    const top = [...betweenness.keys()].sort((a, b) => (betweenness[b] ?? 0) - (betweenness[a] ?? 0)).slice(0, 2);
    expect(top.sort()).toEqual([0, 33]);
  });
});
