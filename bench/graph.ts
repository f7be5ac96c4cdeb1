import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findPackageRoot } from '../src/core/package-root.js';
import { connectedComponents } from '../src/graph/algorithms/connected-components.js';
import { pageRank } from '../src/graph/algorithms/pagerank.js';
import { shortestPath } from '../src/graph/algorithms/shortest-path.js';
import { leiden } from '../src/graph/communities/leiden.js';
import type { CsrGraph } from '../src/graph/core/csr-graph.js';
import { GraphBuilder } from '../src/graph/core/graph-builder.js';
import { seededRandom } from '../src/graph/core/seeded-random.js';
import { plantedPartition } from '../src/graph/generate/planted-partition.js';
import { readEdgeList } from '../src/graph/io/edge-list-reader.js';
import { writeAtomically } from './corpus-file.js';
import { median } from './median.js';

/**
 * `node dist/bench/run.js --only graph [--count NODES] [--runs N]`: Qyran's graph core against igraph on the same
 * edge list (issue 5: communities and PageRank no slower than igraph's, modularity within 0.02 of igraph's
 * Leiden, under 1 GB RSS). Both sides load the graph once in their own process (so peak RSS is each one's own),
 * then the runs alternate, Qyran's and igraph's a moment apart: the machine is shared and its load moves by 2x
 * within minutes, so only ratios of paired runs are compared.
 */

const ROOT = findPackageRoot(import.meta.url);
const OUT = join(ROOT, 'bench', 'out');
const IGRAPH_SCRIPT = join(ROOT, 'bench', 'graph-igraph.py');
const PYTHON = '/usr/bin/python3';
const TARGET_RSS_MB = 1024;
const TARGET_MODULARITY_GAP = 0.02;
const PATH_QUERIES = 100;
const ALGORITHMS = ['components', 'pagerank', 'leiden'] as const;
type Algorithm = (typeof ALGORITHMS)[number];

function label(nodes: number): string {
  if (nodes % 1_000_000 === 0) return `${nodes / 1_000_000}m`;
  return nodes % 1000 === 0 ? `${nodes / 1000}k` : String(nodes);
}

/** Phone-number-like names, as in call records: distinct for ids below 9e8 since 7919 is prime to 9e8. */
function phone(id: number): string {
  return `+77${100_000_000 + ((id * 7919 + 12_345) % 900_000_000)}`;
}

/** The planted-partition edge list for `nodes` nodes and 3 edges a node (seed 42), generated once and reused. */
async function graphFile(nodes: number): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, `graph-${label(nodes)}.csv`);
  if (existsSync(path)) return path;
  const { sources, targets } = plantedPartition({ nodes, edges: 3 * nodes, seed: 42 });
  const lines = function* (): Generator<string> {
    yield 'source,target\n';
    for (let e = 0; e < sources.length; e++) yield `${phone(sources[e] ?? 0)},${phone(targets[e] ?? 0)}\n`;
  };
  await writeAtomically(path, lines());
  return path;
}

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

function timed<T>(work: () => T): { readonly result: T; readonly wall: number; readonly cpu: number } {
  const wall = performance.now();
  const cpu = cpuSeconds();
  const result = work();
  return { result, wall: (performance.now() - wall) / 1000, cpu: cpuSeconds() - cpu };
}

function say(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/** Our side as a server, the counterpart of graph-igraph.py: loads, says ready, answers one command a line. */
async function serve(path: string, pagerankOut: string): Promise<void> {
  const wall = performance.now();
  const cpu = cpuSeconds();
  const builder = new GraphBuilder();
  await readEdgeList(createReadStream(path, { highWaterMark: 1 << 20 }), builder);
  const graph = builder.build().csr;
  say({
    ready: {
      nodes: graph.nodeCount,
      edges: graph.edgeCount,
      load: { wall: (performance.now() - wall) / 1000, cpu: cpuSeconds() - cpu },
    },
  });
  let leidenRuns = 0;
  for await (const line of createInterface({ input: process.stdin })) {
    const command = line.trim();
    if (command === 'components') {
      const { result, ...times } = timed(() => connectedComponents(graph));
      say({ ...times, count: result.count });
    } else if (command === 'pagerank') {
      const { result, ...times } = timed(() => pageRank(graph));
      writeFileSync(pagerankOut, result.ranks);
      say({ ...times, iterations: result.iterations });
    } else if (command === 'leiden') {
      leidenRuns++;
      const { result, ...times } = timed(() => leiden(graph, { seed: leidenRuns }));
      say({ ...times, modularity: result.modularity, count: result.count });
    } else if (command === 'paths') {
      say(pathTimes(graph));
    } else if (command === 'quit') {
      say({ maxRssMb: process.resourceUsage().maxRSS / 1024 });
      process.stdin.destroy();
      return;
    } else {
      say({ error: `unknown command ${command}` });
    }
  }
}

/** Milliseconds for shortest paths between random pairs of nodes. */
function pathTimes(graph: CsrGraph): { readonly medianMs: number; readonly maxMs: number } {
  const random = seededRandom(7);
  const times = Array.from({ length: PATH_QUERIES }, () => {
    const from = random.below(graph.nodeCount);
    const to = random.below(graph.nodeCount);
    return timed(() => shortestPath(graph, from, to)).wall * 1000;
  });
  return { medianMs: median(times), maxMs: Math.max(...times) };
}

type Reply = Readonly<Record<string, unknown>>;

function isReply(value: unknown): value is Reply {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function numberIn(reply: Reply, key: string): number {
  const value = reply[key];
  if (typeof value !== 'number') throw new Error(`graph bench: ${JSON.stringify(reply)} has no number ${key}`);
  return value;
}

function replyIn(reply: Reply, key: string): Reply {
  const value = reply[key];
  if (!isReply(value)) throw new Error(`graph bench: ${JSON.stringify(reply)} has no object ${key}`);
  return value;
}

/** A child process spoken to a line at a time: one command in, one JSON line out. */
class Server {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: AsyncIterator<string>;
  private stderr = '';

  constructor(command: string, args: readonly string[]) {
    this.child = spawn(command, args, { stdio: 'pipe' });
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
    this.lines = createInterface({ input: this.child.stdout })[Symbol.asyncIterator]();
  }

  async next(): Promise<Reply> {
    const line = await this.lines.next();
    if (line.done === true) throw new Error(`graph bench: a child ended early: ${this.stderr.trim()}`);
    const reply: unknown = JSON.parse(line.value);
    if (!isReply(reply)) throw new Error(`graph bench: a child said ${line.value}`);
    return reply;
  }

  async ask(command: string): Promise<Reply> {
    this.child.stdin.write(`${command}\n`);
    return this.next();
  }

  /** Sends `quit`, returns its reply, and waits for the process to end. */
  async close(): Promise<Reply> {
    const exited = once(this.child, 'exit');
    const reply = await this.ask('quit');
    this.child.stdin.end();
    await exited;
    return reply;
  }
}

interface Pair {
  readonly ours: Reply;
  readonly theirs: Reply | null;
}

const s = (seconds: number): string => `${seconds.toFixed(2)} s`;

/** L1 distance and largest relative difference between two rank vectors of the same nodes. */
function compareRanks(ours: string, theirs: string): { readonly l1: number; readonly maxRelative: number } {
  const read = (path: string): Float64Array => {
    const bytes = readFileSync(path);
    return new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8);
  };
  const a = read(ours);
  const b = read(theirs);
  let l1 = 0;
  let maxRelative = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const difference = Math.abs((a[i] ?? 0) - (b[i] ?? 0));
    l1 += difference;
    maxRelative = Math.max(maxRelative, difference / Math.max(b[i] ?? 0, Number.MIN_VALUE));
  }
  return { l1, maxRelative };
}

function report(algorithm: Algorithm, pairs: readonly Pair[]): { readonly ratio: number } {
  const ours = pairs.map((pair) => pair.ours);
  const theirs = pairs.flatMap((pair) => (pair.theirs === null ? [] : [pair.theirs]));
  const extra = (reply: Reply | undefined): string => {
    if (reply === undefined) return '';
    if (algorithm === 'pagerank' && 'iterations' in reply) return `, ${numberIn(reply, 'iterations')} sweeps`;
    if (algorithm === 'components') return `, ${numberIn(reply, 'count')} components`;
    if (algorithm === 'leiden') return `, ${numberIn(reply, 'count')} communities`;
    return '';
  };
  const line = (who: string, replies: readonly Reply[]): string =>
    `${who} ${s(median(replies.map((r) => numberIn(r, 'wall'))))} (cpu ${s(median(replies.map((r) => numberIn(r, 'cpu'))))})` +
    extra(replies[0]);
  let text = `    ${algorithm.padEnd(11)} ${line('qyran', ours)}`;
  if (algorithm === 'leiden')
    text += `, modularity ${ours.map((r) => numberIn(r, 'modularity').toFixed(4)).join(' / ')}`;
  console.log(text);
  if (theirs.length === 0) return { ratio: Number.NaN };
  let their = `    ${''.padEnd(11)} ${line('igraph', theirs)}`;
  if (algorithm === 'leiden')
    their += `, modularity ${theirs.map((r) => numberIn(r, 'modularity').toFixed(4)).join(' / ')}`;
  console.log(their);
  const wallRatios = pairs.flatMap((p) =>
    p.theirs === null ? [] : [numberIn(p.ours, 'wall') / numberIn(p.theirs, 'wall')],
  );
  const cpuRatios = pairs.flatMap((p) =>
    p.theirs === null ? [] : [numberIn(p.ours, 'cpu') / numberIn(p.theirs, 'cpu')],
  );
  const ratio = median(wallRatios);
  console.log(
    `    ${''.padEnd(11)} paired ratio ${ratio.toFixed(2)}x igraph by the clock (runs: ${wallRatios.map((r) => r.toFixed(2)).join(', ')}), ` +
      `${median(cpuRatios).toFixed(2)}x by CPU time`,
  );
  return { ratio };
}

export async function benchGraph(nodes: number, runs = 3): Promise<void> {
  const path = await graphFile(nodes);
  console.log(
    `\ngraph: planted partition, ${nodes.toLocaleString('en')} nodes / ${(3 * nodes).toLocaleString('en')} edges (${path})`,
  );
  const ourRanks = join(OUT, `graph-${label(nodes)}.pagerank-qyran.bin`);
  const theirRanks = join(OUT, `graph-${label(nodes)}.pagerank-igraph.bin`);
  const ours = new Server(process.execPath, [
    fileURLToPath(import.meta.url),
    '--serve',
    path,
    '--pagerank-out',
    ourRanks,
  ]);
  const ready = replyIn(await ours.next(), 'ready');
  const load = replyIn(ready, 'load');
  console.log(
    `  qyran: ${numberIn(ready, 'nodes').toLocaleString('en')} nodes, ${numberIn(ready, 'edges').toLocaleString('en')} edges; ` +
      `read + build ${s(numberIn(load, 'wall'))} (cpu ${s(numberIn(load, 'cpu'))})`,
  );
  // igraph starts once ours has loaded, so that our reading time is not shared with its.
  let theirs: Server | null = existsSync(PYTHON)
    ? new Server(PYTHON, [IGRAPH_SCRIPT, path, '--pagerank-out', theirRanks])
    : null;
  if (theirs !== null) {
    const first = await theirs.next();
    if ('skipped' in first) {
      console.log(`  igraph: skipped (${String(first.skipped)})`);
      theirs = null;
    } else {
      const igraphReady = replyIn(first, 'ready');
      console.log(
        `  igraph ${String(igraphReady.igraph)}: ${numberIn(igraphReady, 'nodes').toLocaleString('en')} nodes, ` +
          `${numberIn(igraphReady, 'edges').toLocaleString('en')} edges; read with Python's csv module + build ${s(numberIn(igraphReady, 'load'))}`,
      );
    }
  } else {
    console.log(`  igraph: skipped (${PYTHON} is missing)`);
  }

  const pairs = new Map<Algorithm, Pair[]>(ALGORITHMS.map((algorithm) => [algorithm, []]));
  for (let run = 0; run < runs; run++) {
    for (const algorithm of ALGORITHMS) {
      // Who goes first alternates, so that neither side always runs in the other's wake.
      const theirsFirst = theirs !== null && run % 2 === 1;
      const before = theirsFirst && theirs !== null ? await theirs.ask(algorithm) : null;
      const mine = await ours.ask(algorithm);
      const after = !theirsFirst && theirs !== null ? await theirs.ask(algorithm) : null;
      pairs.get(algorithm)?.push({ ours: mine, theirs: before ?? after });
    }
  }
  const paths = await ours.ask('paths');
  const ourRss = numberIn(await ours.close(), 'maxRssMb');
  const theirRss = theirs === null ? null : numberIn(await theirs.close(), 'maxRssMb');

  console.log(`  median of ${runs} runs, wall-clock (cpu):`);
  const ratios = new Map(
    ALGORITHMS.map((algorithm) => [algorithm, report(algorithm, pairs.get(algorithm) ?? []).ratio]),
  );
  console.log(
    `    shortest path between random nodes: median ${numberIn(paths, 'medianMs').toFixed(1)} ms, ` +
      `max ${numberIn(paths, 'maxMs').toFixed(1)} ms (${PATH_QUERIES} pairs)`,
  );
  console.log(
    `    peak RSS: qyran ${ourRss.toFixed(0)} MB${theirRss === null ? '' : `, igraph ${theirRss.toFixed(0)} MB (with Python's lists from reading)`}`,
  );
  if (theirs === null) {
    console.log(`  target <= ${TARGET_RSS_MB} MB RSS: ${ourRss <= TARGET_RSS_MB ? 'met' : 'NOT met'}`);
    return;
  }
  const ranks = compareRanks(ourRanks, theirRanks);
  console.log(
    `    pagerank against igraph's: L1 ${ranks.l1.toExponential(1)}, largest relative difference ${ranks.maxRelative.toExponential(1)}`,
  );
  const leidenPairs = pairs.get('leiden') ?? [];
  const theirModularity = median(
    leidenPairs.flatMap((p) => (p.theirs === null ? [] : [numberIn(p.theirs, 'modularity')])),
  );
  const gap = Math.max(...leidenPairs.map((p) => theirModularity - numberIn(p.ours, 'modularity')));
  const met = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  console.log(
    `  targets: leiden <= igraph ${met((ratios.get('leiden') ?? 2) <= 1)}; pagerank <= igraph ${met((ratios.get('pagerank') ?? 2) <= 1)}; ` +
      `modularity within ${TARGET_MODULARITY_GAP} of igraph's ${met(gap <= TARGET_MODULARITY_GAP)} (worst gap ${gap.toFixed(4)}); ` +
      `<= ${TARGET_RSS_MB} MB RSS ${met(ourRss <= TARGET_RSS_MB)}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      serve: { type: 'string' },
      'pagerank-out': { type: 'string', default: join(OUT, 'pagerank-qyran.bin') },
    },
  });
  if (values.serve === undefined) throw new Error('usage: graph.js --serve FILE [--pagerank-out FILE]');
  await serve(values.serve, values['pagerank-out']);
}
