// Checks that every test the hazard log cites still exists. Each citation in
// docs/clinical-safety.md is written `path` › describe › test (docs/clinical-safety.md, "How a
// test is named"); this finds every one, and fails when the file is missing or a describe or
// test name does not occur in it word for word. A note in brackets after the test name, such as
// "(among its cases: …)", is allowed. It checks that the names are there, not what the test
// asserts: that is for the reviewer.
//
//   node_modules/.bin/node scripts/check-cited-tests.ts [docs/clinical-safety.md]
import fs from 'node:fs';
import path from 'node:path';

const SEPARATOR = ' › ';
const logPath = process.argv[2] ?? 'docs/clinical-safety.md';
const citation = /`([\w./-]+\.(?:test|int\.test|e2e)\.tsx?)`( › .+)$/g;

/** The source with escaped quotes unescaped, so a name reads as it does in the log. */
function readSource(file: string): string | undefined {
  if (!fs.existsSync(file)) return undefined;
  return fs.readFileSync(file, 'utf8').replace(/\\(['"`])/g, '$1');
}

function withoutTrailingNote(name: string): string {
  return name.replace(/\s*\([^()]*(?:\([^()]*\)[^()]*)*\)\s*$/, '');
}

const problems: string[] = [];
let checked = 0;
const lines = fs.readFileSync(logPath, 'utf8').split('\n');
lines.forEach((line, index) => {
  for (const match of line.matchAll(citation)) {
    checked += 1;
    const [, file = '', rest = ''] = match;
    const names = rest
      .split(SEPARATOR)
      .slice(1)
      .map((name) => name.trim());
    const where = `${logPath}:${index + 1} ${file}`;
    const source = readSource(path.resolve(file));
    if (source === undefined) {
      problems.push(`${where}: no such file`);
      continue;
    }
    const testName = names[names.length - 1] ?? '';
    for (const describe of names.slice(0, -1)) {
      if (!source.includes(describe)) problems.push(`${where}: no describe "${describe}"`);
    }
    if (!source.includes(testName) && !source.includes(withoutTrailingNote(testName))) {
      problems.push(`${where}: no test "${withoutTrailingNote(testName)}"`);
    }
  }
});

for (const problem of problems) console.error(problem);
console.log(`${checked} citations checked, ${problems.length} stale.`);
if (checked === 0 || problems.length > 0) process.exitCode = 1;
