import { extname } from 'node:path';
import type { SourceProbe } from '../../../core/plugin.js';
import { isJsonObject } from '../../../core/source/json-value.js';

const EXTENSIONS = new Set(['.jsonl', '.ndjson', '.jsonlines']);
const decoder = new TextDecoder('utf-8');

/** The non-blank lines the head holds whole: its last line may be cut off mid-way, unless the head is the file. */
function completeLines(probe: SourceProbe): string[] {
  const lines = decoder.decode(probe.head).split('\n');
  if (probe.head.length < probe.size) lines.pop();
  return lines.filter((line) => line.trim() !== '');
}

function isObjectLine(line: string): boolean {
  try {
    return isJsonObject(JSON.parse(line));
  } catch {
    return false;
  }
}

/** One JSON object per line. A pretty-printed JSON file fails here: its first line is a lone `{`. */
export function sniffJsonl(probe: SourceProbe): number {
  const named = EXTENSIONS.has(extname(probe.path).toLowerCase());
  const [first, second] = completeLines(probe).slice(0, 2).map(isObjectLine);
  if (first === true) {
    if (named) return 0.95;
    return second === true ? 0.8 : 0.6;
  }
  return named ? 0.3 : 0;
}
