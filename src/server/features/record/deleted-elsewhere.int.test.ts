// A change to something deleted in another tab or on another device is a conflict like any
// other: 412 with the item as it is now (showing when it was deleted), never a 404 for an item
// the same person can still read. Nothing is changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, ifMatch, paths } from '../../test/api.ts';
import { type Client, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { aCheckin, aJournalEntry, checkinUrls } from '../../test/checkin-fixtures.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aGoal, aLifeArea, aNote } from '../../test/fixtures.ts';
import { aContact } from '../../test/plan-fixtures.ts';

type Case = { name: string; collection: (sam: Client) => Promise<string>; body: object };

describe.each(DIALECTS)('Changing something deleted elsewhere on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
  });
  afterAll(() => t.close());

  const cases: Case[] = [
    {
      name: 'a life area',
      collection: async (c) => paths(c.personId).lifeAreas,
      body: aLifeArea(),
    },
    { name: 'a goal', collection: async (c) => paths(c.personId).goals, body: aGoal() },
    {
      name: 'a progress note',
      collection: async (c) => {
        const goal = await c.request({
          method: 'POST',
          url: paths(c.personId).goals,
          payload: aGoal(),
        });
        return paths(c.personId).notes(goal.json().id);
      },
      body: aNote(),
    },
    {
      name: 'a support network contact',
      collection: async (c) => `/api/people/${c.personId}/support-network`,
      body: aContact(),
    },
    {
      name: 'a check-in',
      collection: async (c) => checkinUrls(c.personId).checkins,
      body: aCheckin({ scores: { mood: 3 } }),
    },
    {
      name: 'a journal entry',
      collection: async (c) => checkinUrls(c.personId).journal,
      body: aJournalEntry(),
    },
  ];

  for (const c of cases) {
    it(`answers 412 with ${c.name} as it is now, showing it deleted, and changes nothing`, async () => {
      const collection = await c.collection(sam);
      const created = await sam.request({ method: 'POST', url: collection, payload: c.body });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json().id ?? created.json().checkin.id;
      const item = `${collection}/${id}`;
      // Another tab deletes it; this one still holds version 1.
      const deleted = await sam.request({ method: 'DELETE', url: item, headers: ifMatch(1) });
      expect(deleted.statusCode).toBe(200);
      const read = await sam.request({ method: 'GET', url: item });
      expect(read.statusCode).toBe(200);
      expect(read.json().deletedAt).not.toBeNull();

      for (const version of [1, 2]) {
        const body = expectError(
          await sam.request({
            method: 'PUT',
            url: item,
            headers: ifMatch(version),
            payload: c.body,
          }),
          412,
          'WM_VERSION_CONFLICT',
        ) as { current?: { version: number; deletedAt: string | null } };
        expect(body.current).toMatchObject({ id, version: 2, deletedAt: read.json().deletedAt });
      }
      // Without a version it is refused the same way as any other change.
      expectError(
        await sam.request({ method: 'PUT', url: item, payload: c.body }),
        428,
        'WM_VERSION_REQUIRED',
      );
      const after = await sam.request({ method: 'GET', url: item });
      expect(after.json()).toEqual(read.json());
      const history = await sam.request({ method: 'GET', url: `${item}/history` });
      expect(history.json().revisions).toHaveLength(2);
    });
  }
});
