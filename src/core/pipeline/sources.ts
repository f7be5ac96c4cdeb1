import { open, readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { QyranError } from '../errors.js';
import type { ConnectorPlugin, SourceProbe } from '../plugin.js';

const HEAD_BYTES = 64 * 1024;

export interface ResolvedSource {
  readonly probe: SourceProbe;
  readonly connector: ConnectorPlugin;
  /** Size and mtime: a source whose fingerprint changed is read again from the start. */
  readonly fingerprint: string;
}

export interface SourcePlan {
  readonly sources: readonly ResolvedSource[];
  /** Files met while walking a folder that no connector reads (licences, notes, images): not errors. */
  readonly skipped: readonly string[];
  /** Paths the user named that cannot be read: errors, each with its reason. */
  readonly unreadable: readonly { readonly path: string; readonly reason: string }[];
}

async function probeFile(path: string): Promise<{ probe: SourceProbe; fingerprint: string }> {
  const info = await stat(path);
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(HEAD_BYTES, info.size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return {
      probe: { path, size: info.size, head: buffer.subarray(0, bytesRead) },
      fingerprint: `${info.size}:${Math.trunc(info.mtimeMs)}`,
    };
  } finally {
    await handle.close();
  }
}

function chooseConnector(
  probe: SourceProbe,
  connectors: readonly ConnectorPlugin[],
  forced: string | null,
): ConnectorPlugin | null {
  if (forced !== null) return connectors.find((c) => c.meta.id === forced) ?? null;
  let best: ConnectorPlugin | null = null;
  let bestScore = 0;
  for (const connector of connectors) {
    const score = connector.sniff(probe);
    if (score > bestScore) {
      best = connector;
      bestScore = score;
    }
  }
  return best;
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile()) out.push(path);
  }
}

/** Expands folders, reads each file's head and picks the connector that is surest it can read it. */
export async function planSources(
  paths: readonly string[],
  connectors: readonly ConnectorPlugin[],
  forcedConnector: string | null,
): Promise<SourcePlan> {
  if (forcedConnector !== null && !connectors.some((c) => c.meta.id === forcedConnector)) {
    throw new QyranError('USAGE', `unknown format ${forcedConnector}`, {
      hint: `use one of: ${connectors.map((c) => c.meta.id).join(', ')}`,
    });
  }
  const sources: ResolvedSource[] = [];
  const skipped: string[] = [];
  const unreadable: { path: string; reason: string }[] = [];
  for (const given of paths) {
    const path = resolve(given);
    const info = await stat(path).catch(() => null);
    if (info === null) {
      unreadable.push({ path, reason: 'no such file or folder' });
      continue;
    }
    const files: string[] = [];
    if (info.isDirectory()) await walk(path, files);
    else files.push(path);
    for (const file of files) {
      const { probe, fingerprint } = await probeFile(file);
      const connector = chooseConnector(probe, connectors, forcedConnector);
      if (connector !== null) sources.push({ probe, connector, fingerprint });
      else if (info.isDirectory()) skipped.push(file);
      else unreadable.push({ path: file, reason: `no connector reads ${basename(file)}; name one with --format` });
    }
  }
  return { sources, skipped, unreadable };
}
