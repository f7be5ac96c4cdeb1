import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { neighbourhood } from '../../graph/algorithms/neighbourhood.js';
import { PAGERANK_DEFAULTS } from '../../graph/algorithms/pagerank.js';
import { BETWEENNESS_DEFAULTS } from '../../graph/algorithms/sampled-betweenness.js';
import { shortestPath } from '../../graph/algorithms/shortest-path.js';
import { LEIDEN_DEFAULTS } from '../../graph/communities/leiden.js';
import type { NamedGraph } from '../../graph/core/csr-graph.js';
import { graphFromEdges } from '../../graph/core/graph-from-edges.js';
import { nodeId } from '../../graph/core/node-lookup.js';
import { gexf } from '../../graph/io/gexf-writer.js';
import { graphml } from '../../graph/io/graphml-writer.js';
import { loadEdgeList } from '../../graph/io/load-edge-list.js';
import { nodeValuesCsv } from '../../graph/io/node-values-csv.js';
import { writeOutput } from '../../graph/io/write-output.js';
import type { MeasureName, MeasureSettings } from '../../graph/node-measures.js';
import { MEASURES, measure, parseMeasures } from '../../graph/node-measures.js';
import type { GlobalOptions } from '../context.js';
import { printJson, withStore } from '../context.js';
import { EXIT_BAD_RECORDS, EXIT_OK } from '../exit-codes.js';

interface SourceFlags {
  readonly edges?: string;
  readonly delimiter?: string;
  readonly header?: boolean;
}

interface MeasureFlags extends SourceFlags {
  readonly out: string;
  readonly resolution?: string;
  readonly iterations?: string;
  readonly seed?: string;
  readonly damping?: string;
  readonly tolerance?: string;
  readonly samples?: string;
}

interface ExportFlags extends MeasureFlags {
  readonly format: string;
  readonly with?: string;
}

interface NeighbourFlags extends SourceFlags {
  readonly hops: string;
  readonly maxNodes: string;
  readonly json?: boolean;
}

interface PathFlags extends SourceFlags {
  readonly maxHops?: string;
  readonly json?: boolean;
}

/** Bad lines are each reported up to this many; past it only counted, so a wrong delimiter cannot flood stderr. */
const SHOWN_BAD_LINES = 20;

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function numberFlag(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed)) throw new UsageError(`--${name} must be a number, not ${value}`);
  return parsed;
}

function settingsOf(flags: MeasureFlags): MeasureSettings {
  return {
    resolution: numberFlag(flags.resolution, 'resolution'),
    iterations: numberFlag(flags.iterations, 'iterations'),
    seed: numberFlag(flags.seed, 'seed'),
    damping: numberFlag(flags.damping, 'damping'),
    tolerance: numberFlag(flags.tolerance, 'tolerance'),
    samples: numberFlag(flags.samples, 'samples'),
  };
}

/** The graph to work on: an edge list, or the store's object graph without --edges. Sets the exit code to 1 when some of its lines were bad. */
async function loadGraph(flags: SourceFlags, globals: GlobalOptions): Promise<NamedGraph> {
  if (flags.edges === undefined) {
    const { nodes, edges } = await withStore(globals, (store) => store.objectGraph());
    if (nodes.length === 0) {
      throw new UsageError(
        'the store has no objects yet: run `qyran link` first',
        'to analyse an edge list instead, pass --edges FILE.csv (lines source,target[,weight])',
      );
    }
    const graph = await graphFromEdges(edges, nodes);
    log(
      `graph: ${nodes.length.toLocaleString('en')} objects, ${edges.length.toLocaleString('en')} linked pairs (store)`,
    );
    return graph;
  }
  const path = flags.edges;
  const started = performance.now();
  let bad = 0;
  const { graph, summary } = await loadEdgeList(path, {
    ...(flags.delimiter === undefined ? {} : { delimiter: flags.delimiter === '\\t' ? '\t' : flags.delimiter }),
    ...(flags.header === undefined ? {} : { header: flags.header ? 'present' : 'absent' }),
    onBadLine: (line) => {
      bad++;
      if (bad <= SHOWN_BAD_LINES) log(`qyran: ${path}:${line.line}: ${line.reason}: ${JSON.stringify(line.text)}`);
    },
  });
  if (bad > SHOWN_BAD_LINES) log(`qyran: ${path}: ${bad - SHOWN_BAD_LINES} more bad lines not shown`);
  const { nodeCount, edgeCount } = graph.csr;
  log(
    `graph: ${nodeCount.toLocaleString('en')} nodes, ${edgeCount.toLocaleString('en')} edges from ` +
      `${summary.edges.toLocaleString('en')} lines${bad > 0 ? `, ${bad} bad lines skipped` : ''} ` +
      `(${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  process.exitCode = bad > 0 ? EXIT_BAD_RECORDS : EXIT_OK;
  return graph;
}

function withSource(command: Command): Command {
  return command
    .option('--edges <file>', 'edge list CSV: source,target[,weight], header optional (- for stdin)')
    .option('--delimiter <char>', 'field separator of the edge list (default ","; \\t for tab)')
    .option('--header', 'the first line of the edge list is a header (default: detected)')
    .option('--no-header', 'the first line of the edge list is an edge');
}

const TUNING: Readonly<Record<MeasureName, (command: Command) => Command>> = {
  community: (c) =>
    c
      .option('--resolution <gamma>', 'higher gives more, smaller communities', String(LEIDEN_DEFAULTS.resolution))
      .option('--iterations <n>', 'Leiden passes', String(LEIDEN_DEFAULTS.iterations))
      .option('--seed <n>', 'random seed: same seed, same communities', String(LEIDEN_DEFAULTS.seed)),
  pagerank: (c) =>
    c
      .option('--damping <d>', 'probability of following an edge', String(PAGERANK_DEFAULTS.damping))
      .option('--tolerance <t>', 'stop when ranks change less than this in total', String(PAGERANK_DEFAULTS.tolerance)),
  component: (c) => c,
  betweenness: (c) =>
    c
      .option('--samples <n>', 'source nodes to sample', String(BETWEENNESS_DEFAULTS.samples))
      .option('--seed <n>', 'random seed', String(BETWEENNESS_DEFAULTS.seed)),
};

const MEASURE_COMMANDS: readonly (readonly [MeasureName, string, string])[] = [
  ['community', 'communities', 'communities by the Leiden algorithm: node,community (0 is the largest)'],
  ['pagerank', 'pagerank', 'weighted PageRank: node,rank'],
  ['component', 'components', 'connected components: node,component (0 is the largest)'],
  ['betweenness', 'betweenness', 'betweenness centrality from sampled sources: node,score (brokers score high)'],
];

function registerMeasure(
  parent: Command,
  globals: () => GlobalOptions,
  [name, verb, description]: readonly [MeasureName, string, string],
): void {
  TUNING[name](withSource(parent.command(verb).description(description)))
    .requiredOption('--out <file>', 'node,value CSV to write, or - for stdout')
    .action(async (flags: MeasureFlags) => {
      const graph = await loadGraph(flags, globals());
      const measured = measure(name, graph.csr, settingsOf(flags));
      log(measured.summary);
      await writeOutput(flags.out, nodeValuesCsv(graph.nodes, measured.attribute.values));
    });
}

function registerExport(parent: Command, globals: () => GlobalOptions): void {
  withSource(parent.command('export').description('write the graph as GraphML or GEXF, for Gephi, i2 and Maltego'))
    .requiredOption('--format <format>', 'graphml or gexf')
    .requiredOption('--out <file>', 'file to write, or - for stdout')
    .option('--with <measures>', `node attributes to compute and include, comma-separated: ${MEASURES.join(',')}`)
    .option('--seed <n>', 'random seed for communities and betweenness')
    .action(async (flags: ExportFlags) => {
      const { format } = flags;
      if (format !== 'graphml' && format !== 'gexf')
        throw new UsageError(`unknown format ${format}`, 'formats: graphml, gexf');
      const wanted = parseMeasures(flags.with);
      const graph = await loadGraph(flags, globals());
      const attributes = wanted.map((name) => {
        const measured = measure(name, graph.csr, settingsOf(flags));
        log(measured.summary);
        return measured.attribute;
      });
      await writeOutput(flags.out, format === 'graphml' ? graphml(graph, attributes) : gexf(graph, attributes));
    });
}

function registerNeighbours(parent: Command, globals: () => GlobalOptions): void {
  withSource(parent.command('neighbors').description('the nodes within a few hops of one or more nodes'))
    .argument('<nodes...>', 'node names, exactly as in the graph')
    .option('--hops <n>', 'how many edges away', '2')
    .option('--max-nodes <n>', 'stop after this many nodes', '1000')
    .option('--json', 'print JSON')
    .action(async (names: readonly string[], flags: NeighbourFlags) => {
      const graph = await loadGraph(flags, globals());
      const result = neighbourhood(
        graph.csr,
        names.map((name) => nodeId(graph, name)),
        { maxHops: numberFlag(flags.hops, 'hops') ?? 2, maxNodes: numberFlag(flags.maxNodes, 'max-nodes') ?? 1000 },
      );
      const nodes = Array.from(result.nodes, (id, i) => ({ node: graph.nodes.nameOf(id), hops: result.hops[i] ?? 0 }));
      if (flags.json === true) {
        printJson({ nodes, truncated: result.truncated });
        return;
      }
      for (const { node, hops } of nodes) process.stdout.write(`${hops}\t${node}\n`);
      if (result.truncated) log(`neighbors: stopped at ${nodes.length} nodes (--max-nodes)`);
    });
}

const STORE_PATH_MAX_HOPS = 8;

function registerPath(parent: Command, globals: () => GlobalOptions): void {
  withSource(parent.command('path').description('a shortest path (fewest hops) between two nodes'))
    .argument('<from>', 'node name')
    .argument('<to>', 'node name')
    .option('--max-hops <n>', 'give up beyond this many hops')
    .option('--json', 'print JSON: {from, to, hops: [{from, to, weight}] or null}')
    .action(async (from: string, to: string, flags: PathFlags) => {
      const maxHops = numberFlag(flags.maxHops, 'max-hops');
      if (flags.edges === undefined) {
        // On the store: hop by hop through the indexed links, each hop with the links and documents behind it.
        const hops = await withStore(globals(), (store) => store.objectPath(from, to, maxHops ?? STORE_PATH_MAX_HOPS));
        if (flags.json === true) printJson({ from, to, hops });
        else if (hops === null) process.stdout.write(`no path between ${from} and ${to}\n`);
        else {
          for (const hop of hops) {
            const why = hop.links.map(
              (l) => `${l.type} (${l.strength.toFixed(2)}, ${l.evidenceDocumentIds.length} doc)`,
            );
            process.stdout.write(`${hop.from} -> ${hop.to}: ${why.join('; ')}\n`);
          }
        }
        return;
      }
      const graph = await loadGraph(flags, globals());
      const path = shortestPath(graph.csr, nodeId(graph, from), nodeId(graph, to), {
        ...(maxHops === undefined ? {} : { maxHops }),
      });
      const hops =
        path === null
          ? null
          : Array.from(path.weights, (weight, i) => ({
              from: graph.nodes.nameOf(path.nodes[i] ?? 0),
              to: graph.nodes.nameOf(path.nodes[i + 1] ?? 0),
              weight,
            }));
      if (flags.json === true) printJson({ from, to, hops });
      else if (hops === null) process.stdout.write(`no path between ${from} and ${to}\n`);
      else process.stdout.write(`${[from, ...hops.map((hop) => hop.to)].join(' -> ')}\n`);
    });
}

export function registerGraph(program: Command, globals: () => GlobalOptions): void {
  const graph = program
    .command('graph')
    .description('whole-graph analytics: communities, centrality, components, neighbours, paths, export');
  for (const entry of MEASURE_COMMANDS) registerMeasure(graph, globals, entry);
  registerExport(graph, globals);
  registerNeighbours(graph, globals);
  registerPath(graph, globals);
}
