// `npm run bench`: the suite and then Lighthouse, each in a process of its own. Flags such as
// --write-docs go to the suite (npm adds them after the whole script, so a script of two
// commands joined by && gave them to the second).
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const here = import.meta.dirname;
const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [path.join(here, script), ...args], { stdio: 'inherit' }).status ?? 1;

const suite = run('suite.ts', process.argv.slice(2));
process.exit(suite === 0 ? run('lighthouse.ts', []) : suite);
