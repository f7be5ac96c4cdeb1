import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjacency, bfsDistances, randomGraph } from '../test-support/random-graph.js';
import { numberedGraph } from '../test-support/small-graphs.js';
import { connectedComponents } from './connected-components.js';

describe('connectedComponents', () => {
  it('numbers components largest first, isolated nodes included', () => {
    const graph = numberedGraph(7, [
      [0, 1],
      [2, 3],
      [3, 4],
      [5, 5],
    ]).csr;
    const result = connectedComponents(graph);
    expect(result.count).toBe(4);
    expect(Array.from(result.sizes)).toEqual([3, 2, 1, 1]);
    expect(Array.from(result.componentOf)).toEqual([1, 1, 0, 0, 0, 2, 3]);
  });

  it('agrees with reachability by plain breadth-first search on random graphs', () => {
    fc.assert(
      fc.property(randomGraph(), (random) => {
        const result = connectedComponents(numberedGraph(random.nodeCount, random.edges).csr);
        const neighbours = adjacency(random);
        for (let a = 0; a < random.nodeCount; a++) {
          const distance = bfsDistances(neighbours, a);
          for (let b = 0; b < random.nodeCount; b++) {
            expect(result.componentOf[a] === result.componentOf[b]).toBe(distance[b] !== -1);
          }
        }
        expect(Array.from(result.sizes).reduce((sum, size) => sum + size, 0)).toBe(random.nodeCount);
      }),
    );
  });
});
