import { availableParallelism } from 'node:os';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { childProcessEnv } from './scripts/test-child-env.ts';
import { words } from './scripts/words-plugin.ts';

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine, with the
    // cores idle while a test waits on PostgreSQL, Chromium or a child process. Three at least.
    maxWorkers: Math.max(3, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'server',
          environment: 'node',
          // bench/*.test.ts check the benchmark's pure helpers only; no test runs load.
          // scripts/*.test.ts check the build's helpers.
          include: [
            'src/domain/**/*.test.ts',
            'src/server/**/*.test.ts',
            'bench/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          // Every answer is also written by zod and compared (http/response-serializer.ts).
          env: { WAYMARK_CHECK_SERIALIZER: '1', ...childProcessEnv },
          // The server holds every language's words (i18n/disk-words.ts); so do its tests.
          setupFiles: ['src/server/test/all-words.ts'],
          // A worker loads the app's modules and every catalogue once, not once per file: the
          // suite then takes 12 minutes instead of 17 on 2 cores (docs/decisions/0059). A
          // file must leave no module state behind (all-words.ts resets the language).
          isolate: false,
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        plugins: [preact(), words()],
        test: {
          name: 'web',
          // Each file still gets its own module graph and globals, but a worker makes jsdom once
          // instead of once per file: the web tests went from 159 s to 55 s on 2 cores.
          pool: 'vmThreads',
          environment: 'jsdom',
          include: ['src/web/**/*.test.{ts,tsx}'],
          setupFiles: ['src/web/testing/setup.ts'],
          // Page tests render whole pages; on a busy 2-core machine 5 s is too tight.
          testTimeout: 15_000,
        },
      },
    ],
  },
});
