// An entry the server cannot decrypt (its key is missing, or a key with the right id and the
// wrong bytes is configured) is never written over, and never takes the rest of the journal
// down with it: lists, search and history mark it and show everything else.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import type { Store } from '../../store/db.ts';
import { ifMatch } from '../../test/api.ts';
import { type Client, signIn, signUp } from '../../test/app-harness.ts';
import { aJournalEntry, checkinUrls, journalSnapshot } from '../../test/checkin-fixtures.ts';
import { DIALECTS, openTestStore } from '../../test/dialects.ts';
import { aSignUp } from '../../test/fixtures.ts';

const material = () => randomBytes(32).toString('base64');
const K1 = `k1:${material()}`;
/** The same id as K1 with other bytes: what a regenerated or mistyped key looks like. */
const WRONG_K1 = `k1:${material()}`;
const K2 = `k2:${material()}`;

async function appWith(store: Store, journalKeys: string): Promise<FastifyInstance> {
  const config = loadConfig({ DEMO_DATA: 'false', LOG_LEVEL: 'silent', JOURNAL_KEYS: journalKeys });
  const { app } = await buildApp({ config, store, logger: false, webRoot: '/nonexistent' });
  await app.ready();
  return app;
}

type Entry = { id: string; version: number; text: string | null; unreadable?: boolean };

describe.each(DIALECTS)('Journal entries the server cannot read, on %s', (dialect) => {
  let store: Store;
  const apps: FastifyInstance[] = [];
  const account = aSignUp();
  let personId: string;
  let url: ReturnType<typeof checkinUrls>;
  /** Written (and edited once) under the right k1: version 2. */
  let river: Entry;

  /** A signed-in client of a new app on the same data, with these keys. */
  async function as(keys: string): Promise<Client> {
    const app = await appWith(store, keys);
    apps.push(app);
    return signIn(app, account.email, account.password);
  }

  beforeAll(async () => {
    store = await openTestStore(dialect);
    const app = await appWith(store, K1);
    apps.push(app);
    const sam = await signUp(app, account);
    personId = sam.personId;
    url = checkinUrls(personId);
    const created = (
      await sam.request({
        method: 'POST',
        url: url.journal,
        payload: aJournalEntry({ date: '2026-11-20', text: 'Walked by the river.' }),
      })
    ).json();
    river = (
      await sam.request({
        method: 'PUT',
        url: url.entry(created.id),
        headers: ifMatch(1),
        payload: aJournalEntry({ date: '2026-11-20', text: 'Walked by the river, twice.' }),
      })
    ).json();
  });

  afterAll(async () => {
    for (const app of apps) await app.close();
    await store.close();
  });

  it.each([
    ['a key with the right id and the wrong bytes', `${K2},${WRONG_K1}`, 'WM_JOURNAL_UNREADABLE'],
    ['its key missing', K2, 'WM_JOURNAL_KEY_UNAVAILABLE'],
  ])(
    'with %s, refuses to change or delete the entry and changes nothing',
    async (_, keys, code) => {
      const sam = await as(keys);
      const before = await journalSnapshot(store, personId);

      const edit = await sam.request({
        method: 'PUT',
        url: url.entry(river.id),
        headers: ifMatch(river.version),
        payload: aJournalEntry({ date: '2026-11-20', text: 'Overwritten under the wrong key.' }),
      });
      expect(edit.statusCode).toBe(500);
      expect(edit.json().error.code).toBe(code);
      expect(edit.json().error.message).toContain('Nothing was changed');

      // The case: the delete answered an error but had deleted the entry.
      const removal = await sam.request({
        method: 'DELETE',
        url: url.entry(river.id),
        headers: ifMatch(river.version),
      });
      expect(removal.statusCode).toBe(500);
      expect(removal.json().error.code).toBe(code);
      expect(await journalSnapshot(store, personId)).toEqual(before);

      // With the right key back, the entry is as it was: live, same version, same words.
      const right = await as(`${K2},${K1}`);
      const list = (await right.request({ method: 'GET', url: url.journal })).json();
      expect(list.items.map((e: Entry) => [e.id, e.version, e.text])).toContainEqual([
        river.id,
        2,
        'Walked by the river, twice.',
      ]);
    },
  );

  it('refuses to bring back a deleted entry it cannot read, and changes nothing', async () => {
    const right = await as(K1);
    const gone = (
      await right.request({
        method: 'POST',
        url: url.journal,
        payload: aJournalEntry({ date: '2026-11-18', text: 'Deleted under k1.' }),
      })
    ).json();
    const deleted = await right.request({
      method: 'DELETE',
      url: url.entry(gone.id),
      headers: ifMatch(1),
    });
    expect(deleted.statusCode).toBe(200);
    const before = await journalSnapshot(store, personId);

    const wrong = await as(`${K2},${WRONG_K1}`);
    const recent = (
      await wrong.request({ method: 'GET', url: `${url.journal}?deleted=true` })
    ).json();
    expect(recent.items).toEqual([
      expect.objectContaining({ id: gone.id, unreadable: true, text: null }),
    ]);
    const undelete = await wrong.request({
      method: 'POST',
      url: `${url.entry(gone.id)}/undelete`,
      headers: ifMatch(2),
    });
    expect(undelete.statusCode).toBe(500);
    expect(undelete.json().error.code).toBe('WM_JOURNAL_UNREADABLE');
    expect(await journalSnapshot(store, personId)).toEqual(before);
  });

  it('lists, searches and shows history with the unreadable entry marked and the rest readable', async () => {
    const wrong = await as(`${K2},${WRONG_K1}`);
    const readable = (
      await wrong.request({
        method: 'POST',
        url: url.journal,
        payload: aJournalEntry({ date: '2026-11-21', text: 'The river was high today.' }),
      })
    ).json();

    const list = await wrong.request({ method: 'GET', url: url.journal });
    expect(list.statusCode).toBe(200);
    const items: Entry[] = list.json().items;
    expect(items.find((e) => e.id === readable.id)?.text).toBe('The river was high today.');
    const marked = items.find((e) => e.id === river.id);
    expect(marked).toMatchObject({ unreadable: true, text: null, version: 2 });

    const search = await wrong.request({ method: 'GET', url: `${url.journal}/search?q=river` });
    expect(search.statusCode).toBe(200);
    expect(search.json()).toMatchObject({ searched: 2, unreadable: 1, olderNotSearched: false });
    expect(search.json().items.map((e: Entry) => e.text)).toEqual(['The river was high today.']);

    const history = await wrong.request({ method: 'GET', url: `${url.entry(river.id)}/history` });
    expect(history.statusCode).toBe(200);
    expect(
      history.json().revisions.map((r: Entry & { version: number }) => [r.version, r.unreadable]),
    ).toEqual([
      [2, true],
      [1, true],
    ]);
  });
});
