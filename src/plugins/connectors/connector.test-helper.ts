import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConnectorItem, ConnectorOptions, ConnectorPlugin, SourceProbe } from '../../core/plugin.js';
import { readItems } from '../../core/source/read-items.js';

export const DEFAULT_OPTIONS: ConnectorOptions = { fieldMap: {}, defaultPlatform: null };

export function probeOf(path: string): SourceProbe {
  const file = readFileSync(path);
  return { path, size: file.length, head: file.subarray(0, 65536) };
}

/** Every item a connector reads from a file, framed and parsed in this thread. */
export async function readAll(
  connector: ConnectorPlugin,
  path: string,
  cursor: string | null = null,
  options: ConnectorOptions = DEFAULT_OPTIONS,
): Promise<ConnectorItem[]> {
  const items: ConnectorItem[] = [];
  for await (const item of readItems(connector, probeOf(path), options, cursor)) items.push(item);
  return items;
}

/** A new file with this content, alone in a new folder under `dir`. */
export function tempFile(dir: string, content: string | Uint8Array, name: string): string {
  const path = join(mkdtempSync(join(dir, 'case-')), name);
  writeFileSync(path, content);
  return path;
}
