import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { analyzeJsonl } from '../../core/analysis/analyze-jsonl.js';
import { resolveConfig } from '../../core/config.js';
import { UsageError } from '../../core/errors.js';
import { createWorkerPool } from '../../core/worker-pool.js';
import { EXIT_BAD_RECORDS, EXIT_OK } from '../exit-codes.js';

interface AnalyzeFlags {
  readonly in: string;
  readonly out: string;
  readonly threads?: string;
  readonly region?: string;
}

async function writeTo(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('classify JSONL lines {"id","text"} and extract identifiers; needs no database')
    .option('--in <file>', 'input JSONL file, or - for stdin', '-')
    .option('--out <file>', 'output JSONL file, or - for stdout', '-')
    .option('--threads <n>', 'worker threads (default: all cores)')
    .option('--region <CC>', 'default region for phone numbers (default KZ)')
    .action(async (flags: AnalyzeFlags) => {
      const config = resolveConfig({
        threads: flags.threads === undefined ? undefined : Number(flags.threads),
        defaultRegion: flags.region,
      });
      if (flags.in !== '-' && !existsSync(flags.in)) throw new UsageError(`no such input file: ${flags.in}`);
      const input = flags.in === '-' ? process.stdin : createReadStream(flags.in);
      const output = flags.out === '-' ? process.stdout : createWriteStream(flags.out);
      const pool = createWorkerPool(config.threads);
      try {
        const summary = await analyzeJsonl(
          createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY }),
          (chunk) => writeTo(output, chunk),
          pool,
          { defaultRegion: config.defaultRegion, batchSize: Math.max(500, config.batchSize) },
        );
        if (output !== process.stdout) {
          output.end();
          await once(output, 'finish');
        }
        if (summary.errors > 0) process.stderr.write(`analyze: ${summary.errors} malformed line(s), reported inline\n`);
        process.exitCode = summary.errors > 0 ? EXIT_BAD_RECORDS : EXIT_OK;
      } finally {
        await pool.close();
      }
    });
}
