// Download my record (issue 15): a person's whole record, every section filled as they would
// fill it, comes back as a FHIR R4 Bundle in which every resource validates, holding their own
// words (the journal decrypted for them). Only they may ask: anyone else gets the 404 a record
// that is not there gets, and a visitor signed out the 401.
import type {
  Bundle,
  CareTeam,
  Consent,
  DocumentReference,
  Goal,
  Patient,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEMS } from '../../../domain/fhir/codes.ts';
import { fromBundle } from '../../../domain/fhir/from-bundle.ts';
import type { RecordSnapshot } from '../../../domain/fhir/snapshot.ts';
import { INVITABLE_SECTIONS } from '../../../domain/sharing/share-choices.ts';
import { ifMatch } from '../../test/api.ts';
import {
  aServiceAdmin,
  aSupporterOf,
  type Client,
  signUp,
  signUpAs,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { problemsOfBundle } from '../../test/fhir-validation.ts';
import { recordRequests } from '../../test/record-requests.ts';
import { aTeam, connectToTeam } from '../../test/team-fixtures.ts';

const fromBase64 = (data: string | undefined) => Buffer.from(data ?? '', 'base64').toString('utf8');
const everything = INVITABLE_SECTIONS.map((section) => ({
  section,
  level: 'view' as const,
  endsAt: null,
}));

describe.each(DIALECTS)('Download my record on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  const exportUrl = (personId: string) => `/api/people/${personId}/export`;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = await signUp(t.app, { displayName: 'Robin Ashe' });
    // Every section the record has, filled through its own routes.
    await recordRequests(t, owner);
    const entry = await owner.request({
      method: 'POST',
      url: `/api/people/${owner.personId}/journal`,
      payload: { date: '2026-11-20', mood: 3, text: 'Walked to the lighthouse with Mum.' },
    });
    expect(entry.statusCode, entry.body).toBe(201);
    await aSupporterOf(t, owner.personId, { grants: everything, knownAs: 'Aunt Pat' });
    // A team connection, and a review done with a practitioner who adds an action.
    const admin = await aServiceAdmin(t);
    const team = await aTeam(admin, 'Coast team');
    await connectToTeam(owner, team.code, { reviews: 'suggest', goals: 'view' });
    await reviewWithPractitioner();
  }, 120_000);
  afterAll(() => t?.close());

  async function reviewWithPractitioner() {
    const practitioner = await signUpAs(t, 'practitioner');
    await t.services.sharing.createRelationship({
      personId: owner.personId,
      accountId: practitioner.personId,
      role: 'practitioner',
      knownAs: 'Priya',
      grants: [{ section: 'reviews', level: 'suggest', endsAt: null }],
    });
    const reviews = `/api/people/${owner.personId}/reviews`;
    const started = await owner.request({ method: 'POST', url: reviews, payload: {} });
    expect(started.statusCode, started.body).toBe(201);
    const review = started.json();
    const areas = await owner.request({
      method: 'GET',
      url: `/api/people/${owner.personId}/life-areas`,
    });
    const area = (areas.json().items ?? areas.json())[0];
    const rated = await owner.request({
      method: 'PUT',
      url: `${reviews}/${review.id}/ratings`,
      headers: ifMatch(review.version),
      payload: {
        ratedOn: '2026-11-20',
        lifeAreas: [{ id: area.id, score: 3, wantHelp: true }],
        myCare: [{ id: review.myCareToRate[0].id, score: 5, wantHelp: false }],
      },
    });
    expect(rated.statusCode, rated.body).toBe(200);
    const met = await practitioner.request({
      method: 'PUT',
      url: `${reviews}/${review.id}/meeting`,
      headers: ifMatch(rated.json().version),
      payload: {
        meetingOn: '2026-11-24',
        nextReviewOn: '2027-02-24',
        areas: [
          {
            lifeAreaId: area.id,
            goingWell: 'Walking most days',
            hard: 'Mornings',
            bestCase: 'Sleeping through',
            smallestStep: 'Bed by eleven',
            byPerson: 'Keep a sleep diary',
            byPractitioner: 'Look at medication timing',
            byOthers: '',
            actions: [
              {
                what: 'Ask the GP about the morning dose',
                who: 'person',
                someoneName: '',
                by: '2026-12-10',
              },
            ],
          },
        ],
      },
    });
    expect(met.statusCode, met.body).toBe(200);
  }

  it('gives the owner a valid FHIR Bundle of their whole record, to save as a file', async () => {
    const response = await owner.request({ method: 'GET', url: exportUrl(owner.personId) });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/fhir\+json/);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="waymark-record-2026-11-25.json"',
    );
    const bundle = response.json() as Bundle;
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.type).toBe('collection');
    expect(problemsOfBundle(bundle)).toEqual([]);

    const resources = (bundle.entry ?? []).map((entry) => entry.resource);
    const types = new Set(resources.map((r) => r?.resourceType));
    for (const type of [
      'Patient',
      'Goal',
      'CarePlan',
      'RelatedPerson',
      'CareTeam',
      'Consent',
      'Observation',
      'QuestionnaireResponse',
      'DocumentReference',
      'Provenance',
    ])
      expect(types, type).toContain(type);
    const patient = resources.find((r) => r?.resourceType === 'Patient') as Patient;
    expect(patient.name?.[0]?.text).toBe('Robin Ashe');
    const goal = resources.find((r) => r?.resourceType === 'Goal') as Goal;
    expect(goal.description.text).toBe('Get back to swimming once a week');
    // The journal is decrypted for the person: their words, not ciphertext.
    const texts = resources
      .filter((r): r is DocumentReference => r?.resourceType === 'DocumentReference')
      .flatMap((doc) => doc.content.map((c) => fromBase64(c.attachment.data)));
    expect(texts).toContain('Walked to the lighthouse with Mum.');
    expect(texts).toContain('Sat by the canal for an hour. The heron came back.');
  }, 60_000);

  it('carries a review, naming who added each action, and a team connection with its grants', async () => {
    const response = await owner.request({ method: 'GET', url: exportUrl(owner.personId) });
    const resources = ((response.json() as Bundle).entry ?? []).map((entry) => entry.resource);
    const kind = (r: (typeof resources)[number]) =>
      r?.meta?.tag?.find((tag) => tag.system === SYSTEMS.kind)?.code;
    // The seeded review (started, nothing rated) and the one done with Priya.
    const reviews = resources.filter((r) => kind(r) === 'review') as QuestionnaireResponse[];
    expect(reviews).toHaveLength(2);
    const review = reviews.find((r) => r.item?.some((i) => i.linkId === 'area'));
    if (!review) throw new Error('no review with an area');
    expect(review.status).toBe('completed');
    const answer = (item: QuestionnaireResponseItem | undefined, linkId: string) =>
      item?.item?.find((i) => i.linkId === linkId)?.answer?.[0];
    const area = review.item?.find((i) => i.linkId === 'area');
    expect(answer(area, 'smallest-step')?.valueString).toBe('Bed by eleven');
    const action = area?.item?.find((i) => i.linkId === 'action');
    expect(answer(action, 'what')?.valueString).toBe('Ask the GP about the morning dose');
    expect(answer(action, 'added-by')?.valueReference?.display).toBe('Priya');
    expect(answer(action, 'added-by-role')?.valueCoding?.code).toBe('practitioner');
    expect(answer(action, 'decision')?.valueCoding?.code).toBe('waiting');
    const team = resources.find((r) => kind(r) === 'team') as CareTeam;
    expect(team.name).toBe('Coast team');
    expect(team.managingOrganization?.[0]?.display).toBe('Riverside Recovery Team');
    const grants = resources.filter(
      (r): r is Consent =>
        kind(r) === 'grant' &&
        (r as Consent).provision?.actor?.[0]?.reference.reference === `CareTeam/${team.id}`,
    );
    expect(grants.map((g) => g.provision?.code?.[0]?.coding?.[0]?.code).sort()).toEqual([
      'goals',
      'reviews',
    ]);
  }, 60_000);

  it('writes a Bundle that reads back as the same record', async () => {
    const [bundle, snapshot] = await Promise.all([
      owner.request({ method: 'GET', url: exportUrl(owner.personId) }),
      owner.request({ method: 'GET', url: `${exportUrl(owner.personId)}/snapshot` }),
    ]);
    const read = fromBundle(bundle.json());
    expect(read.ok, JSON.stringify(!read.ok && read)).toBe(true);
    if (!read.ok) return;
    const copy = snapshot.json() as RecordSnapshot;
    expect(snapshot.headers['cache-control']).toBe('no-store');
    expect(read.snapshot.goals.map((g) => g.data.title)).toEqual(
      copy.goals.map((g) => g.data.title),
    );
    expect(read.snapshot.journal.map((e) => e.text).sort()).toEqual(
      copy.journal.map((e) => e.text).sort(),
    );
    expect(copy.relationships.map((r) => r.knownAs)).toContain('Aunt Pat');
    // The readable copy lists the files by name; their bytes travel only in the Bundle.
    expect(copy.attachments.length).toBeGreaterThan(0);
    expect(copy.attachments.every((file) => file.content === '')).toBe(true);
    expect(read.snapshot.attachments.every((file) => file.content.length > 0)).toBe(true);
  }, 60_000);

  it('refuses everyone else as for a record that is not there', async () => {
    const supporter = await aSupporterOf(t, owner.personId, { grants: everything });
    const practitioner = await signUpAs(t, 'practitioner');
    await t.services.sharing.createRelationship({
      personId: owner.personId,
      accountId: practitioner.personId,
      role: 'practitioner',
      knownAs: 'Dr Lee',
      grants: everything,
    });
    const stranger = await signUp(t.app);
    const nobody = crypto.randomUUID();
    for (const [who, client] of [
      ['supporter sharing every section', supporter],
      ['practitioner sharing every section', practitioner],
      ['stranger', stranger],
    ] as const) {
      for (const url of [exportUrl(owner.personId), `${exportUrl(owner.personId)}/snapshot`]) {
        const refused = await client.request({ method: 'GET', url });
        const missing = await client.request({
          method: 'GET',
          url: url.replace(owner.personId, nobody),
        });
        expect(refused.statusCode, `${who} ${url}`).toBe(404);
        expect(refused.body).toBe(missing.body);
        expect(refused.body).not.toContain('Robin');
      }
    }
    // A supporter's own space is not a person's record: nothing to download there either.
    const own = await supporter.request({ method: 'GET', url: exportUrl(supporter.personId) });
    expect(own.statusCode).toBe(404);
  }, 60_000);

  it('asks a visitor to sign in', async () => {
    const response = await t.app.inject({ method: 'GET', url: exportUrl(owner.personId) });
    expect(response.statusCode).toBe(401);
    expect(response.body).not.toContain('Robin');
  });
});
