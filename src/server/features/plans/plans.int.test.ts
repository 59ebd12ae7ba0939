import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EMPTY_CRISIS_PLAN,
  EMPTY_SAFETY_PLAN,
  EMPTY_STAYING_WELL,
} from '../../../domain/record/plans.schema.ts';
import { type Client, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aContact } from '../../test/plan-fixtures.ts';

describe.each(DIALECTS)('Plans on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  let alex: Client;
  let samContact: string;
  let alexContact: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
    alex = await signUp(t.app);
    samContact = (
      await sam.request({
        method: 'POST',
        url: `/api/people/${sam.personId}/support-network`,
        payload: aContact(),
      })
    ).json().id;
    alexContact = (
      await alex.request({
        method: 'POST',
        url: `/api/people/${alex.personId}/support-network`,
        payload: aContact(),
      })
    ).json().id;
  });
  afterAll(() => t.close());
  const plan = (name: string) => `/api/people/${sam.personId}/${name}`;

  it('keeps the staying-well plan in the order the person chose, with revisions', async () => {
    const empty = await sam.request({ method: 'GET', url: plan('staying-well-plan') });
    expect(empty.json()).toMatchObject({ version: 0, data: EMPTY_STAYING_WELL });
    const saved = await sam.request({
      method: 'PUT',
      url: plan('staying-well-plan'),
      headers: { 'if-match': 'W/"0"' },
      payload: {
        ...EMPTY_STAYING_WELL,
        daily: ['Walk the dog before breakfast', 'Text my sister'],
        triggers: [{ trigger: 'Letters about money', whatHelps: 'Open them with my sister' }],
        earlyWarningSigns: [
          { sign: 'Sleeping past noon', whatToDo: 'Set two alarms and tell Ade' },
        ],
      },
    });
    expect(saved.statusCode).toBe(200);
    const reordered = await sam.request({
      method: 'PUT',
      url: plan('staying-well-plan'),
      headers: { 'if-match': 'W/"1"' },
      payload: { ...saved.json().data, daily: ['Text my sister', 'Walk the dog before breakfast'] },
    });
    expect(reordered.json().data.daily[0]).toBe('Text my sister');
    const history = await sam.request({
      method: 'GET',
      url: `${plan('staying-well-plan')}/history`,
    });
    expect(history.json().revisions).toHaveLength(2);
  });

  it('saves a crisis plan naming people from the support network, and refuses someone else’s contact', async () => {
    const wanted = {
      ...EMPTY_CRISIS_PLAN,
      wantInvolved: [{ contactId: samContact, whatToDo: 'Stay with me' }],
      lastReviewed: '2026-11-01',
    };
    const ok = await sam.request({
      method: 'PUT',
      url: plan('crisis-plan'),
      headers: { 'if-match': 'W/"0"' },
      payload: wanted,
    });
    expect(ok.statusCode).toBe(200);
    const foreign = await sam.request({
      method: 'PUT',
      url: plan('crisis-plan'),
      headers: { 'if-match': 'W/"1"' },
      payload: { ...wanted, nominatedPersonContactId: alexContact },
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields[0].field).toBe('nominatedPersonContactId');
    const after = await sam.request({ method: 'GET', url: plan('crisis-plan') });
    expect(after.json()).toMatchObject({ version: 1, data: { nominatedPersonContactId: null } });
  });

  it('refuses over-long lists and empty entries in the safety plan', async () => {
    const tooMany = Array.from({ length: 51 }, (_, i) => `Reason ${i}`);
    const response = await sam.request({
      method: 'PUT',
      url: plan('safety-plan'),
      headers: { 'if-match': 'W/"0"' },
      payload: { ...EMPTY_SAFETY_PLAN, reasonsForLiving: tooMany, warningSigns: [''] },
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.fields.map((f: { field: string }) => f.field);
    expect(fields).toContain('reasonsForLiving');
    expect(fields).toContain('warningSigns.0');
    expect((await sam.request({ method: 'GET', url: plan('safety-plan') })).json().version).toBe(0);
  });

  it('keeps what the person needs after a crisis', async () => {
    const response = await sam.request({
      method: 'PUT',
      url: plan('after-crisis'),
      headers: { 'if-match': 'W/"0"' },
      payload: { backOnTrack: 'A week off work', learned: 'Call Ade sooner' },
    });
    expect(response.json()).toMatchObject({ version: 1, data: { learned: 'Call Ade sooner' } });
  });

  it('says who wrote the crisis and safety plans the person reads, for the screen and the print', async () => {
    const safety = await sam.request({
      method: 'PUT',
      url: plan('safety-plan'),
      headers: { 'if-match': 'W/"0"' },
      payload: { ...EMPTY_SAFETY_PLAN, reasonsForLiving: ['My niece'] },
    });
    expect(safety.statusCode).toBe(200);
    for (const name of ['crisis-plan', 'safety-plan']) {
      const read = await sam.request({ method: 'GET', url: plan(name) });
      expect(read.json().agreed).toMatchObject({ byOwner: true });
      expect(read.json().agreed.authorName).toEqual(expect.any(String));
    }
  });

  it('does not show one person’s plans to another', async () => {
    for (const name of ['staying-well-plan', 'crisis-plan', 'safety-plan', 'after-crisis']) {
      const response = await alex.request({ method: 'GET', url: plan(name) });
      expect(response.statusCode).toBe(404);
    }
  });
});
