import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { GlobalOptions } from '../context.js';
import { withStore } from '../context.js';

/** `qyran export objects`: one JSON line per object from the last `qyran link`, with its network. */
export async function exportObjects(globals: GlobalOptions, outPath: string): Promise<void> {
  const out = outPath === '-' ? process.stdout : createWriteStream(outPath);
  await withStore(globals, async (store) => {
    for await (const o of store.exportObjects()) {
      const line = JSON.stringify({
        id: o.id,
        kind: o.kind,
        network: o.network,
        accounts: o.accounts,
        identifiers: o.identifiers,
        documents: o.documents,
      });
      if (!out.write(`${line}\n`)) await once(out, 'drain');
    }
  });
  if (out !== process.stdout) {
    out.end();
    await once(out, 'finish');
  }
}
