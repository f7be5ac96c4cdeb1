import type { Command } from 'commander';
import { resolveConfig } from '../../core/config.js';
import { UsageError } from '../../core/errors.js';
import { cleanAny } from '../../model/identifier-types/index.js';
import type { GlobalOptions } from '../context.js';
import { printJson, withStore } from '../context.js';

interface SearchFlags {
  readonly limit: string;
  readonly json?: boolean;
  readonly region?: string;
}

export function registerSearch(program: Command, globals: () => GlobalOptions): void {
  program
    .command('search')
    .description('find documents by full text or by an identifier written in any form')
    .argument('<query...>', 'words, or an identifier such as a phone, handle or link')
    .option('--limit <n>', 'most results', '50')
    .option('--region <CC>', 'default region for phone numbers (default KZ)')
    .option('--json', 'print as JSON')
    .action(async (words: string[], flags: SearchFlags) => {
      const query = words.join(' ');
      const limit = Number(flags.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit must be a positive whole number');
      const config = resolveConfig({ defaultRegion: flags.region });
      const identifiers = cleanAny(query, { defaultRegion: config.defaultRegion });
      // A query that is an identifier searches for it in every written form, not for its digits as words.
      const hits = await withStore(globals(), (store) =>
        store.search({ text: identifiers.length > 0 ? '' : query, identifiers, limit }),
      );
      if (flags.json === true) {
        printJson({ query, identifiers, hits });
        return;
      }
      if (identifiers.length > 0) {
        process.stderr.write(`as identifier: ${identifiers.map((i) => `${i.type} ${i.value}`).join(', ')}\n`);
      }
      for (const hit of hits) {
        const when = hit.publishedAt ?? '';
        process.stdout.write(
          `${hit.documentId}  ${hit.platform}  ${when}  [${hit.matchedBy.join(',')}]\n  ${hit.snippet}\n`,
        );
      }
      process.stderr.write(`${hits.length} result(s)\n`);
    });
}
