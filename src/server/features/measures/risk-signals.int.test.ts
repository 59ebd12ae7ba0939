// A risk answer (PHQ-9 item 9 above "Not at all") must reach the person as a calm pointer to
// their own plans, never block them, and tell nobody: no other account sees anything and no
// log line carries what was answered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import type { Store } from '../../store/db.ts';
import { type Client, clientFor, TEST_JOURNAL_KEYS } from '../../test/app-harness.ts';
import { DIALECTS, openTestStore } from '../../test/dialects.ts';
import { aSignUp } from '../../test/fixtures.ts';
import { aPhq9Answer } from '../../test/measure-fixtures.ts';

const CANARY_NOTE = 'Canary note 7c41: the worst night';

describe.each(DIALECTS)('Risk signals on %s', (dialect) => {
  const lines: string[] = [];
  let store: Store;
  let app: Awaited<ReturnType<typeof buildApp>>['app'];
  let sam: Client;
  let other: Client;

  const signUp = async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: aSignUp(),
    });
    const cookie = response.headers['set-cookie']?.toString().split(';')[0] ?? '';
    return clientFor(app, response.json().account.id, cookie, response.json().csrfToken);
  };

  beforeAll(async () => {
    store = await openTestStore(dialect);
    const config = loadConfig({
      DEMO_DATA: 'false',
      LOG_LEVEL: 'trace',
      JOURNAL_KEYS: TEST_JOURNAL_KEYS,
    });
    ({ app } = await buildApp({
      config,
      store,
      webRoot: '/nonexistent',
      logStream: { write: (line) => lines.push(line) },
    }));
    await app.ready();
    sam = await signUp();
    other = await signUp();
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('saves the answers and offers the person their own safety plan and crisis plan', async () => {
    const url = `/api/people/${sam.personId}/measure-responses`;
    const answer = { ...aPhq9Answer([0, 0, 0, 0, 0, 0, 0, 0, 2]), note: CANARY_NOTE };
    const response = await sam.request({ method: 'POST', url, payload: answer });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body.riskSignals).toEqual([
      expect.objectContaining({ id: 'phq9-item-9', linkId: 'phq9-9', score: 2 }),
    ]);
    expect(body.support).toEqual({
      message: expect.stringMatching(/safety plan and your crisis plan/),
      safetyPlan: `/api/people/${sam.personId}/safety-plan`,
      crisisPlan: `/api/people/${sam.personId}/crisis-plan`,
    });
    // The score is still worked out and kept: the signal never stands in the way.
    expect(body.scores[0]).toMatchObject({ value: 2, band: { id: 'minimal' } });
    for (const link of [body.support.safetyPlan, body.support.crisisPlan]) {
      expect((await sam.request({ method: 'GET', url: link })).statusCode).toBe(200);
    }
    // Reading it back later shows the same signal and the same offer.
    const again = await sam.request({ method: 'GET', url: `${url}/${body.id}` });
    expect(again.json()).toMatchObject({ riskSignals: body.riskSignals, support: body.support });

    // Nobody else is told: another account sees nothing, and no log line has the answers.
    expect((await other.request({ method: 'GET', url })).statusCode).toBe(404);
    const logged = lines.join('\n');
    expect(logged.length).toBeGreaterThan(0);
    for (const secret of ['phq9-item-9', 'phq9-9', 'riskSignal', 'self-harm', 'Canary note 7c41'])
      expect(logged).not.toContain(secret);
  });

  it('offers the same support when item 9 is left unanswered, and never prorates over it', async () => {
    const url = `/api/people/${sam.personId}/measure-responses`;
    const before = lines.length;
    // Item 9 and one other skipped: two missing would be prorated, but item 9 is never guessed.
    const answer = aPhq9Answer([3, 3, null, 3, 3, 3, 3, 3, null]);
    const response = await sam.request({ method: 'POST', url, payload: answer });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body.riskSignals).toEqual([
      expect.objectContaining({ id: 'phq9-item-9-unanswered', linkId: 'phq9-9', score: null }),
    ]);
    expect(body.support).toEqual({
      message: expect.stringMatching(/safety plan and your crisis plan/),
      safetyPlan: `/api/people/${sam.personId}/safety-plan`,
      crisisPlan: `/api/people/${sam.personId}/crisis-plan`,
    });
    expect(body.scores[0].value).toBeNull();
    expect(body.scores[0].explanation.at(-1)).toMatch(/never guessed from the others/);
    // No total, so no Observation; and nothing about it is told to anyone or logged.
    const observations = await store.db
      .selectFrom('observation')
      .select('id')
      .where('response_id', '=', body.id)
      .execute();
    expect(observations).toEqual([]);
    const logged = lines.slice(before).join('\n');
    for (const secret of ['phq9-item-9', 'phq9-9', 'unanswered', 'riskSignal'])
      expect(logged).not.toContain(secret);
  });

  it('gives no support block when no answer raises a signal', async () => {
    const url = `/api/people/${sam.personId}/measure-responses`;
    const response = await sam.request({ method: 'POST', url, payload: aPhq9Answer() });
    expect(response.json()).toMatchObject({ riskSignals: [], support: null });
  });
});
