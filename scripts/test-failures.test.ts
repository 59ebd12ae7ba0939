import { describe, expect, it } from 'vitest';
import { failuresIn, type VitestJson } from './test-failures.ts';

const report = (testResults: VitestJson['testResults']): VitestJson => ({
  numPassedTests: 0,
  numFailedTests: 1,
  numPendingTests: 0,
  numTodoTests: 0,
  success: false,
  testResults,
});

describe('The failures npm test names before its totals', () => {
  it('names the file and test, then why and where in our code, without Vitest’s own frames', () => {
    const failures = failuresIn(
      report([
        {
          name: '/repo/src/a.test.ts',
          status: 'failed',
          assertionResults: [
            { fullName: 'A passes', status: 'passed' },
            {
              fullName: 'A disables a service',
              status: 'failed',
              failureMessages: [
                [
                  'Error: Test timed out in 20000ms.',
                  'If this is a long-running test, pass a timeout value.',
                  '    at file:///repo/node_modules/vitest/dist/chunks/run.js:2948:79',
                  '    at /repo/src/a.test.ts:46:37',
                ].join('\n'),
              ],
            },
          ],
        },
      ]),
      '/repo',
    );
    expect(failures).toEqual([
      [
        'src/a.test.ts > A disables a service',
        '    Error: Test timed out in 20000ms.',
        '    If this is a long-running test, pass a timeout value.',
        '    at /repo/src/a.test.ts:46:37',
      ].join('\n'),
    ]);
  });

  it('names a file that failed outside its tests, with its message', () => {
    const failures = failuresIn(
      report([
        {
          name: '/repo/src/b.test.ts',
          status: 'failed',
          message: 'Cannot find module ./gone.ts',
          assertionResults: [],
        },
      ]),
      '/repo',
    );
    expect(failures).toEqual([
      'src/b.test.ts (failed outside its tests, e.g. did not load)\n    Cannot find module ./gone.ts',
    ]);
  });
});
