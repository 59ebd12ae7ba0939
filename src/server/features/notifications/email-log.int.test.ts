// Without SMTP_HOST (development), a notification email is written to the log instead of sent,
// still after the commit and still holding only who and a link; it is marked sent, so it is not
// written again. Nothing from the record reaches the log.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_CRISIS_PLAN } from '../../../domain/record/plans.schema.ts';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import type { Store } from '../../store/db.ts';
import { saveFirstCrisisPlan } from '../../test/api.ts';
import { type Client, signUp, TEST_JOURNAL_KEYS } from '../../test/app-harness.ts';
import { DIALECTS, openTestStore } from '../../test/dialects.ts';
import { aSignUp } from '../../test/fixtures.ts';

const PLAN_WORDS = 'Ring my brother and walk by the canal';

describe.each(DIALECTS)('Notification email without SMTP on %s', (dialect) => {
  let store: Store;
  let app: FastifyInstance;
  let sam: Client;
  const lines: string[] = [];

  beforeAll(async () => {
    store = await openTestStore(dialect);
    const config = loadConfig({
      DEMO_DATA: 'false',
      LOG_LEVEL: 'info',
      JOURNAL_KEYS: TEST_JOURNAL_KEYS,
    });
    ({ app } = await buildApp({
      config,
      store,
      webRoot: '/nonexistent',
      logStream: { write: (line) => lines.push(line) },
    }));
    await app.ready();
    sam = await signUp(app, aSignUp({ displayName: 'Sam' }));
    await saveFirstCrisisPlan(sam, { ...EMPTY_CRISIS_PLAN, whatHelps: PLAN_WORDS });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('writes the email to the log, with who and a link, and marks it sent', async () => {
    const choice = { inApp: true, email: true };
    await sam.request({
      method: 'PUT',
      url: '/api/notifications/settings',
      payload: {
        suggestion_made: choice,
        suggestion_decided: choice,
        invitation_accepted: choice,
        early_warning: choice,
      },
    });
    const created = await sam.request({
      method: 'POST',
      url: `/api/people/${sam.personId}/invitations`,
      payload: { role: 'friend', knownAs: 'Jo', sections: { crisis_plan: 'view' } },
    });
    const jo = await signUp(app);
    const accepted = await jo.request({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token: created.json().token },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const logged = () => lines.filter((line) => line.includes('SMTP is not configured'));
    await expect.poll(() => logged().length, { timeout: 10_000 }).toBe(1);
    const line = logged()[0] ?? '';
    expect(line).toContain('Jo accepted your invitation');
    expect(line).toContain('http://localhost:3000/sharing');
    expect(lines.join('\n')).not.toContain(PLAN_WORDS);
    const rows = await store.db.selectFrom('email_outbox').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.sent_at).not.toBeNull();
  });
});
