// A service admin's measure library and "my care" items (issue 14, decision 0042), on both
// databases: uploads checked by the measures engine's own checks (the CLI's), previewed, saved
// only when sound, refused as duplicates, and kept to the service that uploaded them; measures
// switched on and off; "my care" defaults, edits, archiving and If-Match; nobody but the
// service's own admin reaching any of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../../domain/measures/parse-questionnaire.ts';
import { MAX_UPLOAD_BYTES } from '../../../domain/services/library.schema.ts';
import { expectError } from '../../test/api.ts';
import {
  aServiceAdmin,
  type Client,
  signUp,
  signUpAs,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aServiceQuestionnaire } from '../../test/measure-fixtures.ts';

type Measure = {
  id: string;
  title: string;
  source: string;
  offered: boolean;
  url: string;
  version: string;
};

describe.each(DIALECTS)('A service’s measure library on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(() => t.close());

  const libraryOf = async (admin: Client) => {
    const response = await admin.request({ method: 'GET', url: '/api/service/measures' });
    expect(response.statusCode, response.body).toBe(200);
    return response.json().measures as Measure[];
  };
  const check = (admin: Client, questionnaire: unknown) =>
    admin.request({
      method: 'POST',
      url: '/api/service/measures/check',
      payload: { questionnaire },
    });
  const add = (admin: Client, questionnaire: unknown) =>
    admin.request({ method: 'POST', url: '/api/service/measures', payload: { questionnaire } });
  const uploads = async () =>
    (await t.store.db.selectFrom('service_measure').select(['service_id', 'url']).execute()).length;

  it('lists the installation’s measures, each offered until switched off', async () => {
    const admin = await aServiceAdmin(t);
    const library = await libraryOf(admin);
    const phq9 = library.find((m) => m.id === 'phq-9');
    expect(phq9).toMatchObject({ source: 'built-in', offered: true, url: expect.any(String) });
    expect(library.every((m) => m.offered)).toBe(true);
  });

  it('checks an upload with the same checks as the command-line import, and stores nothing', async () => {
    const admin = await aServiceAdmin(t);
    const broken = aServiceQuestionnaire({
      item: [
        { linkId: 'q1', type: 'choice', text: 'How often?' },
        { linkId: 'q1', type: 'string', text: 'Anything else?' },
      ],
      extension: [],
    });
    const before = await uploads();
    const response = await check(admin, broken);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as {
      ok: boolean;
      problems: { path: string; code: string; message: string }[];
      preview: unknown;
    };
    expect(body.ok).toBe(false);
    expect(body.preview).toBeNull();
    // Exactly what the engine the CLI uses says, worded for the admin.
    const engine = parseQuestionnaire(broken);
    expect(engine.ok).toBe(false);
    expect(body.problems.map((p) => p.path)).toEqual(
      engine.ok ? [] : engine.errors.map((e) => e.path),
    );
    expect(body.problems.map((p) => p.code)).toEqual([
      'questionnaire.file.choiceNeedsOptions',
      'questionnaire.file.duplicateLinkId',
    ]);
    expect(body.problems[1]?.message).toContain('q1');
    // Without url and version, as the CLI also refuses.
    const unnamed = await check(admin, { ...aServiceQuestionnaire(), url: undefined });
    expect(unnamed.json().problems.map((p: { code: string }) => p.code)).toEqual([
      'measures.import.needsUrlAndVersion',
    ]);
    // Not a Questionnaire at all.
    const other = await check(admin, { resourceType: 'Patient' });
    expect(other.json().ok).toBe(false);
    expect(other.json().problems.length).toBeGreaterThan(0);
    expect(await uploads()).toBe(before);
  });

  it('previews a sound upload: its title, items with their answers, and what it scores', async () => {
    const admin = await aServiceAdmin(t);
    const response = await check(admin, aServiceQuestionnaire());
    expect(response.statusCode, response.body).toBe(200);
    const { ok, problems, preview } = response.json();
    expect(ok).toBe(true);
    expect(problems).toEqual([]);
    expect(preview).toMatchObject({
      title: 'Worry check',
      version: '1.0',
      questionCount: 8,
      scoring: { scales: [{ method: 'sum', itemCount: 7 }] },
    });
    const first = preview.items.find((item: { type: string }) => item.type === 'choice');
    expect(first.answers.length).toBe(4);
    expect(first.answers[0]).toMatchObject({ score: 0 });
    expect(preview.questionnaire.item.length).toBeGreaterThan(0);
  });

  it('saves a sound upload to this service only, and refuses the same url and version again', async () => {
    const admin = await aServiceAdmin(t);
    const other = await aServiceAdmin(t);
    const added = await add(admin, aServiceQuestionnaire());
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ title: 'Worry check', source: 'uploaded', offered: true });
    expect((await libraryOf(admin)).map((m) => m.title)).toContain('Worry check');
    // Another service's library does not show it, and that service may add its own copy.
    expect((await libraryOf(other)).map((m) => m.title)).not.toContain('Worry check');
    expect((await check(other, aServiceQuestionnaire())).json().ok).toBe(true);
    // A person's list of measures does not show it either.
    const person = await signUp(t.app);
    const measures = await person.request({ method: 'GET', url: '/api/measures' });
    expect(JSON.stringify(measures.json())).not.toContain('Worry check');

    const again = await check(admin, aServiceQuestionnaire({ title: 'Changed' }));
    expect(again.json().problems.map((p: { code: string }) => p.code)).toEqual([
      'error.WM_MEASURE_IN_LIBRARY',
    ]);
    const before = await uploads();
    expectError(await add(admin, aServiceQuestionnaire()), 409, 'WM_MEASURE_IN_LIBRARY');
    // A built-in measure's url and version is in the library already, too.
    const phq9 = (await libraryOf(admin)).find((m) => m.id === 'phq-9');
    expectError(
      await add(admin, aServiceQuestionnaire({ url: phq9?.url, version: phq9?.version })),
      409,
      'WM_MEASURE_IN_LIBRARY',
    );
    expect(await uploads()).toBe(before);
  });

  it('refuses to save an upload that fails the checks, naming each problem, storing nothing', async () => {
    const admin = await aServiceAdmin(t);
    const before = await uploads();
    const response = await add(
      admin,
      aServiceQuestionnaire({ item: [{ linkId: 'q1', type: 'choice', text: 'How often?' }] }),
    );
    expectError(response, 400, 'WM_MEASURE_FILE_INVALID');
    const fields = response.json().error.fields as { field: string; message: string }[];
    expect(fields.map((f) => f.field)).toEqual(['questionnaire.item[q1].answerOption']);
    expect(fields[0]?.message).toContain('needs at least one answerOption');
    // Too big to be a questionnaire anyone answers.
    const huge = aServiceQuestionnaire({ description: 'x'.repeat(MAX_UPLOAD_BYTES) });
    expectError(await add(admin, huge), 413, 'WM_REQUEST_TOO_LARGE');
    expectError(
      await admin.request({ method: 'POST', url: '/api/service/measures', payload: {} }),
      400,
      'WM_VALIDATION_FAILED',
    );
    expect(await uploads()).toBe(before);
  });

  it('switches a measure off and on for this service only', async () => {
    const admin = await aServiceAdmin(t);
    const other = await aServiceAdmin(t);
    const off = await admin.request({
      method: 'PUT',
      url: '/api/service/measures/phq-9/offered',
      payload: { offered: false },
    });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({ id: 'phq-9', offered: false });
    expect((await libraryOf(admin)).find((m) => m.id === 'phq-9')?.offered).toBe(false);
    expect((await libraryOf(other)).find((m) => m.id === 'phq-9')?.offered).toBe(true);
    const on = await admin.request({
      method: 'PUT',
      url: '/api/service/measures/phq-9/offered',
      payload: { offered: true },
    });
    expect(on.json()).toMatchObject({ offered: true });
    // Another service's upload is not there to switch.
    const theirs = (await add(other, aServiceQuestionnaire({ version: '7' }))).json() as Measure;
    expectError(
      await admin.request({
        method: 'PUT',
        url: `/api/service/measures/${theirs.id}/offered`,
        payload: { offered: false },
      }),
      404,
      'WM_NOT_FOUND',
    );
  });

  it('answers nobody but a service admin: people, supporters and practitioners get a 404, signed out a 401', async () => {
    const person = await signUp(t.app);
    const supporter = await signUpAs(t, 'supporter');
    const practitioner = await signUpAs(t, 'practitioner');
    const routes = [
      { method: 'GET', url: '/api/service/measures' },
      { method: 'POST', url: '/api/service/measures/check', payload: { questionnaire: {} } },
      { method: 'POST', url: '/api/service/measures', payload: { questionnaire: {} } },
      { method: 'PUT', url: '/api/service/measures/phq-9/offered', payload: { offered: false } },
      { method: 'GET', url: '/api/service/my-care-items' },
    ] as const;
    for (const caller of [person, supporter, practitioner]) {
      for (const route of routes) expectError(await caller.request(route), 404, 'WM_NOT_FOUND');
    }
    const signedOut = await t.app.inject({ method: 'GET', url: '/api/service/measures' });
    expect(signedOut.statusCode).toBe(401);
  });
});

describe.each(DIALECTS)('A service’s “my care” items on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(() => t.close());

  type Item = { id: string; label: string; defaultKey: string | null; archivedAt: string | null };
  const listOf = async (admin: Client) => {
    const response = await admin.request({ method: 'GET', url: '/api/service/my-care-items' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers.etag).toBe(`W/"${response.json().version}"`);
    return response.json() as { version: number; items: Item[] };
  };
  const edit = (admin: Client, version: number | null, url: string, payload?: object) =>
    admin.request({
      method: url.endsWith('my-care-items')
        ? 'POST'
        : url.match(/\/(move|archive)$/)
          ? 'POST'
          : 'PUT',
      url,
      ...(payload ? { payload } : {}),
      headers: version === null ? {} : { 'if-match': `W/"${version}"` },
    });
  const labels = (list: { items: Item[] }) =>
    list.items.filter((item) => item.archivedAt === null).map((item) => item.label);

  it('starts a service with the evidence-based three, in the reader’s words', async () => {
    const admin = await aServiceAdmin(t);
    const list = await listOf(admin);
    expect(labels(list)).toEqual(['Medication', 'Practical help', 'Meetings with professionals']);
    expect(list.items.map((item) => item.defaultKey)).toEqual([
      'medication',
      'practicalHelp',
      'meetings',
    ]);
    // Read again: the same three, not three more.
    expect((await listOf(admin)).items.map((i) => i.id)).toEqual(list.items.map((i) => i.id));
    // What a review asks: the same, through the service function.
    const forReview = await t.services.myCareItems.myCareItemsFor(admin.serviceId);
    expect(forReview.map((item) => item.label)).toEqual(labels(list));
  });

  it('adds, renames, moves and archives items, never deleting one', async () => {
    const admin = await aServiceAdmin(t);
    let list = await listOf(admin);
    const base = '/api/service/my-care-items';
    const added = await edit(admin, list.version, base, { label: ' Housing support ' });
    expect(added.statusCode, added.body).toBe(201);
    list = added.json();
    expect(labels(list)).toEqual([
      'Medication',
      'Practical help',
      'Meetings with professionals',
      'Housing support',
    ]);
    const medication = list.items[0] as Item;
    const renamed = await edit(admin, list.version, `${base}/${medication.id}`, {
      label: 'Your medicines',
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    list = renamed.json();
    expect(list.items[0]).toMatchObject({ label: 'Your medicines', defaultKey: 'medication' });
    const housing = list.items[3] as Item;
    list = (
      await edit(admin, list.version, `${base}/${housing.id}/move`, { direction: 'up' })
    ).json();
    expect(labels(list)).toEqual([
      'Your medicines',
      'Practical help',
      'Housing support',
      'Meetings with professionals',
    ]);
    const archived = await edit(admin, list.version, `${base}/${medication.id}/archive`);
    expect(archived.statusCode, archived.body).toBe(200);
    list = archived.json();
    expect(labels(list)).toEqual([
      'Practical help',
      'Housing support',
      'Meetings with professionals',
    ]);
    // Kept, with its words, for the reviews that rated it.
    expect(list.items.find((item) => item.id === medication.id)).toMatchObject({
      label: 'Your medicines',
    });
    expect(list.items.find((item) => item.id === medication.id)?.archivedAt).not.toBeNull();
    const rows = await t.store.db
      .selectFrom('my_care_item')
      .select('id')
      .where('service_id', '=', admin.serviceId)
      .execute();
    expect(rows.length).toBe(4);
    const forReview = await t.services.myCareItems.myCareItemsFor(admin.serviceId);
    expect(forReview.map((item) => item.label)).toEqual(labels(list));
    // An archived item cannot be renamed or moved.
    expectError(
      await edit(admin, list.version, `${base}/${medication.id}`, { label: 'Again' }),
      404,
      'WM_NOT_FOUND',
    );
  });

  it('refuses an edit without If-Match (428), from an old version (412 with the list now), or with bad words (400)', async () => {
    const admin = await aServiceAdmin(t);
    const list = await listOf(admin);
    const base = '/api/service/my-care-items';
    expectError(await edit(admin, null, base, { label: 'Housing' }), 428, 'WM_VERSION_REQUIRED');
    const first = await edit(admin, list.version, base, { label: 'Housing' });
    expect(first.statusCode).toBe(201);
    // A second admin tab still on the old version.
    const stale = await edit(admin, list.version, base, { label: 'Money' });
    expectError(stale, 412, 'WM_VERSION_CONFLICT');
    expect(labels(stale.json().current)).toContain('Housing');
    expect(labels(stale.json().current)).not.toContain('Money');
    const now = await listOf(admin);
    expectError(
      await edit(admin, now.version, base, { label: '   ' }),
      400,
      'WM_VALIDATION_FAILED',
      'label',
    );
    expectError(
      await edit(admin, now.version, base, { label: 'x'.repeat(500) }),
      400,
      'WM_VALIDATION_FAILED',
      'label',
    );
    expectError(
      await edit(admin, now.version, `${base}/${now.items[0]?.id}/move`, { direction: 'sideways' }),
      400,
      'WM_VALIDATION_FAILED',
    );
    expect((await listOf(admin)).version).toBe(now.version);
  });

  it('keeps each service’s items to itself', async () => {
    const admin = await aServiceAdmin(t);
    const other = await aServiceAdmin(t);
    const theirs = await listOf(other);
    const mine = await listOf(admin);
    const item = theirs.items[0] as Item;
    expectError(
      await edit(admin, mine.version, `/api/service/my-care-items/${item.id}`, { label: 'Mine' }),
      404,
      'WM_NOT_FOUND',
    );
    expectError(
      await edit(admin, mine.version, `/api/service/my-care-items/${item.id}/archive`),
      404,
      'WM_NOT_FOUND',
    );
    expect(labels(await listOf(other))).toEqual(labels(theirs));
  });
});
