// The failed tests of a Vitest JSON report, each with why, for `npm test` to name again just
// before its totals: CI keeps only a log's last lines.
import path from 'node:path';

export type VitestJson = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  success: boolean;
  testResults: Array<{
    name: string;
    status: string;
    message?: string;
    assertionResults: Array<{ fullName: string; status: string; failureMessages?: string[] }>;
  }>;
};

const STACK_LINE = /^at\s/;

/**
 * The first lines of a failure's message, then the first place in our own code it points at:
 * enough to tell a time-out from a wrong answer, and where. Vitest's own frames are left out.
 */
export function whyItFailed(message: string | undefined): string[] {
  const lines = (message ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const said = lines.filter((line) => !STACK_LINE.test(line)).slice(0, 3);
  const ours = lines.find((line) => STACK_LINE.test(line) && !line.includes('/node_modules/'));
  return [...said, ...(ours ? [ours] : [])].map((line) =>
    line.length > 200 ? `${line.slice(0, 199)}…` : line,
  );
}

/** Each failed test as "file > full name", followed by why on lines of its own. */
export function failuresIn(json: VitestJson, root = process.cwd()): string[] {
  const failures: string[] = [];
  const described = (title: string, message: string | undefined) =>
    [title, ...whyItFailed(message).map((line) => `    ${line}`)].join('\n');
  for (const file of json.testResults) {
    const where = path.relative(root, file.name);
    const failedTests = file.assertionResults.filter((test) => test.status === 'failed');
    for (const test of failedTests)
      failures.push(described(`${where} > ${test.fullName}`, test.failureMessages?.[0]));
    if (file.status === 'failed' && failedTests.length === 0)
      failures.push(
        described(`${where} (failed outside its tests, e.g. did not load)`, file.message),
      );
  }
  return failures;
}
