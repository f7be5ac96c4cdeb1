import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { QyranError } from './errors.js';

/**
 * The directory holding package.json above a module. The same module runs from `src/` under vitest and from
 * `dist/src/` after tsc, at different depths, so data paths are resolved from the package root rather than
 * relative to the module.
 */
export function findPackageRoot(moduleUrl: string): string {
  let dir = dirname(fileURLToPath(moduleUrl));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new QyranError('PLUGIN_INVALID', `no package.json above ${fileURLToPath(moduleUrl)}`);
    }
    dir = parent;
  }
}
