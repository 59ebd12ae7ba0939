// A supporter's own space on both databases: the supporter writes what they need, what helps
// them cope and their plan for looking after themselves, with versions, If-Match, 412 and
// history like every record; the person they support, and anyone else, cannot read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, ifMatch } from '../../test/api.ts';
import {
  aSupporterOf,
  type Client,
  signUp,
  signUpAs,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';

const MINE = {
  needs: 'An evening off each week',
  coping: 'Swimming, and talking to my sister',
  selfCarePlan: 'Bed by eleven on weeknights',
};

describe.each(DIALECTS)('A supporter’s own space on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  let jo: Client & { relationshipId: string };
  const spaceOf = (client: Client) => `/api/people/${client.personId}/supporter-space`;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
    jo = await aSupporterOf(t, sam.personId, {
      grants: [{ section: 'goals', level: 'view', endsAt: null }],
    });
  });
  afterAll(() => t.close());

  it('starts empty, keeps each version and refuses a stale one with 412', async () => {
    const empty = await jo.request({ method: 'GET', url: spaceOf(jo) });
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json()).toMatchObject({ version: 0, data: { needs: '', coping: '' } });

    const first = await jo.request({
      method: 'PUT',
      url: spaceOf(jo),
      headers: ifMatch(0),
      payload: MINE,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ version: 1, data: MINE });
    const second = await jo.request({
      method: 'PUT',
      url: spaceOf(jo),
      headers: ifMatch(1),
      payload: { ...MINE, needs: 'A full night’s sleep' },
    });
    expect(second.json().version).toBe(2);
    const stale = await jo.request({
      method: 'PUT',
      url: spaceOf(jo),
      headers: ifMatch(1),
      payload: { ...MINE, needs: 'Overwritten?' },
    });
    expectError(stale, 412, 'WM_VERSION_CONFLICT');
    expect(stale.json().current.data.needs).toBe('A full night’s sleep');

    const history = await jo.request({ method: 'GET', url: `${spaceOf(jo)}/history` });
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json().revisions.map((r: { version: number }) => r.version)).toEqual([2, 1]);
  });

  it('refuses bad input with a clear 400 naming the field, and changes nothing', async () => {
    const before = (await jo.request({ method: 'GET', url: spaceOf(jo) })).json();
    const bad = await jo.request({
      method: 'PUT',
      url: spaceOf(jo),
      headers: ifMatch(before.version),
      payload: { ...MINE, needs: 42 },
    });
    expectError(bad, 400, 'WM_VALIDATION_FAILED');
    expect(bad.json().error.fields[0].field).toBe('needs');
    expect((await jo.request({ method: 'GET', url: spaceOf(jo) })).json()).toEqual(before);
  });

  it('is the same 404 as nobody’s record for the person Jo supports and anyone else', async () => {
    const stranger = await signUpAs(t, 'supporter');
    for (const other of [sam, stranger]) {
      for (const url of [spaceOf(jo), `${spaceOf(jo)}/history`]) {
        const answer = await other.request({ method: 'GET', url });
        const nobody = await other.request({
          method: 'GET',
          url: url.replace(jo.personId, crypto.randomUUID()),
        });
        expect(answer.statusCode).toBe(404);
        expect(answer.body).toBe(nobody.body);
      }
    }
    // A person's own record has no supporter's space.
    expect((await sam.request({ method: 'GET', url: spaceOf(sam) })).statusCode).toBe(404);
    // Nobody but Jo reading it: nothing in Sam's access log names it, and Jo's reads log nothing.
    const logged = await t.store.db.selectFrom('access_log').select('section').execute();
    expect(logged.map((row) => row.section)).not.toContain('supporter_space');
  });
});
