import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { loadRegistry } from '../../core/registry.js';
import type { DetectionLabel } from '../../model/detection.js';
import { DETECTION_LABELS } from '../../model/detection.js';
import type { GlobalOptions } from '../context.js';
import { withStore } from '../context.js';
import { exportObjects } from './export-objects.js';

interface ExportFlags {
  readonly out: string;
  readonly format: string;
  readonly label?: string;
}

function parseLabels(value: string | undefined): readonly DetectionLabel[] | null {
  if (value === undefined) return null;
  return value.split(',').map((raw) => {
    const label = DETECTION_LABELS.find((l) => l === raw.trim());
    if (label === undefined) throw new UsageError(`unknown label ${raw}`, `labels: ${DETECTION_LABELS.join(', ')}`);
    return label;
  });
}

export function registerExport(program: Command, globals: () => GlobalOptions): void {
  program
    .command('export')
    .description('write the store out for other tools')
    .argument('<what>', 'documents | objects')
    .requiredOption('--out <file>', 'output file, or - for stdout')
    .option('--format <exporter>', 'exporter to use', 'jsonl')
    .option('--label <labels>', 'only documents decided as these labels, comma-separated (e.g. sale,recruitment)')
    .action(async (what: string, flags: ExportFlags) => {
      if (what === 'objects') return exportObjects(globals(), flags.out);
      if (what !== 'documents') throw new UsageError(`cannot export ${what}`, 'qyran export documents --out FILE');
      const registry = await loadRegistry();
      const exporter = registry.exporters.find((e) => e.meta.id === flags.format);
      if (exporter === undefined) {
        throw new UsageError(
          `unknown format ${flags.format}`,
          `formats: ${registry.exporters.map((e) => e.meta.id).join(', ')}`,
        );
      }
      const labels = parseLabels(flags.label);
      const out = flags.out === '-' ? process.stdout : createWriteStream(flags.out);
      await withStore(globals(), async (store) => {
        for await (const chunk of exporter.export(store.exportRecords({ labels }))) {
          if (!out.write(chunk)) await once(out, 'drain');
        }
      });
      if (out !== process.stdout) {
        out.end();
        await once(out, 'finish');
      }
    });
}
