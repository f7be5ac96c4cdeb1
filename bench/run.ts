import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { benchAnalysis } from './analysis.js';
import { benchGraph } from './graph.js';
import { benchIngest, benchIngestOnce } from './ingest.js';
import { benchStorePath } from './store-path.js';
import { benchStoreWrite } from './store-write.js';

/**
 * `npm run bench`: the speed and memory targets, measured on generated data. The machine is shared and noisy,
 * so each figure comes with a baseline measured in the same process, and repeated figures are medians.
 */
const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000000' },
    only: { type: 'string' },
    threads: { type: 'string' },
    'writer-thread': { type: 'string' },
    'commit-size': { type: 'string' },
    runs: { type: 'string' },
    db: { type: 'string' },
    pairs: { type: 'string' },
  },
});
const count = Number(values.count);
console.log(`qyran bench: node ${process.version}, ${availableParallelism()} cores`);
if (values.only === undefined || values.only === 'analysis') await benchAnalysis();
if (values.only === undefined || values.only === 'store') await benchStoreWrite(Math.min(count, 300_000));
const ingestOptions = {
  ...(values.threads === undefined ? {} : { threads: Number(values.threads) }),
  ...(values['writer-thread'] === undefined ? {} : { writerThread: values['writer-thread'] !== 'false' }),
  ...(values['commit-size'] === undefined ? {} : { commitSize: Number(values['commit-size']) }),
};
if (values.only === undefined || values.only === 'ingest')
  await benchIngest(count, { ...ingestOptions, runs: Number(values.runs ?? 3) });
// One run, printed as JSON: benchIngest starts a process of this kind for each of its runs.
if (values.only === 'ingest-once') await benchIngestOnce(count, ingestOptions);
// --runs is how many ingests and graph builds are measured, their medians reported; --count is the graph's node
// count here (3 edges a node): the full run measures the 1M / 3M graph.
if (values.only === undefined || values.only === 'graph') await benchGraph(count, Number(values.runs ?? 3));
// Needs a linked store: `npm run eval:links -- --keep` and then `--only path --db <the store it names>`.
if (values.only === 'path') {
  if (values.db === undefined) throw new Error('--only path needs --db DIR, a store that `qyran link` has run on');
  await benchStorePath(values.db, Number(values.pairs ?? 30));
}
