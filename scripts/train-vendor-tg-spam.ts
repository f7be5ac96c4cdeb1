import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { findPackageRoot } from '../src/core/package-root.js';
import { hashString } from '../src/plugins/detectors/classifier/hashing.js';

/**
 * Vendors half of the tg-spam-umputun ham and spam lines (MIT) into data/training as real negatives for
 * training; the other half stays out of the repo and out of training, and `npm run eval` measures on it.
 * Which half a line falls in is a hash of its text, so reruns pick the same lines.
 *
 *   node dist/scripts/train-vendor-tg-spam.js [--source ../shared/data/tg-spam-umputun]
 */
const VENDOR_NAMESPACE = 0x7a5;

export function isVendoredSpamLine(text: string): boolean {
  return hashString(VENDOR_NAMESPACE, text) % 2 === 0;
}

export const TG_SPAM_SAMPLE = 'tg-spam-umputun-sample.jsonl';

function main(): void {
  const { values } = parseArgs({ options: { source: { type: 'string' } } });
  const root = findPackageRoot(import.meta.url);
  const source = resolve(root, values.source ?? join('..', 'shared', 'data', 'tg-spam-umputun'));
  const records = ['ham', 'spam'].flatMap((kind) =>
    readFileSync(join(source, `umputun_${kind}-samples.txt`), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && isVendoredSpamLine(line))
      .map((text) => JSON.stringify({ text, label: 'none', kind })),
  );
  const out = join(root, 'data', 'training');
  writeFileSync(join(out, TG_SPAM_SAMPLE), `${records.join('\n')}\n`);
  copyFileSync(join(source, 'umputun_LICENSE.txt'), join(out, 'LICENSE-tg-spam-umputun-MIT.txt'));
  process.stderr.write(`wrote ${records.length} lines to ${join(out, TG_SPAM_SAMPLE)}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
