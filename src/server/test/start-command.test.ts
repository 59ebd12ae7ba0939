import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVER_MEMORY_ENV, SERVER_NODE_OPTIONS } from './server-process.ts';

// The tests and benchmarks start the server as `npm start` does, or their memory figures
// would be of another server than the one people run.
const scripts = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../../package.json'), 'utf8'),
).scripts as Record<string, string>;

describe('the server is started the same way everywhere', () => {
  it.each(['start', 'dev'])(
    'npm run %s passes the memory options and allocator settings',
    (name) => {
      const command = scripts[name] ?? '';
      for (const option of SERVER_NODE_OPTIONS) expect(command).toContain(` ${option} `);
      for (const [key, value] of Object.entries(SERVER_MEMORY_ENV))
        expect(command).toContain(`${key}=${value} `);
    },
  );
});
