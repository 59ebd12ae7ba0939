// Without SMTP, trying Waymark on one machine (no PUBLIC_URL): the reset link is written to the
// log, so it can be used there. A server with a public address and no SMTP never writes it.
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import type { Store } from '../../store/db.ts';
import { TEST_JOURNAL_KEYS } from '../../test/app-harness.ts';
import { openTestStore } from '../../test/dialects.ts';
import { aSignUp } from '../../test/fixtures.ts';

describe('Password reset without SMTP', () => {
  let store: Store;
  let app: FastifyInstance;
  afterEach(async () => {
    await app.close();
    await store.close();
  });

  async function askWith(env: Record<string, string>): Promise<string[]> {
    const lines: string[] = [];
    store = await openTestStore('sqlite');
    const config = loadConfig({
      DEMO_DATA: 'false',
      LOG_LEVEL: 'info',
      JOURNAL_KEYS: TEST_JOURNAL_KEYS,
      ...env,
    });
    const built = await buildApp({
      config,
      store,
      webRoot: '/nonexistent',
      logStream: { write: (line) => lines.push(line) },
    });
    app = built.app;
    await app.ready();
    const email = aSignUp().email;
    await built.services.auth.signUp(aSignUp({ email }), 'person');
    const origin = env.PUBLIC_URL ?? 'http://localhost:3000';
    const asked = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      headers: { origin, host: new URL(origin).host },
      payload: { email },
    });
    expect(asked.statusCode, asked.body).toBe(202);
    await expect.poll(() => lines.filter((line) => line.includes('password reset')).length).toBe(1);
    return lines;
  }

  it('writes the link to the log when trying Waymark on one machine', async () => {
    const lines = await askWith({});
    expect(lines.join('\n')).toMatch(/http:\/\/localhost:3000\/reset-password\/[\w-]{43}/);
  });

  it('never writes the link to the log of a server with a public address', async () => {
    const lines = await askWith({ PUBLIC_URL: 'https://waymark.example.org' });
    expect(lines.join('\n')).toContain('SMTP is not configured');
    expect(lines.join('\n')).not.toContain('/reset-password/');
  });
});
