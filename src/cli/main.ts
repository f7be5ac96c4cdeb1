#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { QyranError } from '../core/errors.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerExport } from './commands/export.js';
import { registerGraph } from './commands/graph.js';
import { registerIngest } from './commands/ingest.js';
import { registerLink } from './commands/link.js';
import { registerSearch } from './commands/search.js';
import { registerShow } from './commands/show.js';
import { registerStats } from './commands/stats.js';
import type { GlobalOptions } from './context.js';
import { DEFAULT_DB } from './context.js';
import { EXIT_FATAL } from './exit-codes.js';

const program = new Command('qyran')
  .description('Qyran: find drug trafficking on the open internet and the people behind it')
  .option('--db <path>', 'store folder', DEFAULT_DB)
  .showHelpAfterError()
  .exitOverride();

const globals = (): GlobalOptions => {
  const db: unknown = program.opts().db;
  return { db: typeof db === 'string' ? db : DEFAULT_DB };
};

registerIngest(program, globals);
registerAnalyze(program);
registerSearch(program, globals);
registerShow(program, globals);
registerStats(program, globals);
registerExport(program, globals);
registerGraph(program, globals);
registerLink(program, globals);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version are successful exits; anything else commander rejects is a usage error.
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_FATAL;
  } else if (error instanceof QyranError) {
    process.stderr.write(`qyran: ${error.message}\n${error.hint === null ? '' : `  ${error.hint}\n`}`);
    process.exitCode = EXIT_FATAL;
  } else {
    process.stderr.write(
      `qyran: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = EXIT_FATAL;
  }
}
