import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { resolveConfig } from '../../core/config.js';
import { UsageError } from '../../core/errors.js';
import type { IngestSummary } from '../../core/pipeline/ingest.js';
import { ingest } from '../../core/pipeline/ingest.js';
import type { FieldMap } from '../../core/plugin.js';
import { DOCUMENT_FIELDS } from '../../core/plugin.js';
import { loadRegistry } from '../../core/registry.js';
import { createWorkerPool } from '../../core/worker-pool.js';
import type { GlobalOptions } from '../context.js';
import { printJson, withStore } from '../context.js';
import { EXIT_BAD_RECORDS, EXIT_OK } from '../exit-codes.js';
import { createProgressLine } from '../progress.js';

interface IngestFlags {
  readonly format?: string;
  readonly map?: string[];
  readonly mapFile?: string;
  readonly platform?: string;
  readonly threads?: string;
  readonly batchSize?: string;
  readonly commitSize?: string;
  readonly region?: string;
  readonly json?: boolean;
}

const fieldMapSchema = z.partialRecord(z.enum(DOCUMENT_FIELDS), z.string().min(1));

/** `--map text=message --map id=post_id` and/or `--map-file mapping.json` ({"text": "message"}). */
function parseFieldMap(flags: IngestFlags): FieldMap {
  const fromFile: unknown = flags.mapFile === undefined ? {} : JSON.parse(readFileSync(flags.mapFile, 'utf8'));
  const fromFlags = Object.fromEntries(
    (flags.map ?? []).map((pair) => {
      const at = pair.indexOf('=');
      if (at <= 0) throw new UsageError(`--map ${pair} is not field=source_field`, 'e.g. --map text=message');
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
  const parsed = fieldMapSchema.safeParse({ ...(typeof fromFile === 'object' ? fromFile : {}), ...fromFlags });
  if (!parsed.success) {
    throw new UsageError(
      `invalid field mapping: ${z.prettifyError(parsed.error)}`,
      `fields: ${DOCUMENT_FIELDS.join(', ')}`,
    );
  }
  return parsed.data;
}

function printSummary(summary: IngestSummary): void {
  const lines = [
    `ingested ${summary.records.toLocaleString('en')} records from ${summary.sources} source(s) in ${summary.elapsedSeconds.toFixed(1)} s (${Math.round(summary.docsPerSecond).toLocaleString('en')} docs/s)`,
    `  new documents: ${summary.newDocuments.toLocaleString('en')}, new captures: ${summary.newCaptures.toLocaleString('en')}`,
    `  unchanged sources skipped: ${summary.sourcesUnchanged}, resumed: ${summary.sourcesResumed}, files no connector reads: ${summary.filesSkipped.length}`,
    `  labels: ${
      Object.entries(summary.labels)
        .map(([label, n]) => `${label} ${n}`)
        .join(', ') || '-'
    }`,
  ];
  if (summary.badRecords > 0) {
    lines.push(`  bad records: ${summary.badRecords} (skipped; all are kept in the store)`);
    for (const bad of summary.badRecordSamples)
      lines.push(`    ${bad.source}${bad.line === null ? '' : `:${bad.line}`}: ${bad.reason}`);
  }
  for (const [plugin, failure] of Object.entries(summary.pluginFailures)) {
    lines.push(`  plugin ${plugin} failed on ${failure.count} document(s): ${failure.firstMessage}`);
  }
  process.stderr.write(`${lines.join('\n')}\n`);
}

export function registerIngest(program: Command, globals: () => GlobalOptions): void {
  program
    .command('ingest')
    .description('read files or folders (JSONL, CSV, Telegram Desktop exports) into the store')
    .argument('<paths...>', 'files or folders')
    .option('--format <connector>', 'read every file with this connector instead of detecting the format')
    .option('--map <field=source>', 'map a Qyran field to a source field (repeatable)', (v, prev: string[] = []) => [
      ...prev,
      v,
    ])
    .option('--map-file <file>', 'JSON file mapping Qyran fields to source fields')
    .option('--platform <name>', 'platform to record when the source does not say')
    .option('--threads <n>', "analysis worker threads (default: all cores but one, the store writer's)")
    .option('--batch-size <n>', 'documents per worker task')
    .option(
      '--commit-size <n>',
      'documents per store transaction, default 200,000, and at least one commit every 10 s (a killed run redoes at most one transaction)',
    )
    .option('--region <CC>', 'default region for phone numbers (default KZ)')
    .option('--json', 'print the summary as JSON on stdout')
    .action(async (paths: string[], flags: IngestFlags) => {
      const config = resolveConfig({
        ingestThreads: flags.threads === undefined ? undefined : Number(flags.threads),
        batchSize: flags.batchSize === undefined ? undefined : Number(flags.batchSize),
        commitSize: flags.commitSize === undefined ? undefined : Number(flags.commitSize),
        defaultRegion: flags.region,
      });
      const connectorOptions = { fieldMap: parseFieldMap(flags), defaultPlatform: flags.platform ?? null };
      const registry = await loadRegistry();
      const pool = createWorkerPool(config.ingestThreads);
      const progress = createProgressLine(process.stderr);
      try {
        const summary = await withStore(
          globals(),
          (store) =>
            ingest(
              { paths, format: flags.format ?? null, connectorOptions, config, onProgress: progress.update },
              store,
              registry,
              pool,
            ),
          { transactionDocuments: config.commitSize },
        );
        progress.done();
        if (flags.json === true) printJson(summary);
        printSummary(summary);
        process.exitCode = summary.badRecords > 0 ? EXIT_BAD_RECORDS : EXIT_OK;
      } finally {
        await pool.close();
      }
    });
}
