// Rows written by an older Waymark, in an older shape, still read, list, show in history and
// restore; rows this server cannot read fail only themselves (decision 0016). The old rows are
// written straight into the database, as an earlier release left them.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentShapeVersion } from '../../../domain/record/stored-json.ts';
import { type Client, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { documentId } from './record.service.ts';

/** About me as version 1 of its shape stored it, before "how to support me" was added. */
const aboutMeV1 = (strengths: string) => ({
  strengths,
  values: 'Honesty',
  whatMatters: 'My sister',
  identity: '',
  culture: '',
  whenWell: 'I cook for friends',
});

type OldRow = {
  personId: string;
  id: string;
  kind: string;
  data: unknown;
  /** Left out, the column's default stands in: what rows from before the column get. */
  schemaVersion?: number;
  versions: number;
  deletedAt?: string | null;
};

/** Writes an item and one revision per version, as an earlier or later release would. */
async function writeOldRows(t: TestApp, row: OldRow, revisionData: unknown[] = []) {
  const db = t.store.db;
  const at = '2026-01-10T09:00:00.000Z';
  const json = JSON.stringify(row.data);
  const version = row.schemaVersion;
  if (version === undefined) {
    await sql`insert into record_item (person_id, id, kind, parent_id, position, data, version, created_at, updated_at, deleted_at)
      values (${row.personId}, ${row.id}, ${row.kind}, ${null}, ${0}, ${json}, ${row.versions}, ${at}, ${at}, ${row.deletedAt ?? null})`.execute(
      db,
    );
  } else {
    await sql`insert into record_item (person_id, id, kind, parent_id, position, data, schema_version, version, created_at, updated_at, deleted_at)
      values (${row.personId}, ${row.id}, ${row.kind}, ${null}, ${0}, ${json}, ${version}, ${row.versions}, ${at}, ${at}, ${row.deletedAt ?? null})`.execute(
      db,
    );
  }
  for (let v = 1; v <= row.versions; v += 1) {
    const data = JSON.stringify(revisionData[v - 1] ?? row.data);
    const action = v === 1 ? 'create' : 'update';
    if (version === undefined) {
      await sql`insert into record_revision (person_id, item_id, version, kind, action, data, authored_by, authored_role, agreed_by, agreed_at, created_at)
        values (${row.personId}, ${row.id}, ${v}, ${row.kind}, ${action}, ${data}, ${row.personId}, ${'person'}, ${row.personId}, ${at}, ${at})`.execute(
        db,
      );
    } else {
      await sql`insert into record_revision (person_id, item_id, version, kind, action, data, schema_version, authored_by, authored_role, agreed_by, agreed_at, created_at)
        values (${row.personId}, ${row.id}, ${v}, ${row.kind}, ${action}, ${data}, ${version}, ${row.personId}, ${'person'}, ${row.personId}, ${at}, ${at})`.execute(
        db,
      );
    }
  }
}

describe.each(DIALECTS)('Stored JSON from older and newer versions on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(() => t.close());

  describe('About me saved before "how people can best support me" was added', () => {
    let sam: Client;
    let itemId: string;
    const url = () => `/api/people/${sam.personId}/about-me`;

    beforeAll(async () => {
      sam = await signUp(t.app);
      itemId = documentId(sam.personId, 'about_me');
      await writeOldRows(
        t,
        {
          personId: sam.personId,
          id: itemId,
          kind: 'about_me',
          data: aboutMeV1('Second'),
          versions: 2,
        },
        [aboutMeV1('First'), aboutMeV1('Second')],
      );
    });

    it("reads in today's shape, with the new field empty", async () => {
      const response = await sam.request({ method: 'GET', url: url() });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers.etag).toBe('W/"2"');
      expect(response.json().data).toEqual({ ...aboutMeV1('Second'), howToSupportMe: '' });
    });

    it("shows every old version in history in today's shape", async () => {
      const response = await sam.request({ method: 'GET', url: `${url()}/history` });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().unreadable).toEqual([]);
      expect(response.json().revisions.map((r: { data: unknown }) => r.data)).toEqual([
        { ...aboutMeV1('Second'), howToSupportMe: '' },
        { ...aboutMeV1('First'), howToSupportMe: '' },
      ]);
    });

    it("restores an old version upgraded, and stores it in today's shape", async () => {
      const restored = await sam.request({
        method: 'POST',
        url: `${url()}/history/restore`,
        headers: { 'if-match': 'W/"2"' },
        payload: { version: 1 },
      });
      expect(restored.statusCode, restored.body).toBe(200);
      expect(restored.json()).toMatchObject({
        version: 3,
        data: { ...aboutMeV1('First'), howToSupportMe: '' },
      });
      const stored = await t.store.db
        .selectFrom('record_revision')
        .select(['data', 'schema_version'])
        .where('person_id', '=', sam.personId)
        .where('item_id', '=', itemId)
        .where('version', '=', 3)
        .executeTakeFirstOrThrow();
      expect(stored.schema_version).toBe(currentShapeVersion('about_me'));
      expect(JSON.parse(stored.data)).toEqual({ ...aboutMeV1('First'), howToSupportMe: '' });

      // Saving on top works as for any other About me.
      const saved = await sam.request({
        method: 'PUT',
        url: url(),
        headers: { 'if-match': 'W/"3"' },
        payload: { ...aboutMeV1('Third'), howToSupportMe: 'Text before you call' },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json().data.howToSupportMe).toBe('Text before you call');
    });
  });

  describe("a restore of words that fail today's schema even upgraded", () => {
    it('is refused with a clear error and changes nothing', async () => {
      const ana = await signUp(t.app);
      const url = `/api/people/${ana.personId}/about-me`;
      // Version 1 held words over today's length limit: restoring them would store what a
      // save refuses.
      await writeOldRows(
        t,
        {
          personId: ana.personId,
          id: documentId(ana.personId, 'about_me'),
          kind: 'about_me',
          data: aboutMeV1('Now'),
          versions: 2,
        },
        [aboutMeV1('x'.repeat(20_001)), aboutMeV1('Now')],
      );
      const restored = await ana.request({
        method: 'POST',
        url: `${url}/history/restore`,
        headers: { 'if-match': 'W/"2"' },
        payload: { version: 1 },
      });
      expect(restored.statusCode, restored.body).toBe(409);
      expect(restored.json().error).toMatchObject({
        code: 'WM_RECORD_ITEM_UNREADABLE',
        field: 'version',
      });
      const after = await ana.request({ method: 'GET', url });
      expect(after.headers.etag).toBe('W/"2"');
      const history = await ana.request({ method: 'GET', url: `${url}/history` });
      expect(history.statusCode).toBe(200);
      expect(history.json().revisions.map((r: { version: number }) => r.version)).toEqual([2]);
      expect(history.json().unreadable).toEqual([
        expect.objectContaining({ version: 1, code: 'WM_RECORD_ITEM_UNREADABLE' }),
      ]);
    });
  });

  describe('life areas this server cannot read', () => {
    let kim: Client;
    const url = () => `/api/people/${kim.personId}/life-areas`;
    const newer = crypto.randomUUID();
    const broken = crypto.randomUUID();

    beforeAll(async () => {
      kim = await signUp(t.app);
      // Written by a newer Waymark whose life areas have a shape this one does not know.
      await writeOldRows(t, {
        personId: kim.personId,
        id: newer,
        kind: 'life_area',
        data: { name: 'Music', colour: 'teal' },
        schemaVersion: currentShapeVersion('life_area') + 1,
        versions: 1,
      });
      // Damaged: fails today's schema with no upgrade step to blame. Its first version was fine.
      await writeOldRows(
        t,
        { personId: kim.personId, id: broken, kind: 'life_area', data: { name: 42 }, versions: 2 },
        [{ name: 'Football' }, { name: 42 }],
      );
    });

    it('are marked in the list, which still answers every other life area', async () => {
      const response = await kim.request({ method: 'GET', url: url() });
      expect(response.statusCode, response.body).toBe(200);
      const names = response.json().items.map((item: { data: { name: string } }) => item.data.name);
      expect(names).toContain('Things I enjoy');
      expect(names).not.toContain('Music');
      expect(response.json().unreadable).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ id: newer, code: 'WM_RECORD_ITEM_TOO_NEW' }),
          expect.objectContaining({ id: broken, code: 'WM_RECORD_ITEM_UNREADABLE' }),
        ]),
      );
    });

    it('answer a clear error of their own when opened', async () => {
      const tooNew = await kim.request({ method: 'GET', url: `${url()}/${newer}` });
      expect(tooNew.statusCode).toBe(503);
      expect(tooNew.json().error.code).toBe('WM_RECORD_ITEM_TOO_NEW');
      const unreadable = await kim.request({ method: 'GET', url: `${url()}/${broken}` });
      expect(unreadable.statusCode).toBe(409);
      expect(unreadable.json().error.code).toBe('WM_RECORD_ITEM_UNREADABLE');
    });

    it('are not deleted when the answer could not show them', async () => {
      const response = await kim.request({
        method: 'DELETE',
        url: `${url()}/${newer}`,
        headers: { 'if-match': 'W/"1"' },
      });
      expect(response.statusCode).toBe(503);
      const row = await t.store.db
        .selectFrom('record_item')
        .select(['version', 'deleted_at'])
        .where('person_id', '=', kim.personId)
        .where('id', '=', newer)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ version: 1, deleted_at: null });
    });

    it('can be mended by restoring a readable earlier version from history', async () => {
      const history = await kim.request({ method: 'GET', url: `${url()}/${broken}/history` });
      expect(history.statusCode, history.body).toBe(200);
      expect(history.json().revisions).toEqual([
        expect.objectContaining({ version: 1, data: { name: 'Football' } }),
      ]);
      const restored = await kim.request({
        method: 'POST',
        url: `${url()}/${broken}/history/restore`,
        headers: { 'if-match': 'W/"2"' },
        payload: { version: 1 },
      });
      expect(restored.statusCode, restored.body).toBe(200);
      expect(restored.json()).toMatchObject({ version: 3, data: { name: 'Football' } });
      const listed = await kim.request({ method: 'GET', url: url() });
      expect(listed.json().unreadable.map((mark: { id: string }) => mark.id)).toEqual([newer]);
    });
  });
});
