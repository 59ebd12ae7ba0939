// Download my record (issue 15): a person's whole record, every section filled as they would
// fill it, comes back as a FHIR R4 Bundle in which every resource validates, holding their own
// words (the journal decrypted for them). Only they may ask: anyone else gets the 404 a record
// that is not there gets, and a visitor signed out the 401.
import type { Bundle, DocumentReference, Goal, Patient } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromBundle } from '../../../domain/fhir/from-bundle.ts';
import type { RecordSnapshot } from '../../../domain/fhir/snapshot.ts';
import { INVITABLE_SECTIONS } from '../../../domain/sharing/share-choices.ts';
import {
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
  }, 120_000);
  afterAll(() => t?.close());

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
