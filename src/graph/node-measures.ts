import { UsageError } from '../core/errors.js';
import { connectedComponents } from './algorithms/connected-components.js';
import { PAGERANK_DEFAULTS, pageRank } from './algorithms/pagerank.js';
import { BETWEENNESS_DEFAULTS, sampledBetweenness } from './algorithms/sampled-betweenness.js';
import { LEIDEN_DEFAULTS, leiden } from './communities/leiden.js';
import type { CsrGraph } from './core/csr-graph.js';
import type { NodeAttribute } from './io/node-attribute.js';

export const MEASURES = ['community', 'pagerank', 'component', 'betweenness'] as const;
export type MeasureName = (typeof MEASURES)[number];

/** Settings of the measures; any left out (or undefined) take the algorithm's default. */
export interface MeasureSettings {
  readonly resolution?: number | undefined;
  readonly iterations?: number | undefined;
  readonly seed?: number | undefined;
  readonly damping?: number | undefined;
  readonly tolerance?: number | undefined;
  readonly samples?: number | undefined;
}

export interface Measured {
  readonly attribute: NodeAttribute;
  /** One line for a person: what was found, and how long it took. */
  readonly summary: string;
}

export function parseMeasures(list: string | undefined): readonly MeasureName[] {
  if (list === undefined || list.trim() === '') return [];
  return list.split(',').map((raw) => {
    const name = MEASURES.find((m) => m === raw.trim());
    if (name === undefined) throw new UsageError(`unknown measure ${raw}`, `measures: ${MEASURES.join(', ')}`);
    return name;
  });
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

/** Computes one per-node measure by name: what the CLI's commands and `--with` run. */
export function measure(name: MeasureName, graph: CsrGraph, settings: MeasureSettings = {}): Measured {
  const started = performance.now();
  switch (name) {
    case 'community': {
      const result = leiden(graph, {
        resolution: settings.resolution ?? LEIDEN_DEFAULTS.resolution,
        iterations: settings.iterations ?? LEIDEN_DEFAULTS.iterations,
        seed: settings.seed ?? LEIDEN_DEFAULTS.seed,
      });
      return {
        attribute: { name, type: 'integer', values: result.membership },
        summary:
          `communities (Leiden): ${result.count.toLocaleString('en')}, modularity ${result.modularity.toFixed(4)}, ` +
          `largest ${(result.sizes[0] ?? 0).toLocaleString('en')} nodes (${seconds(started)})`,
      };
    }
    case 'pagerank': {
      const result = pageRank(graph, {
        damping: settings.damping ?? PAGERANK_DEFAULTS.damping,
        tolerance: settings.tolerance ?? PAGERANK_DEFAULTS.tolerance,
      });
      return {
        attribute: { name, type: 'double', values: result.ranks },
        summary: `pagerank: ${result.iterations} sweeps${result.converged ? '' : ', NOT converged'} (${seconds(started)})`,
      };
    }
    case 'component': {
      const result = connectedComponents(graph);
      return {
        attribute: { name, type: 'integer', values: result.componentOf },
        summary:
          `components: ${result.count.toLocaleString('en')}, largest ${(result.sizes[0] ?? 0).toLocaleString('en')} ` +
          `nodes (${seconds(started)})`,
      };
    }
    case 'betweenness': {
      const result = sampledBetweenness(graph, {
        samples: settings.samples ?? BETWEENNESS_DEFAULTS.samples,
        seed: settings.seed ?? BETWEENNESS_DEFAULTS.seed,
      });
      return {
        attribute: { name, type: 'double', values: result.scores },
        summary: `betweenness: estimated from ${result.samples} sources (${seconds(started)})`,
      };
    }
  }
}
