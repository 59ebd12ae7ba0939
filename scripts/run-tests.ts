// `npm test`: runs every suite (server and web with Vitest, then the browser suite against a
// fresh build) and ends with one plain line "N passed, N failed, N skipped" for all suites.
// Suites whose service is missing (PostgreSQL, Chromium) skip with a visible message, unless
// WAYMARK_REQUIRE_POSTGRES=1 / WAYMARK_REQUIRE_BROWSER=1 make them required.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { failuresIn, type VitestJson } from './test-failures.ts';

type Totals = { passed: number; failed: number; skipped: number };
type SuiteResult = Totals & { ok: boolean; failures: string[] };
/** A suite that could not run (its build failed, or Vitest wrote no report): one failure. */
const couldNotRun = (): SuiteResult => ({
  passed: 0,
  failed: 1,
  skipped: 0,
  ok: false,
  failures: [],
});

const bin = (name: string) => path.resolve('node_modules/.bin', name);
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-tests-'));

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status ?? 1;
}

function vitest(label: string, extraArgs: string[]): SuiteResult {
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
    return couldNotRun();
  }
  const json = JSON.parse(fs.readFileSync(report, 'utf8')) as VitestJson;
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
    failures: failuresIn(json),
  };
}

const suites: Array<[string, SuiteResult]> = [];
suites.push(['server and web', vitest('unit', [])]);

// The same build `npm start` makes, checks included: the first-load budget and no zod in a
// first load (scripts/check-bundle-size.ts) fail the run as they fail the start.
const build =
  run(bin('vite'), ['build', '--logLevel', 'warn']) ||
  run(process.execPath, ['scripts/precompress.ts']) ||
  run(process.execPath, ['scripts/check-bundle-size.ts']);
if (build !== 0) suites.push(['web build', couldNotRun()]);
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
const failures = suites.flatMap(([, suite]) => suite.failures);
if (failures.length > 0) console.log(`Failed:\n${failures.map((f) => `  ${f}`).join('\n')}\n`);
for (const [name, s] of suites)
  console.log(`${name}: ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
fs.rmSync(reportDir, { recursive: true, force: true });
process.exit(suites.every(([, s]) => s.ok) && total.failed === 0 ? 0 : 1);
