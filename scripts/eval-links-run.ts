import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/**
 * `npm run eval:links [-- --accounts N --seed S --keep]`: generates networks with ground truth, ingests them into
 * a temporary store, runs `qyran link`, exports the objects and scores them with eval-links (its exit code).
 * Each step runs the built CLI, as an analyst would, and prints its time.
 */
const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(DIST, 'src/cli/main.js');

function step(name: string, args: readonly string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  process.stdout.write(`[eval:links] ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return result.status ?? 2;
}

function main(argv: readonly string[]): number {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      accounts: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '42' },
      keep: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const dir = mkdtempSync(join(tmpdir(), 'qyran-eval-links-'));
  const db = join(dir, 'store');
  const objects = join(dir, 'objects.jsonl');
  try {
    const steps: [string, string[]][] = [
      [
        'generate',
        [
          join(DIST, 'scripts/generate-networks.js'),
          '--seed',
          values.seed,
          '--accounts',
          values.accounts,
          '--out',
          dir,
        ],
      ],
      ['ingest', [CLI, '--db', db, 'ingest', join(dir, 'documents.jsonl')]],
      ['link', [CLI, '--db', db, 'link']],
      ['export', [CLI, '--db', db, 'export', 'objects', '--out', objects]],
    ];
    for (const [name, args] of steps) {
      const status = step(name, args);
      if (status > 1) return status;
    }
    return step('eval', [
      join(DIST, 'scripts/eval-links.js'),
      '--truth',
      join(dir, 'truth.jsonl'),
      '--objects',
      objects,
    ]);
  } finally {
    if (values.keep) process.stdout.write(`[eval:links] kept ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
