// The moving-on plan (issue 14), on both databases: the person's own plan for leaving a service,
// a document with revisions, If-Match, contacts from their own support network only, suggestions
// and views beside. Someone they share it with reads it (and the read is logged); when the
// sharing ends, the plan stays with the person exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_MOVING_ON, type MovingOnPlan } from '../../../domain/record/plans.schema.ts';
import { expectError, ifMatch, recordSnapshot } from '../../test/api.ts';
import {
  aSupporterOf,
  type Client,
  signUp,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aContact } from '../../test/plan-fixtures.ts';

describe.each(DIALECTS)('The moving-on plan on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  let ade: string;
  let plan: MovingOnPlan;
  const url = () => `/api/people/${sam.personId}/moving-on-plan`;
  const get = (client: Client, at = url()) => client.request({ method: 'GET', url: at });
  const put = (version: number, payload: object) =>
    sam.request({ method: 'PUT', url: url(), headers: ifMatch(version), payload });

  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app, { displayName: 'Sam' });
    const made = await sam.request({
      method: 'POST',
      url: `/api/people/${sam.personId}/support-network`,
      payload: aContact({ name: 'Ade' }),
    });
    ade = made.json().id;
    plan = {
      earlyWarningSigns: ['I stop answering my phone', 'I skip meals'],
      contacts: [{ contactId: ade, whatToDo: 'Ring me once a week' }],
      wayBack: 'Ring the team and ask for the duty worker',
      whatToSay: 'I was with the team until May and my signs are back',
      helpedBefore: 'Seeing the same worker',
    };
  });
  afterAll(() => t.close());

  it('starts empty, saves the plan with its contacts, and keeps every version', async () => {
    expect((await get(sam)).json()).toMatchObject({ version: 0, data: EMPTY_MOVING_ON });
    const saved = await put(0, plan);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, data: plan });
    const changed = await put(1, { ...plan, earlyWarningSigns: ['I skip meals'] });
    expect(changed.json().version).toBe(2);
    const history = await get(sam, `${url()}/history`);
    expect(history.json().revisions).toHaveLength(2);
    const restored = await sam.request({
      method: 'POST',
      url: `${url()}/history/restore`,
      headers: ifMatch(2),
      payload: { version: 1 },
    });
    expect(restored.statusCode, restored.body).toBe(200);
    expect((await get(sam)).json()).toMatchObject({ version: 3, data: plan });
  });

  it('refuses a save over a newer version with 412, and changes nothing', async () => {
    const before = await recordSnapshot(t.store, sam.personId);
    const stale = await put(1, { ...plan, helpedBefore: 'Something else' });
    expect(stale.statusCode).toBe(412);
    expect(await recordSnapshot(t.store, sam.personId)).toEqual(before);
  });

  it('refuses someone else’s contact, a blank sign and too many signs, and changes nothing', async () => {
    const alex = await signUp(t.app);
    const theirs = await alex.request({
      method: 'POST',
      url: `/api/people/${alex.personId}/support-network`,
      payload: aContact(),
    });
    const current = (await get(sam)).json().version as number;
    const before = await recordSnapshot(t.store, sam.personId);
    const foreign = await put(current, {
      ...plan,
      contacts: [{ contactId: theirs.json().id, whatToDo: '' }],
    });
    expectError(foreign, 400, 'WM_VALIDATION_FAILED', 'contacts.0.contactId');
    const blank = await put(current, { ...plan, earlyWarningSigns: [''] });
    expectError(blank, 400, 'WM_VALIDATION_FAILED', 'earlyWarningSigns.0');
    const tooMany = Array.from({ length: 51 }, (_, i) => `Sign ${i}`);
    const long = await put(current, { ...plan, earlyWarningSigns: tooMany });
    expectError(long, 400, 'WM_VALIDATION_FAILED', 'earlyWarningSigns');
    expect(await recordSnapshot(t.store, sam.personId)).toEqual(before);
    // Nobody else reaches it.
    expect((await get(alex)).statusCode).toBe(404);
  });

  it('lets someone Sam shares it with read it, logged, and stays with Sam when sharing ends', async () => {
    const jo = await aSupporterOf(t, sam.personId, {
      grants: [{ section: 'moving_on', level: 'view', endsAt: null }],
    });
    const before = await t.services.accessLog.list(sam.personId);
    const seen = await get(jo);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json().data.wayBack).toBe(plan.wayBack);
    const after = await t.services.accessLog.list(sam.personId);
    expect(after.length - before.length).toBe(1);
    expect(after[0]).toMatchObject({ what: 'viewed', actorId: jo.personId, section: 'moving_on' });
    // A view-only supporter cannot change it.
    const version = seen.json().version as number;
    const write = await jo.request({
      method: 'PUT',
      url: url(),
      headers: ifMatch(version),
      payload: EMPTY_MOVING_ON,
    });
    expect(write.statusCode).toBe(404);

    const kept = (await get(sam)).json();
    const stopped = await sam.request({
      method: 'DELETE',
      url: `/api/people/${sam.personId}/sharing/${jo.relationshipId}`,
    });
    expect(stopped.statusCode, stopped.body).toBe(204);
    expect((await get(jo)).statusCode).toBe(404);
    expect((await get(sam)).json()).toEqual(kept);
  });

  it('takes a supporter’s suggestion on the words, and refuses a contact they were never shown', async () => {
    const bea = await sam.request({
      method: 'POST',
      url: `/api/people/${sam.personId}/support-network`,
      payload: aContact({ name: 'Bea' }),
    });
    const jo = await aSupporterOf(t, sam.personId, {
      grants: [{ section: 'moving_on', level: 'suggest', endsAt: null }],
    });
    const seen = (await get(jo)).json();
    const suggestions = `/api/people/${sam.personId}/suggestions`;
    const unseen = await jo.request({
      method: 'POST',
      url: `${suggestions}/moving-on-plan`,
      payload: {
        itemId: null,
        baseVersion: seen.version,
        data: { ...seen.data, contacts: [{ contactId: bea.json().id, whatToDo: '' }] },
      },
    });
    expectError(unseen, 400, 'WM_VALIDATION_FAILED', 'data.contacts.0.contactId');
    const made = await jo.request({
      method: 'POST',
      url: `${suggestions}/moving-on-plan`,
      payload: {
        itemId: null,
        baseVersion: seen.version,
        data: { ...seen.data, whatToSay: 'Ask for Priya first' },
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    const accepted = await sam.request({
      method: 'POST',
      url: `${suggestions}/${made.json().id}/accept`,
      headers: ifMatch(seen.version),
      payload: {},
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const now = (await get(sam)).json();
    expect(now.data).toEqual({ ...plan, whatToSay: 'Ask for Priya first' });
    expect(now.agreed).toMatchObject({ byOwner: false });

    const view = await jo.request({
      method: 'POST',
      url: `${url()}/views`,
      payload: { part: 'wayBack', version: now.version, text: 'The team number changed in June' },
    });
    expect(view.statusCode, view.body).toBe(201);
    const views = await get(sam, `${url()}/views`);
    expect(JSON.stringify(views.json())).toContain('The team number changed in June');
  });
});
