// "Bring my record" (decision 0048) through the HTTP app on both databases: a record exported
// as a FHIR Bundle on one installation is imported by a person who just signed up on another,
// and they read back the same record through the API. Refusals change nothing; only the owner
// may import; the people it was shared with there come back as words, never as access.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleSnapshot } from '../../../domain/fhir/sample-snapshot.ts';
import type { RecordSnapshot } from '../../../domain/fhir/snapshot.ts';
import { toBundle } from '../../../domain/fhir/to-bundle.ts';
import { create, expectError, paths } from '../../test/api.ts';
import {
  aSupporterOf,
  type Client,
  signUp,
  signUpAs,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { personState } from '../../test/person-state.ts';

/** The sample record with its files' true fingerprints, as a real export has them. */
function exported(): RecordSnapshot {
  const snapshot = sampleSnapshot();
  for (const file of snapshot.attachments) {
    const bytes = Buffer.from(file.content, 'base64');
    file.sha256 = createHash('sha256').update(bytes).digest('hex');
    file.byteSize = bytes.length;
  }
  return snapshot;
}
const bundleOf = (snapshot: RecordSnapshot) =>
  toBundle(snapshot, { now: new Date('2026-11-20T09:00:00.000Z'), baseUrl: 'https://old.example' });

const importUrl = (personId: string) => `/api/people/${personId}/import`;
const post = (client: Client, body: unknown, contentType = 'application/fhir+json') =>
  client.request({
    method: 'POST',
    url: importUrl(client.personId),
    payload: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': contentType },
  });
const get = async <T>(client: Client, url: string): Promise<T> => {
  const response = await client.request({ method: 'GET', url });
  expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
  return response.json() as T;
};
type Data<T> = { id: string; data: T };
/** A list answer: the array itself or, as most lists answer, its `items`. */
const many = async <T>(client: Client, url: string): Promise<T[]> => {
  const body = await get<T[] | { items: T[] }>(client, url);
  return Array.isArray(body) ? body : body.items;
};

describe.each(DIALECTS)('Bring my record on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(() => t.close());

  it('gives a just-signed-up person the same record back, with new ids, and tells who it was shared with', async () => {
    const sam = await signUp(t.app);
    const source = exported();
    const response = await post(sam, bundleOf(source));
    expect(response.statusCode, response.body).toBe(201);
    const result = response.json();
    expect(result.brought).toEqual({
      aboutMe: true,
      lifeAreas: 1,
      goals: 1,
      goalNotes: 1,
      plans: 5,
      supportContacts: 2,
      checkins: 1,
      lifeAreaRatings: 1,
      measureResponses: 1,
      journalEntries: 1,
      files: 2,
      reviews: 1,
    });
    // Grants to a person and to a team there are told, never carried over.
    expect(result.sharedThere).toEqual([
      {
        knownAs: 'Jo',
        role: 'friend',
        team: null,
        since: '2026-09-01T10:00:00.000Z',
        sections: [
          { section: 'crisis_plan', level: 'suggest' },
          { section: 'goals', level: 'view' },
        ],
        journalEntries: 1,
      },
      {
        knownAs: 'Riverside team',
        role: 'practitioner',
        team: { name: 'Riverside team', service: 'Northshire Recovery Service' },
        since: '2026-09-20T10:00:00.000Z',
        sections: [{ section: 'reviews', level: 'suggest' }],
        journalEntries: 0,
      },
    ]);

    const p = paths(sam.personId);
    const aboutMe = await get<Data<unknown>>(sam, p.aboutMe);
    expect(aboutMe.data).toEqual(source.aboutMe?.data);

    // The starting life areas gave way to the person's own; the goal names the new area's id.
    const areas = await many<Data<{ name: string }>>(sam, p.lifeAreas);
    expect(areas.map((a) => a.data.name)).toEqual(['Work and money']);
    const areaId = areas[0]?.id as string;
    expect(areaId).not.toBe(source.lifeAreas[0]?.id);
    const goals = await many<Data<Record<string, unknown>>>(sam, p.goals);
    expect(goals).toHaveLength(1);
    const goal = goals[0] as Data<Record<string, unknown>>;
    expect(goal.data).toEqual({ ...source.goals[0]?.data, lifeAreaId: areaId });
    const notes = await many<Data<unknown>>(sam, p.notes(goal.id));
    expect(notes.map((n) => n.data)).toEqual([source.goals[0]?.notes[0]?.data]);

    const contacts = await many<Data<{ name: string }>>(
      sam,
      `/api/people/${sam.personId}/support-network`,
    );
    expect(contacts.map((c) => c.data)).toEqual(source.supportNetwork.map((c) => c.data));
    const jo = contacts.find((c) => c.data.name === 'Jo')?.id;
    const team = contacts.find((c) => c.data.name !== 'Jo')?.id;

    // The plans name the new contacts and files.
    const crisis = await get<Data<Record<string, unknown>>>(
      sam,
      `/api/people/${sam.personId}/crisis-plan`,
    );
    const documents = await many<{ id: string; fileName: string; sha256: string }>(
      sam,
      `/api/people/${sam.personId}/crisis-plan/documents`,
    );
    expect(documents.map((d) => [d.fileName, d.sha256])).toEqual([
      ['advance-choices.pdf', source.attachments[0]?.sha256],
    ]);
    expect(crisis.data).toEqual({
      ...source.plans.crisis_plan?.data,
      wantInvolved: [{ contactId: jo, whatToDo: 'Come round' }],
      nominatedPersonContactId: jo,
      advanceChoiceDocumentId: documents[0]?.id,
    });
    const photos = await many<{ id: string; fileName: string }>(
      sam,
      `/api/people/${sam.personId}/safety-plan/photos`,
    );
    const safety = await get<Data<Record<string, unknown>>>(
      sam,
      `/api/people/${sam.personId}/safety-plan`,
    );
    expect(safety.data).toEqual({
      ...source.plans.safety_plan?.data,
      peopleToAsk: [{ contactId: jo }],
      professionals: [{ contactId: team }],
      reasonPhotoIds: photos.map((f) => f.id),
    });
    const download = await sam.request({
      method: 'GET',
      url: `/api/people/${sam.personId}/safety-plan/photos/${photos[0]?.id}`,
    });
    expect(download.rawPayload.toString('base64')).toBe(source.attachments[1]?.content);
    const staying = await get<Data<unknown>>(sam, `/api/people/${sam.personId}/staying-well-plan`);
    expect(staying.data).toEqual(source.plans.staying_well?.data);
    const after = await get<Data<unknown>>(sam, `/api/people/${sam.personId}/after-crisis`);
    expect(after.data).toEqual(source.plans.after_crisis?.data);
    const movingOn = await get<Data<unknown>>(sam, `/api/people/${sam.personId}/moving-on-plan`);
    expect(movingOn.data).toEqual({
      ...source.plans.moving_on?.data,
      contacts: [{ contactId: jo, whatToDo: 'Ring me and come round' }],
    });

    const settings = await get<Data<unknown>>(sam, `/api/people/${sam.personId}/checkin-settings`);
    expect(settings.data).toEqual(source.checkinSettings?.data);
    const checkins = await many<{
      takenAt: string;
      scores: unknown;
      note: string;
      forMeOnly: boolean;
    }>(sam, `/api/people/${sam.personId}/checkins?from=2026-01-01&to=2026-12-31`);
    expect(
      checkins.map(({ takenAt, scores, note, forMeOnly }) => ({
        takenAt,
        scores,
        note,
        forMeOnly,
      })),
    ).toEqual([
      {
        takenAt: '2026-10-01T22:30:00.000Z',
        scores: { mood: 3, 'own-voices': 7 },
        note: 'Hard day',
        forMeOnly: true,
      },
    ]);
    const { sets: ratings } = await get<{ sets: Data<unknown>[] }>(
      sam,
      `/api/people/${sam.personId}/life-area-ratings?from=2026-01-01&to=2026-12-31`,
    );
    expect(ratings.map((r) => r.data)).toEqual([
      { date: '2026-10-03', ratings: [{ lifeAreaId: areaId, score: 4, wantHelp: true }] },
    ]);

    // The journal text is kept encrypted and reads back whole, every character.
    const journal = await many<{ text: string; date: string; mood: number }>(
      sam,
      `/api/people/${sam.personId}/journal?from=2026-01-01&to=2026-12-31`,
    );
    expect(journal.map(({ date, mood, text }) => ({ date, mood, text }))).toEqual([
      { date: '2026-10-02', mood: 2, text: source.journal[0]?.text },
    ]);
    const stored = await t.store.db
      .selectFrom('journal_entry')
      .select('ciphertext')
      .where('person_id', '=', sam.personId)
      .execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.ciphertext).not.toContain('sleep');

    const responses = await many<{ id: string; note: string; scores: { value: number }[] }>(
      sam,
      `/api/people/${sam.personId}/measure-responses`,
    );
    expect(responses.map((r) => [r.note, r.scores.map((score) => score.value)])).toEqual([
      ['After a bad week', [12]],
    ]);
    const observations = await t.store.db
      .selectFrom('observation')
      .select(['value', 'code', 'response_id'])
      .where('person_id', '=', sam.personId)
      .execute();
    expect(observations).toEqual([
      { value: '12', code: '720433000', response_id: responses[0]?.id },
    ]);

    // The review comes back: ratings, the four steps, and each action with who added it there.
    const [summary] = await many<{ id: string }>(sam, `/api/people/${sam.personId}/reviews`);
    const review = await get<Record<string, unknown> & { areas: Record<string, unknown>[] }>(
      sam,
      `/api/people/${sam.personId}/reviews/${summary?.id}`,
    );
    const sourceReview = source.reviews[0]?.data;
    expect(review).toMatchObject({
      ratedOn: '2026-10-10',
      meetingOn: '2026-10-12',
      nextReviewOn: '2027-01-12',
      lifeAreas: [{ id: areaId, words: 'Work', score: 3, wantHelp: true }],
      myCare: sourceReview?.myCare,
      createdAt: '2026-10-10T09:00:00.000Z',
    });
    const [area] = review.areas;
    expect(area).toMatchObject({
      lifeAreaId: areaId,
      smallestStep: 'Talk to my manager',
      byPractitioner: 'Write a letter about my hours',
    });
    expect(
      ((area?.actions ?? []) as Record<string, unknown>[]).map((a) => ({
        what: a.what,
        decision: a.decision,
        goalId: a.goalId,
        addedBy: a.addedBy,
        addedByName: a.addedByName,
      })),
    ).toEqual([
      {
        what: 'Ask my manager for a meeting',
        decision: 'confirmed',
        goalId: goal.id,
        addedBy: sam.personId,
        addedByName: expect.any(String),
      },
      // Priya's action keeps her name from there, linked to no account here.
      {
        what: 'Write a letter about hours',
        decision: 'waiting',
        goalId: null,
        addedBy: sam.personId,
        addedByName: 'Priya Shah',
      },
    ]);
    const reviewVersions = await t.store.db
      .selectFrom('review_revision')
      .select(['authored_by', 'action'])
      .where('person_id', '=', sam.personId)
      .execute();
    expect(reviewVersions).toEqual([{ authored_by: sam.personId, action: 'create' }]);

    // Each item has one version here, written by the person who brought it in.
    const authors = await t.store.db
      .selectFrom('record_revision')
      .select(['authored_by', 'action'])
      .where('person_id', '=', sam.personId)
      .where('action', '=', 'create')
      .execute();
    expect(new Set(authors.map((a) => a.authored_by))).toEqual(new Set([sam.personId]));

    // Jo was not made into access: no relationship, no grant.
    const relationships = await t.store.db
      .selectFrom('relationship')
      .select('id')
      .where('person_id', '=', sam.personId)
      .execute();
    expect(relationships).toEqual([]);
  });

  it('takes the starting life areas as untouched whatever language they were named in', async () => {
    const sam = await signUp(t.app, { language: 'cy' });
    const areas = await t.store.db
      .selectFrom('record_item')
      .select('id')
      .where('person_id', '=', sam.personId)
      .execute();
    expect(areas.length).toBeGreaterThan(0);
    // Named in Welsh at sign-up; the account now leaves the language to the device (Polish).
    await t.store.db
      .updateTable('account')
      .set({ language: null })
      .where('id', '=', sam.personId)
      .execute();
    const response = await sam.request({
      method: 'POST',
      url: importUrl(sam.personId),
      payload: JSON.stringify(bundleOf(exported())),
      headers: { 'content-type': 'application/fhir+json', 'accept-language': 'pl' },
    });
    expect(response.statusCode, response.body).toBe(201);
  });

  it('refuses a second import, or one into a record with something in it, with 409 and changes nothing', async () => {
    const sam = await signUp(t.app);
    expect((await post(sam, bundleOf(exported()))).statusCode).toBe(201);
    const before = await personState(t.store, sam.personId);
    expectError(await post(sam, bundleOf(exported())), 409, 'WM_IMPORT_RECORD_NOT_EMPTY');
    expect(await personState(t.store, sam.personId)).toEqual(before);

    const ali = await signUp(t.app);
    await create(ali, paths(ali.personId).goals, {
      title: 'Sleep better',
      why: '',
      lifeAreaId: null,
      steps: [],
      whoHelps: '',
      targetDate: null,
      status: 'in_progress',
    });
    const aliBefore = await personState(t.store, ali.personId);
    expectError(await post(ali, bundleOf(exported())), 409, 'WM_IMPORT_RECORD_NOT_EMPTY');
    expect(await personState(t.store, ali.personId)).toEqual(aliBefore);

    // A review started is something in the record too.
    const kim = await signUp(t.app);
    const started = await kim.request({
      method: 'POST',
      url: `/api/people/${kim.personId}/reviews`,
      payload: {},
    });
    expect(started.statusCode, started.body).toBe(201);
    const kimBefore = await personState(t.store, kim.personId);
    expectError(await post(kim, bundleOf(exported())), 409, 'WM_IMPORT_RECORD_NOT_EMPTY');
    expect(await personState(t.store, kim.personId)).toEqual(kimBefore);
  });

  const forged = () => {
    const bundle = bundleOf(exported()) as unknown as {
      entry: { resource: Record<string, unknown> }[];
    };
    const goal = bundle.entry.find((e) => e.resource.resourceType === 'Goal')?.resource;
    if (goal) goal.subject = { reference: 'Patient/someone-else' };
    return bundle;
  };
  const changedFile = () => {
    const snapshot = exported();
    const file = snapshot.attachments[0];
    if (file) file.content = Buffer.from('%PDF-forged').toString('base64');
    return bundleOf(snapshot);
  };
  const refusals: [string, () => unknown, string, number, string][] = [
    [
      'text that is not JSON',
      () => '{"resourceType": "Bundle", ',
      'application/json',
      400,
      'WM_REQUEST_MALFORMED',
    ],
    [
      'a wrong resourceType',
      () => ({ resourceType: 'Patient', id: 'x' }),
      'application/json',
      400,
      'WM_IMPORT_INVALID',
    ],
    [
      'a Bundle that is not a Waymark export',
      () => ({ resourceType: 'Bundle', type: 'collection', entry: [] }),
      'application/fhir+json',
      400,
      'WM_IMPORT_INVALID',
    ],
    ['a forged reference', forged, 'application/fhir+json', 400, 'WM_IMPORT_INVALID'],
    [
      'a file whose bytes do not match its fingerprint',
      changedFile,
      'application/fhir+json',
      400,
      'WM_IMPORT_INVALID',
    ],
    [
      'nesting deeper than any record',
      () => `${'['.repeat(40)}${']'.repeat(40)}`,
      'application/json',
      400,
      'WM_REQUEST_TOO_COMPLEX',
    ],
  ];
  it.each(refusals)(
    'refuses %s with a clear 4xx and stores nothing',
    async (_, body, type, status, code) => {
      const sam = await signUp(t.app);
      const before = await personState(t.store, sam.personId);
      const refused = expectError(await post(sam, body(), type), status, code);
      expect(refused.error.message.length).toBeGreaterThan(0);
      expect(await personState(t.store, sam.personId)).toEqual(before);
    },
  );

  it('names the first problem of a Bundle it refuses', async () => {
    const sam = await signUp(t.app);
    const refused = expectError(await post(sam, forged()), 400, 'WM_IMPORT_INVALID');
    expect(refused.error.message).toContain('Patient/someone-else');
    expect(refused.error.message).toContain('Nothing was saved');
  });

  it('refuses a body over 20 MiB with 413 and stores nothing', async () => {
    const sam = await signUp(t.app);
    const before = await personState(t.store, sam.personId);
    const big = JSON.stringify({ resourceType: 'Bundle', pad: 'x'.repeat(21 * 1024 * 1024) });
    expectError(await post(sam, big), 413, 'WM_REQUEST_TOO_LARGE');
    expect(await personState(t.store, sam.personId)).toEqual(before);
  });

  it('refuses files over the storage quota and stores nothing', async () => {
    const small = await startTestApp(dialect, { STORAGE_QUOTA_MB: '1' });
    try {
      const sam = await signUp(small.app);
      const snapshot = exported();
      const bytes = Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(1200 * 1024, 1)]);
      const file = snapshot.attachments[0];
      if (file) {
        file.content = bytes.toString('base64');
        file.byteSize = bytes.length;
        file.sha256 = createHash('sha256').update(bytes).digest('hex');
      }
      const before = await personState(small.store, sam.personId);
      expectError(await post(sam, bundleOf(snapshot)), 413, 'WM_STORAGE_QUOTA_EXCEEDED');
      expect(await personState(small.store, sam.personId)).toEqual(before);
    } finally {
      await small.close();
    }
  });

  it('lets only the owner import: a supporter of the record, a supporter in their own space and a stranger get 404', async () => {
    const sam = await signUp(t.app);
    const supporter = await aSupporterOf(t, sam.personId, {
      grants: [{ section: 'goals', level: 'suggest', endsAt: null }],
    });
    const stranger = await signUp(t.app);
    const before = await personState(t.store, sam.personId);
    for (const other of [supporter, stranger]) {
      const response = await other.request({
        method: 'POST',
        url: importUrl(sam.personId),
        payload: JSON.stringify(bundleOf(exported())),
        headers: { 'content-type': 'application/fhir+json' },
      });
      expectError(response, 404, 'WM_NOT_FOUND');
    }
    expect(await personState(t.store, sam.personId)).toEqual(before);
    const own = await signUpAs(t, 'supporter');
    expectError(await post(own, bundleOf(exported())), 404, 'WM_NOT_FOUND');
  });
});
