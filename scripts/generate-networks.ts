import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { errorMessage, UsageError } from '../src/core/errors.js';
import { bystander } from './generate-networks-bystanders.js';
import { drugNetwork } from './generate-networks-drug.js';
import { type KnobOverrides, type NetworkKnobs, parseKnobs, withKnobs } from './generate-networks-knobs.js';
import { legitSeller } from './generate-networks-legit.js';
import { weighted } from './generate-networks-random.js';
import { Summary } from './generate-networks-summary.js';
import type { GeneratedItem } from './generate-networks-types.js';
import { World } from './generate-networks-world.js';
import { writeNetworkFiles } from './generate-networks-write.js';

/**
 * Synthetic drug networks with ground truth, for scoring the linker (`npm run eval:links`). The model and its
 * knobs are described in scripts/generate-networks.md. Deterministic for a seed and account count.
 */
export interface NetworkOptions {
  readonly seed: number;
  /** Account keys in the truth (and so in a store that ingests the documents), exactly. */
  readonly accounts: number;
  readonly knobs?: KnobOverrides;
}

/** The most keys one drug network can add (shop, operators, couriers with second accounts, new customers). */
const MAX_UNIT_KEYS = 200;
// Expected keys per unit, so that the three kinds of unit run out at about the same time.
const KEYS_PER_DRUG_UNIT = 25;
const KEYS_PER_LEGIT_UNIT = 1.5;

type Unit = 'drug' | 'legit' | 'bystander';

function drugKeys(world: World): number {
  return world.book.keysOf('shop') + world.book.keysOf('operator') + world.book.keysOf('courier');
}

/**
 * Documents first, interleaving units of the three kinds so that early bystanders have something to answer;
 * then the truth. Drug and legitimate units stop while there is still room for the largest unit, and bystanders
 * (one key each) fill the rest, so the account count comes out exact.
 */
export function* generateNetworks(options: NetworkOptions): Generator<GeneratedItem> {
  const knobs: NetworkKnobs = withKnobs(options.knobs ?? {});
  const world = new World(options.seed, knobs);
  const target = options.accounts;
  const drugTarget = Math.round(target * knobs.drugShare);
  const legitTarget = Math.round(target * knobs.legitShare);
  while (world.book.keyCount < target) {
    const remaining = target - world.book.keyCount;
    const roomy = remaining > MAX_UNIT_KEYS;
    const drugLeft = roomy ? Math.max(0, drugTarget - drugKeys(world)) : 0;
    const legitLeft = roomy ? Math.max(0, legitTarget - world.book.keysOf('legit-seller')) : 0;
    const unit = weighted<Unit>(world.rng, [
      ['drug', drugLeft / KEYS_PER_DRUG_UNIT],
      ['legit', legitLeft / KEYS_PER_LEGIT_UNIT],
      ['bystander', Math.max(0.01, remaining - drugLeft - legitLeft)],
    ]);
    if (unit === 'drug') drugNetwork(world);
    else if (unit === 'legit') legitSeller(world);
    else bystander(world, remaining <= 2);
    for (const { record, time } of world.drain()) yield { kind: 'document', record, time };
  }
  for (const record of world.book.truth(world.hubs)) yield { kind: 'truth', record };
}

function parseCount(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new UsageError(`--${name} must be a non-negative integer, got ${value}`);
  return n;
}

function main(argv: readonly string[]): void {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      seed: { type: 'string' },
      accounts: { type: 'string' },
      out: { type: 'string' },
      knobs: { type: 'string' },
    },
    strict: true,
  });
  if (values.out === undefined) {
    throw new UsageError(
      '--out DIR is required',
      'node dist/scripts/generate-networks.js --seed 42 --accounts 100000 --out DIR [--knobs knobs.json]',
    );
  }
  const options: NetworkOptions = {
    seed: parseCount(values.seed, 'seed', 42),
    accounts: parseCount(values.accounts, 'accounts', 100_000),
    knobs: values.knobs === undefined ? {} : parseKnobs(JSON.parse(readFileSync(values.knobs, 'utf8'))),
  };
  const started = performance.now();
  const summary = new Summary();
  const items = (function* () {
    for (const item of generateNetworks(options)) {
      summary.add(item);
      yield item;
    }
  })();
  writeNetworkFiles(items, values.out);
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`${summary.report(seconds)}\n`);
  process.stderr.write(`wrote ${join(values.out, 'documents.jsonl')} and ${join(values.out, 'truth.jsonl')}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`generate-networks: ${errorMessage(error)}\n`);
    process.exitCode = 2;
  }
}
