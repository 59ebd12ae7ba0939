// What someone starting Waymark reads in the console: the demo accounts, on the first start
// and on every start after it, for as long as the installation still has them as shipped.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPostgresSchema, DIALECTS } from '../../test/dialects.ts';
import { startServerProcess, stopServer } from '../../test/server-process.ts';
import { DEMO_ACCOUNTS } from './demo.ts';

async function where(
  dialect: string,
): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-demo-start-'));
    return {
      env: { DATA_DIR: dir },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const scratch = await createPostgresSchema();
  return { env: { DATABASE_URL: scratch.url }, drop: scratch.drop };
}

describe.each(DIALECTS)('Starting Waymark with the demo on %s', (dialect) => {
  // Two real starts, the first seeding the demo: about 17 s on this 2-core machine under the full
  // suite, too close to the default 20 s; hence 60 s.
  it('prints the demo accounts on the first start and again on the next, seeded or not', async () => {
    const data = await where(dialect);
    try {
      const start = (env: Record<string, string>) => startServerProcess({ ...data.env, ...env });
      const first = await start({ DEMO_DATA: 'true' });
      await stopServer(first);
      // The second start seeds nothing (the database is not empty) and still says who is there.
      const second = await start({ DEMO_DATA: 'false' });
      await stopServer(second);
      for (const output of [first.output(), second.output()]) {
        for (const account of DEMO_ACCOUNTS) {
          expect(output).toContain(account.email);
          expect(output).toContain(account.password);
        }
      }
    } finally {
      await data.drop();
    }
  }, 60_000);
});
