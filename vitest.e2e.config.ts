import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // The servers the tests start also write every answer through zod and compare.
    env: { WAYMARK_CHECK_SERIALIZER: '1' },
  },
});
