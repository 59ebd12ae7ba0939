import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { childProcessEnv } from './scripts/test-child-env.ts';

/**
 * The longest files, started first so that none of them is left running alone at the end. A
 * fresh clone has no timings of earlier runs, and Vitest then starts the largest files first:
 * the walk's two files are a few lines each (every-page.ts holds the walk).
 */
const LONGEST_FIRST = ['every-page.e2e.ts', 'every-page-ur.e2e.ts', 'session-timeout.e2e.ts'];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const at = LONGEST_FIRST.findIndex((name) => file.moduleId.endsWith(`/${name}`));
      return at === -1 ? LONGEST_FIRST.length : at;
    };
    // Array sort is stable: the rest keep Vitest's own order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two files at a time: each starts its own server on a free port with its own database,
    // and a browser file spends much of its time waiting on pages. Three were slower on this
    // 2-core machine (770 s against 629 s for the suite) and a page missed its 30 s wait.
    fileParallelism: true,
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    // The servers the tests start also write every answer through zod and compare.
    env: { WAYMARK_CHECK_SERIALIZER: '1', ...childProcessEnv },
  },
});
