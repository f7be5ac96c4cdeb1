import type { Command } from 'commander';
import type { GlobalOptions } from '../context.js';
import { printJson, withStore } from '../context.js';

export function registerStats(program: Command, globals: () => GlobalOptions): void {
  program
    .command('stats')
    .description('counts of what the store holds')
    .option('--json', 'print as JSON')
    .action(async (flags: { json?: boolean }) => {
      const { stats, topIdentifiers } = await withStore(globals(), async (store) => ({
        stats: await store.stats(),
        topIdentifiers: await store.topIdentifiers(10),
      }));
      if (flags.json === true) {
        printJson({ ...stats, topIdentifiers });
        return;
      }
      const rows: [string, number][] = [
        ['documents', stats.documents],
        ['captures', stats.captures],
        ['accounts', stats.accounts],
        ['identifiers', stats.identifiers],
        ['mentions', stats.mentions],
        ['detections', stats.detections],
        ['bad records', stats.badRecords],
      ];
      const lines = rows.map(([name, n]) => `${name.padEnd(12)} ${n.toLocaleString('en').padStart(12)}`);
      const labels = Object.entries(stats.documentsByLabel).map(([l, n]) => `${l} ${n.toLocaleString('en')}`);
      const types = Object.entries(stats.identifiersByType).map(([t, n]) => `${t} ${n.toLocaleString('en')}`);
      lines.push(`labels       ${labels.join(', ') || '-'}`, `identifiers  ${types.join(', ') || '-'}`);
      if (topIdentifiers.length > 0) lines.push('', 'identifiers shared by the most accounts:');
      for (const i of topIdentifiers) {
        lines.push(`  ${i.type.padEnd(10)} ${i.value.padEnd(40)} ${i.accounts} account(s), ${i.documents} document(s)`);
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
