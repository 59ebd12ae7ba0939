// `npm test`: runs every suite (server and web with Vitest, then the browser suite against a
// fresh build) and ends with one plain line "N passed, N failed, N skipped" for all suites.
// Suites whose service is missing (PostgreSQL, Chromium) skip with a visible message, unless
// WAYMARK_REQUIRE_POSTGRES=1 / WAYMARK_REQUIRE_BROWSER=1 make them required.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type Totals = { passed: number; failed: number; skipped: number };
type VitestJson = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  success: boolean;
  testResults: Array<{
    name: string;
    status: string;
    assertionResults: Array<{ fullName: string; status: string }>;
  }>;
};

// The tests that failed, named again at the end: CI keeps only a log's last lines.
const failedNames: string[] = [];

function collectFailures(json: VitestJson): void {
  for (const file of json.testResults) {
    const where = path.relative(process.cwd(), file.name);
    const failedTests = file.assertionResults.filter((test) => test.status === 'failed');
    for (const test of failedTests) failedNames.push(`${where} > ${test.fullName}`);
    if (file.status === 'failed' && failedTests.length === 0)
      failedNames.push(`${where} (failed outside its tests, e.g. did not load)`);
  }
}

const bin = (name: string) => path.resolve('node_modules/.bin', name);
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-tests-'));

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status ?? 1;
}

function vitest(label: string, extraArgs: string[]): Totals & { ok: boolean } {
  const report = path.join(reportDir, `${label}.json`);
  const status = run(bin('vitest'), [
    'run',
    ...extraArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (!fs.existsSync(report)) {
    console.error(`\n${label}: the test run did not finish (exit ${status}).`);
    return { passed: 0, failed: 1, skipped: 0, ok: false };
  }
  const json = JSON.parse(fs.readFileSync(report, 'utf8')) as VitestJson;
  collectFailures(json);
  // A suite that failed to load counts as a failure even when no test inside it ran.
  const failed = json.numFailedTests + (status !== 0 && json.numFailedTests === 0 ? 1 : 0);
  if (status !== 0 && json.numFailedTests === 0) {
    // Say why, so a log that keeps only the last lines still points at the cause.
    console.error(
      `\n${label}: Vitest exited ${status} although no test failed: a suite did not load, or an error ` +
        'was raised outside a test ("Unhandled Errors" above). Counted as 1 failure.',
    );
  }
  return {
    passed: json.numPassedTests,
    failed,
    skipped: json.numPendingTests + json.numTodoTests,
    ok: status === 0,
  };
}

const suites: Array<[string, Totals & { ok: boolean }]> = [];
suites.push(['server and web', vitest('unit', [])]);

// The same build `npm start` makes, checks included: the first-load budget and no zod in a
// first load (scripts/check-bundle-size.ts) fail the run as they fail the start.
const build =
  run(bin('vite'), ['build', '--logLevel', 'warn']) ||
  run(process.execPath, ['scripts/precompress.ts']) ||
  run(process.execPath, ['scripts/check-bundle-size.ts']);
if (build !== 0) suites.push(['web build', { passed: 0, failed: 1, skipped: 0, ok: false }]);
else suites.push(['browser (end to end)', vitest('e2e', ['--config', 'vitest.e2e.config.ts'])]);

const total = suites.reduce(
  (sum, [, s]) => ({
    passed: sum.passed + s.passed,
    failed: sum.failed + s.failed,
    skipped: sum.skipped + s.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log('');
if (failedNames.length > 0)
  console.log(`Failed:\n${failedNames.map((n) => `  ${n}`).join('\n')}\n`);
for (const [name, s] of suites)
  console.log(`${name}: ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
fs.rmSync(reportDir, { recursive: true, force: true });
process.exit(suites.every(([, s]) => s.ok) && total.failed === 0 ? 0 : 1);
