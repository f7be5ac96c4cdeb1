import { extname } from 'node:path';
import type { SourceProbe } from '../../../core/plugin.js';
import { detectDelimiter, firstLine } from './delimiter.js';

const EXTENSIONS = new Set(['.csv', '.tsv']);

function headerCells(line: string): string[] {
  return line.split(detectDelimiter(line)).map((cell) =>
    cell
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .toLowerCase(),
  );
}

/**
 * A .csv or .tsv name is near proof. Without one, only a header that names a `text` column counts, so notes and
 * licences lying next to the data are not read as one-column CSV.
 */
export function sniffCsv(probe: SourceProbe): number {
  const line = firstLine(probe.head);
  const cells = headerCells(line);
  if (EXTENSIONS.has(extname(probe.path).toLowerCase())) return cells.length > 1 ? 0.9 : 0.6;
  if (/^\s*[[{]/.test(line)) return 0;
  return cells.length > 1 && cells.includes('text') ? 0.4 : 0;
}
