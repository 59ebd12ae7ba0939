// "Recently deleted": after leaving the page, a person can still find a deleted check-in or
// journal entry and bring it back, for 30 days. `?deleted=true` on the list asks for them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, ifMatch } from '../../test/api.ts';
import { type Client, signIn, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { aCheckin, aJournalEntry, checkinUrls } from '../../test/checkin-fixtures.ts';
import { DIALECTS } from '../../test/dialects.ts';

type Listed = { id: string; deletedAt: string | null; text?: string };

describe.each(DIALECTS)('Recently deleted check-ins and journal entries on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  let url: ReturnType<typeof checkinUrls>;
  const credentials = {
    email: `recently-deleted-${dialect}@example.test`,
    password: 'a long enough password',
  };
  // Long clock jumps end the session; signing in again keeps the same person.
  const signInAgain = async () => {
    sam = await signIn(t.app, credentials.email, credentials.password);
  };
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app, credentials);
    url = checkinUrls(sam.personId);
  });
  afterAll(() => t.close());

  const cases = [
    {
      name: 'journal entries',
      list: () => url.journal,
      item: (id: string) => url.entry(id),
      create: async (text: string) => {
        const response = await sam.request({
          method: 'POST',
          url: url.journal,
          payload: aJournalEntry({ text }),
        });
        expect(response.statusCode, response.body).toBe(201);
        return response.json().id as string;
      },
    },
    {
      name: 'check-ins',
      list: () => url.checkins,
      item: (id: string) => url.checkin(id),
      create: async (note: string) => {
        const response = await sam.request({
          method: 'POST',
          url: url.checkins,
          payload: aCheckin({ note }),
        });
        expect(response.statusCode, response.body).toBe(201);
        return response.json().id as string;
      },
    },
  ];

  for (const c of cases) {
    const listed = async (query = '') => {
      const response = await sam.request({ method: 'GET', url: `${c.list()}${query}` });
      expect(response.statusCode, response.body).toBe(200);
      return response.json().items as Listed[];
    };
    const ids = async (query = '') => (await listed(query)).map((item) => item.id);
    const remove = (id: string, version: number) =>
      sam.request({ method: 'DELETE', url: c.item(id), headers: ifMatch(version) });

    it(`lists deleted ${c.name} apart from the live ones, latest deletion first`, async () => {
      const first = await c.create('Deleted first.');
      const second = await c.create('Deleted second.');
      const kept = await c.create('Kept.');
      expect((await remove(first, 1)).statusCode).toBe(200);
      t.clock.advanceMinutes(5);
      expect((await remove(second, 1)).statusCode).toBe(200);

      const deleted = await listed('?deleted=true');
      expect(deleted.map((item) => item.id)).toEqual([second, first]);
      expect(deleted.every((item) => item.deletedAt !== null)).toBe(true);
      if (c.name === 'journal entries')
        expect(deleted.map((item) => item.text)).toEqual(['Deleted second.', 'Deleted first.']);
      const live = await ids();
      expect(live).toContain(kept);
      expect(live).not.toContain(first);
      expect(live).not.toContain(second);
      expect(await ids('?deleted=false')).toEqual(live);
    });

    it(`moves ${c.name} back to the live list once brought back`, async () => {
      const id = await c.create('Brought back.');
      await remove(id, 1);
      expect(await ids('?deleted=true')).toContain(id);
      const back = await sam.request({
        method: 'POST',
        url: `${c.item(id)}/undelete`,
        headers: ifMatch(2),
      });
      expect(back.statusCode, back.body).toBe(200);
      expect(await ids('?deleted=true')).not.toContain(id);
      expect(await ids()).toContain(id);
    });

    it(`stops listing deleted ${c.name} after 30 days`, async () => {
      const id = await c.create('Long gone.');
      await remove(id, 1);
      t.clock.advanceMinutes(29 * 24 * 60);
      await signInAgain();
      expect(await ids('?deleted=true')).toContain(id);
      t.clock.advanceMinutes(2 * 24 * 60);
      await signInAgain();
      expect(await ids('?deleted=true')).not.toContain(id);
      expect(await ids()).not.toContain(id);
    });

    it(`answers anyone else asking for deleted ${c.name} as if there were nothing there`, async () => {
      const id = await c.create('Not yours.');
      await remove(id, 1);
      const alex = await signUp(t.app);
      const theirs = await alex.request({ method: 'GET', url: `${c.list()}?deleted=true` });
      const nobody = c.list().replace(sam.personId, crypto.randomUUID());
      const missing = await alex.request({ method: 'GET', url: `${nobody}?deleted=true` });
      expectError(theirs, 404, 'WM_NOT_FOUND');
      expect(theirs.json()).toEqual(missing.json());
      expect(theirs.statusCode).toBe(missing.statusCode);
    });

    it(`refuses a deleted flag on ${c.name} that is not true or false`, async () => {
      const response = await sam.request({ method: 'GET', url: `${c.list()}?deleted=yes` });
      expectError(response, 400, 'WM_VALIDATION_FAILED');
      expect(response.json().error.fields.map((f: { field: string }) => f.field)).toEqual([
        'querystring.deleted',
      ]);
    });
  }
});
