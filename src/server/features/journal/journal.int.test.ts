import fs from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { create, expectError, ifMatch, paths } from '../../test/api.ts';
import { type Client, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { aJournalEntry, checkinUrls, journalSnapshot } from '../../test/checkin-fixtures.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aGoal } from '../../test/fixtures.ts';

/** A phrase that must never be found at rest; split so this file is not a false match. */
const SECRET = ['heron', 'came', 'back', 'to', 'the', 'canal'].join(' ');

describe.each(DIALECTS)('The private journal on %s', (dialect) => {
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

  const write = (change: Record<string, unknown> = {}) =>
    sam.request({ method: 'POST', url: url.journal, payload: aJournalEntry(change) });

  it('keeps a dated entry with a mood, and gives it back as written', async () => {
    const text = 'Sat by the canal for an hour.\n\nThe heron came back. 🌤️ أشعر بتحسن';
    const response = await write({ text });
    expect(response.statusCode, response.body).toBe(201);
    const entry = response.json();
    expect(entry).toMatchObject({ version: 1, date: '2026-11-24', mood: 4, text, deletedAt: null });
    expect(response.headers.etag).toBe('W/"1"');
    const read = await sam.request({ method: 'GET', url: url.entry(entry.id) });
    expect(read.json()).toEqual(entry);
    const noMood = await write({ mood: undefined, date: '2026-11-25' });
    expect(noMood.json().mood).toBeNull();
  });

  it('lists entries newest first within a date range', async () => {
    await write({ date: '2026-10-02', text: 'October.' });
    const all = (await sam.request({ method: 'GET', url: url.journal })).json().items;
    const dates = all.map((e: { date: string }) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const october = await sam.request({
      method: 'GET',
      url: `${url.journal}?from=2026-10-01&to=2026-10-31`,
    });
    expect(october.json().items.map((e: { text: string }) => e.text)).toEqual(['October.']);
    const one = await sam.request({ method: 'GET', url: `${url.journal}?limit=1` });
    expect(one.json().items).toHaveLength(1);
  });

  it('keeps every version of an entry, and asks for the version before a change', async () => {
    const entry = (await write({ text: 'First try.' })).json();
    const change = aJournalEntry({ text: 'Second thoughts.', mood: 6 });
    const before = await journalSnapshot(t.store, sam.personId);
    expectError(
      await sam.request({ method: 'PUT', url: url.entry(entry.id), payload: change }),
      428,
      'WM_VERSION_REQUIRED',
    );
    const stale = await sam.request({
      method: 'PUT',
      url: url.entry(entry.id),
      headers: ifMatch(2),
      payload: change,
    });
    expectError(stale, 412, 'WM_VERSION_CONFLICT');
    expect(stale.json().current).toMatchObject({ version: 1, text: 'First try.' });
    expect(await journalSnapshot(t.store, sam.personId)).toEqual(before);

    const updated = await sam.request({
      method: 'PUT',
      url: url.entry(entry.id),
      headers: ifMatch(1),
      payload: change,
    });
    expect(updated.json()).toMatchObject({ version: 2, text: 'Second thoughts.', mood: 6 });
    const removed = await sam.request({
      method: 'DELETE',
      url: url.entry(entry.id),
      headers: ifMatch(2),
    });
    expect(removed.json().deletedAt).not.toBeNull();
    const history = (
      await sam.request({ method: 'GET', url: `${url.entry(entry.id)}/history` })
    ).json();
    expect(
      history.revisions.map((r: { version: number; action: string; text: string }) => [
        r.version,
        r.action,
        r.text,
      ]),
    ).toEqual([
      [3, 'delete', 'Second thoughts.'],
      [2, 'update', 'Second thoughts.'],
      [1, 'create', 'First try.'],
    ]);
    const listed = (await sam.request({ method: 'GET', url: url.journal })).json().items;
    expect(listed.map((e: { id: string }) => e.id)).not.toContain(entry.id);
  });

  it('says what is wrong with a date, and any date it gives as an example is one it accepts', async () => {
    const impossible = expectError(
      await write({ date: '2026-02-30' }),
      400,
      'WM_VALIDATION_FAILED',
    );
    // Sent as a code and its values, which the browser words in the person's language.
    expect(impossible.error.fields).toEqual([
      {
        field: 'date',
        code: 'date.notReal',
        params: { day: 30, month: 'February', year: '2026', days: 28 },
        message: 'There is no 30 February 2026: February 2026 has 28 days',
      },
    ]);
    const unreadable = expectError(
      await write({ date: '30/02/2026' }),
      400,
      'WM_VALIDATION_FAILED',
    );
    const message = unreadable.error.fields?.[0]?.message ?? '';
    const example = /\d{4}-\d{2}-\d{2}/.exec(message)?.[0];
    expect(example, message).toBeDefined();
    const written = await write({ date: example });
    expect(written.statusCode, written.body).toBe(201);
  });

  it('finds words in the person’s own entries whatever their case, and nobody else’s', async () => {
    await write({ date: '2026-11-01', text: 'Phoned my Sister; felt LIGHTER after.' });
    await alex.request({
      method: 'POST',
      url: checkinUrls(alex.personId).journal,
      payload: aJournalEntry({ text: 'My sister visited.' }),
    });
    const found = await sam.request({
      method: 'GET',
      url: `${url.journal}/search?q=${encodeURIComponent('my sister')}`,
    });
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json().items.map((e: { text: string }) => e.text)).toEqual([
      'Phoned my Sister; felt LIGHTER after.',
    ]);
    expect(found.json()).toMatchObject({ olderNotSearched: false });
    expect(found.json().searched).toBeGreaterThan(1);
    const none = await sam.request({
      method: 'GET',
      url: `${url.journal}/search?q=lighter%20than%20air`,
    });
    expect(none.json().items).toEqual([]);
    expectError(
      await sam.request({ method: 'GET', url: `${url.journal}/search?q=%20%20` }),
      400,
      'WM_VALIDATION_FAILED',
      'querystring.q',
    );
  });

  it.each([
    ['text of 20,001 characters', { text: 'x'.repeat(20_001) }, 'text'],
    ['empty text', { text: '' }, 'text'],
    ['a mood of 8', { mood: 8 }, 'mood'],
    ['a mood of 0', { mood: 0 }, 'mood'],
    ['a date in the future', { date: '2026-11-27' }, 'date'],
    ['a date that does not exist', { date: '2026-02-30' }, 'date'],
    ['a date with a time', { date: '2026-11-24T10:00:00Z' }, 'date'],
    ['a date before 2000', { date: '1999-12-31' }, 'date'],
    ['an unknown field', { shared: true }, 'shared'],
  ])(
    'refuses an entry with %s, naming the field, and changes nothing',
    async (_, change, field) => {
      const before = await journalSnapshot(t.store, sam.personId);
      expectError(await write(change), 400, 'WM_VALIDATION_FAILED', field);
      expect(await journalSnapshot(t.store, sam.personId)).toEqual(before);
    },
  );

  it('is private: 401 when signed out, and to anyone else exactly as if it did not exist', async () => {
    const entry = (await write()).json();
    const before = await journalSnapshot(t.store, sam.personId);
    expectError(await t.app.inject({ method: 'GET', url: url.journal }), 401, 'WM_AUTH_REQUIRED');
    for (const request of [
      { method: 'GET' as const, url: url.journal },
      { method: 'GET' as const, url: url.entry(entry.id) },
      { method: 'GET' as const, url: `${url.entry(entry.id)}/history` },
      { method: 'GET' as const, url: `${url.journal}/search?q=heron` },
      { method: 'POST' as const, url: url.journal, payload: aJournalEntry() },
      {
        method: 'PUT' as const,
        url: url.entry(entry.id),
        headers: ifMatch(1),
        payload: aJournalEntry(),
      },
      { method: 'DELETE' as const, url: url.entry(entry.id), headers: ifMatch(1) },
    ]) {
      expectError(await alex.request(request), 404, 'WM_NOT_FOUND');
    }
    expect(await journalSnapshot(t.store, sam.personId)).toEqual(before);
  });

  it('never stores the words in plain text, in entries or their history', async () => {
    const entry = (await write({ text: `Today the ${SECRET}.` })).json();
    await sam.request({
      method: 'PUT',
      url: url.entry(entry.id),
      headers: ifMatch(1),
      payload: aJournalEntry({ text: `Again: the ${SECRET}!` }),
    });
    // A goal title is not encrypted: finding it proves the search below can see stored text.
    const control = 'Swim at the lido every Tuesday';
    await create(sam, paths(sam.personId).goals, aGoal({ title: control }));

    // This test's own tables: on PostgreSQL other test files' schemas come and go meanwhile.
    const own =
      dialect === 'postgres'
        ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(t.store.db))
            .rows[0]?.schema
        : undefined;
    const tables = (await t.store.db.introspection.getTables()).filter(
      (table) => own === undefined || table.schema === own,
    );
    let everything = '';
    for (const table of tables) {
      const rows = await sql`select * from ${sql.table(table.name)}`.execute(t.store.db);
      everything += JSON.stringify(rows.rows);
    }
    expect(everything).toContain(control);
    expect(everything.toLowerCase()).not.toContain(SECRET);
    expect(everything.toLowerCase()).not.toContain('heron'); // from every entry above
    const row = await t.store.db
      .selectFrom('journal_entry')
      .selectAll()
      .where('id', '=', entry.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ key_id: 'test', version: 2 });
    expect(Buffer.from(row.iv, 'base64')).toHaveLength(12);

    if (dialect === 'sqlite') {
      const files = await sql<{ file: string }>`pragma database_list`.execute(t.store.db);
      const file = files.rows[0]?.file ?? '';
      const bytes = Buffer.concat(
        [file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)),
      );
      expect(bytes.includes(control)).toBe(true);
      expect(bytes.includes(SECRET)).toBe(false);
    }
  });
});
