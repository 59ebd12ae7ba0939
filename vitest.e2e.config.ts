import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two files at a time: each starts its own server on a free port with its own database,
    // and a browser file spends much of its time waiting on pages, so two fill the machine.
    fileParallelism: true,
    maxWorkers: 2,
    // The servers the tests start also write every answer through zod and compare.
    env: { WAYMARK_CHECK_SERIALIZER: '1' },
  },
});
