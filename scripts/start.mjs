// `npm start`: build when the sources are newer than the build, ingest the bundled demo corpus into the embedded
// store, and print what Qyran found. Plain JavaScript because it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/src/cli/main.js');
const db = process.env.QYRAN_DB ?? join(root, 'qyran-data');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0 && result.status !== 1) process.exit(result.status ?? 2);
  return result.status;
}

const sourcesTime = Math.max(newestMtime(join(root, 'src')), statSync(join(root, 'package.json')).mtimeMs);
if (!existsSync(cli) || statSync(cli).mtimeMs < sourcesTime) {
  console.log('building…');
  run('npm', ['run', '--silent', 'build']);
}
console.log(`ingesting the demo corpus (data/demo) into ${db}`);
run(process.execPath, [cli, '--db', db, 'ingest', join(root, 'data/demo')]);
console.log('');
run(process.execPath, [cli, '--db', db, 'stats']);
console.log('');
console.log(`next: node ${cli} --db ${db} search закладки`);
console.log(`      node ${cli} --db ${db} show <id>`);
