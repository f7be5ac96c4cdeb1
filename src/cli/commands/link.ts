import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { JUDGEMENT_VERDICTS } from '../../core/linking/link-input.js';
import { linkStore } from '../../core/linking/link-store.js';
import type { GlobalOptions } from '../context.js';
import { printJson, withStore } from '../context.js';

interface LinkFlags {
  readonly json?: boolean;
}

interface JudgeFlags {
  readonly note?: string;
}

/** `qyran link` (run or refresh linking) and `qyran judge` (an analyst's decision on two accounts). */
export function registerLink(program: Command, globals: () => GlobalOptions): void {
  program
    .command('link')
    .description('resolve accounts into objects and networks, with links and their evidence (incremental)')
    .option('--json', 'print the summary as JSON')
    .action(async (flags: LinkFlags) => {
      const summary = await withStore(globals(), (store) => linkStore(store));
      if (flags.json === true) {
        printJson(summary);
        return;
      }
      const lines = [
        `linked ${summary.accounts.toLocaleString('en')} accounts from ${summary.documents.toLocaleString('en')} documents (${summary.newDocuments.toLocaleString('en')} new) in ${summary.seconds} s`,
        `  time: features ${summary.phases.features} s, read ${summary.phases.read} s, resolve ${summary.phases.resolve} s, write ${summary.phases.write} s`,
        `  objects: ${summary.objects.toLocaleString('en')}, networks: ${summary.networks.toLocaleString('en')}`,
        `  links: ${Object.entries(summary.linksByType)
          .map(([type, n]) => `${type} ${n}`)
          .join(', ')}`,
        `  weak matches: ${summary.matches} (${summary.matchesMerged} merged)`,
        `  hubs (never merged on): ${summary.hubs.length}`,
        ...summary.hubs.slice(0, 10).map((h) => `    ${h.type} ${h.value}: ${h.accounts} accounts`),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
  program
    .command('judge')
    .description('record an analyst judgement on two accounts: same, different or unsure (kept, overrides linking)')
    .argument('<accountA>', 'account id (acc_…)')
    .argument('<accountB>', 'account id (acc_…)')
    .argument('<verdict>', JUDGEMENT_VERDICTS.join('|'))
    .option('--note <text>', 'why')
    .action(async (accountA: string, accountB: string, verdictText: string, flags: JudgeFlags) => {
      const verdict = JUDGEMENT_VERDICTS.find((v) => v === verdictText);
      if (verdict === undefined) {
        throw new UsageError(`unknown verdict ${verdictText}`, `verdicts: ${JUDGEMENT_VERDICTS.join(', ')}`);
      }
      if (accountA === accountB) throw new UsageError('a judgement needs two different accounts');
      await withStore(globals(), (store) =>
        store.recordJudgement({
          accountA,
          accountB,
          verdict,
          note: flags.note ?? null,
          decidedAt: new Date().toISOString(),
        }),
      );
      process.stdout.write(`recorded: ${accountA} ${verdict} ${accountB} (run qyran link to apply)\n`);
    });
}
