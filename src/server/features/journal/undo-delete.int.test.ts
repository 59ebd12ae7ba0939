// Deletes can be undone: a deleted check-in or journal entry comes back, as a new version,
// with If-Match like any other change; only deleted things can be brought back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, ifMatch } from '../../test/api.ts';
import { type Client, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { aCheckin, aJournalEntry, checkinUrls } from '../../test/checkin-fixtures.ts';
import { DIALECTS } from '../../test/dialects.ts';

describe.each(DIALECTS)('Undoing a delete on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  let alex: Client;
  let url: ReturnType<typeof checkinUrls>;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
    alex = await signUp(t.app);
    url = checkinUrls(sam.personId);
  });
  afterAll(() => t.close());

  const cases = [
    {
      name: 'a journal entry',
      create: () => sam.request({ method: 'POST', url: url.journal, payload: aJournalEntry() }),
      item: (id: string) => url.entry(id),
      list: () => url.journal,
    },
    {
      name: 'a check-in',
      create: () =>
        sam.request({
          method: 'POST',
          url: url.checkins,
          payload: aCheckin({ scores: { mood: 3 } }),
        }),
      item: (id: string) => url.checkin(id),
      list: () => url.checkins,
    },
  ];

  for (const c of cases) {
    it(`brings back ${c.name} as a new version, and lists it again`, async () => {
      const created = (await c.create()).json();
      const id = created.id ?? created.checkin?.id;
      await sam.request({ method: 'DELETE', url: c.item(id), headers: ifMatch(1) });
      expectError(
        await sam.request({ method: 'POST', url: `${c.item(id)}/undelete` }),
        428,
        'WM_VERSION_REQUIRED',
      );
      expectError(
        await sam.request({ method: 'POST', url: `${c.item(id)}/undelete`, headers: ifMatch(1) }),
        412,
        'WM_VERSION_CONFLICT',
      );
      expect(
        (await alex.request({ method: 'POST', url: `${c.item(id)}/undelete`, headers: ifMatch(2) }))
          .statusCode,
      ).toBe(404);
      const back = await sam.request({
        method: 'POST',
        url: `${c.item(id)}/undelete`,
        headers: ifMatch(2),
      });
      expect(back.statusCode).toBe(200);
      expect(back.json()).toMatchObject({ version: 3, deletedAt: null });
      const listed = (await sam.request({ method: 'GET', url: c.list() })).json().items;
      expect(listed.map((item: { id: string }) => item.id)).toContain(id);
      const history = (await sam.request({ method: 'GET', url: `${c.item(id)}/history` })).json();
      expect(history.revisions.map((r: { action: string }) => r.action)).toEqual([
        'restore',
        'delete',
        'create',
      ]);
      expectError(
        await sam.request({ method: 'POST', url: `${c.item(id)}/undelete`, headers: ifMatch(3) }),
        404,
        'WM_NOT_FOUND',
      );
    });
  }
});
