// The FHIR read API (issue 15, decision 0049), on both databases: the person issues a token to
// a named app for some parts of their record, until a day they choose; the app reads and
// searches those parts as FHIR, every resource valid, and nothing else: no "for me only" rows,
// no journal, no other person's record. Every read is in the person's access log under the
// app's name. A token that has ended, was revoked, or whose person paused sharing reads nothing.

import { createHash } from 'node:crypto';
import type { Bundle, CapabilityStatement, OperationOutcome, Resource } from '@medplum/fhirtypes';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FHIR_API_TYPES } from '../../../domain/fhir-api/scopes.ts';
import type { AccessLogEntryView } from '../../../domain/sharing/access-log.schema.ts';
import { entrySentence } from '../../../domain/sharing/access-log-words.ts';
import { type Client, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { aCheckin, aJournalEntry } from '../../test/checkin-fixtures.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { problemsOf, problemsOfBundle } from '../../test/fhir-validation.ts';
import { aGoal } from '../../test/fixtures.ts';
import { recordRequests } from '../../test/record-requests.ts';

const FHIR = '/fhir/R4';
const tagsOf = (resource: Resource) => (resource.meta?.tag ?? []).map((tag) => tag.code);

describe.each(DIALECTS)('The FHIR read API on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let other: Client;
  let everything: string;
  let goalsOnly: string;
  const tokensUrl = (personId: string) => `/api/people/${personId}/api-tokens`;

  async function issue(client: Client, body: object): Promise<LightMyRequestResponse> {
    return client.request({ method: 'POST', url: tokensUrl(client.personId), payload: body });
  }
  async function tokenFor(client: Client, name: string, scopes: string[], endsOn = '2026-12-31') {
    const response = await issue(client, { name, scopes, endsOn });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { token: string; item: { id: string } };
  }
  const fhir = (token: string | null, url: string, extra: Partial<InjectOptions> = {}) =>
    t.app.inject({
      method: 'GET',
      url,
      ...extra,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra.headers },
    });
  const logCount = async (personId: string) =>
    (
      await t.store.db
        .selectFrom('access_log')
        .select('seq')
        .where('person_id', '=', personId)
        .execute()
    ).length;
  const codeOf = (response: LightMyRequestResponse) => {
    const outcome = response.json() as OperationOutcome;
    expect(outcome.resourceType).toBe('OperationOutcome');
    return outcome.issue[0]?.details?.coding?.[0]?.code;
  };

  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = await signUp(t.app, { displayName: 'Robin Ashe' });
    other = await signUp(t.app, { displayName: 'Sam Other' });
    await recordRequests(t, owner);
    const goals = `/api/people/${owner.personId}/goals`;
    for (const title of ['Walk by the sea', 'Cook on Sundays'])
      expect(
        (await owner.request({ method: 'POST', url: goals, payload: aGoal({ title }) })).statusCode,
      ).toBe(201);
    const checkins = `/api/people/${owner.personId}/checkins`;
    const secret = await owner.request({
      method: 'POST',
      url: checkins,
      payload: aCheckin({
        note: 'Only mine',
        forMeOnly: true,
        takenAt: '2026-11-24T08:00:00+00:00',
      }),
    });
    expect(secret.statusCode, secret.body).toBe(201);
    const entry = await owner.request({
      method: 'POST',
      url: `/api/people/${owner.personId}/journal`,
      payload: aJournalEntry({ text: 'Private words' }),
    });
    expect(entry.statusCode, entry.body).toBe(201);
    everything = (await tokenFor(owner, 'Health app', ['patient/*.rs'])).token;
    goalsOnly = (await tokenFor(owner, 'Goal tracker', ['patient/Goal.rs'])).token;
  }, 120_000);
  afterAll(() => t?.close());

  it('issues a token once, keeps only its SHA-256, and lists it without the token', async () => {
    const { token, item } = await tokenFor(owner, 'Clinic portal', ['patient/Observation.rs']);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await t.store.db
      .selectFrom('api_token')
      .selectAll()
      .where('person_id', '=', owner.personId)
      .where('id', '=', item.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(token);
    const list = await owner.request({ method: 'GET', url: tokensUrl(owner.personId) });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(token);
    const listed = list.json().items.find((i: { id: string }) => i.id === item.id);
    expect(listed).toMatchObject({
      name: 'Clinic portal',
      scopes: ['patient/Observation.rs'],
      endsAt: '2026-12-31T23:59:59.999Z',
      status: 'active',
      lastUsedAt: null,
    });
  });

  it('tells the person in their access log when they gave an app a key and when they took it back', async () => {
    const { item } = await tokenFor(owner, 'Sleep diary app', ['patient/Observation.rs']);
    const revokeUrl = `${tokensUrl(owner.personId)}/${item.id}`;
    const revoked = await owner.request({ method: 'DELETE', url: revokeUrl });
    expect(revoked.statusCode, revoked.body).toBeLessThan(300);
    // Taking it back twice changes nothing and says nothing more.
    await owner.request({ method: 'DELETE', url: revokeUrl });
    const log = await owner.request({
      method: 'GET',
      url: `/api/people/${owner.personId}/access-log`,
    });
    const page = log.json() as { items: AccessLogEntryView[]; people: never[] };
    const about = page.items.filter((entry) => entry.relationshipId === item.id);
    expect(about.map((entry) => entrySentence(entry, page.people))).toEqual([
      'You took back the key of Sleep diary app',
      'You gave Sleep diary app a key to read your record',
    ]);
  });

  it('refuses at issue time anything but read and search, a missing name, and an end date past a year or gone', async () => {
    const before = (await owner.request({ method: 'GET', url: tokensUrl(owner.personId) })).json();
    const cases: [object, string][] = [
      [{ name: 'A', scopes: ['patient/Goal.write'], endsOn: '2026-12-31' }, 'scopes.0'],
      [{ name: 'A', scopes: ['user/*.rs'], endsOn: '2026-12-31' }, 'scopes.0'],
      [{ name: 'A', scopes: ['patient/Goal.cruds'], endsOn: '2026-12-31' }, 'scopes.0'],
      [{ name: 'A', scopes: [], endsOn: '2026-12-31' }, 'scopes'],
      [{ name: ' ', scopes: ['patient/Goal.rs'], endsOn: '2026-12-31' }, 'name'],
      [{ name: 'A', scopes: ['patient/Goal.rs'], endsOn: '2026-11-24' }, 'endsOn'],
      [{ name: 'A', scopes: ['patient/Goal.rs'], endsOn: '2027-12-31' }, 'endsOn'],
    ];
    for (const [body, field] of cases) {
      const response = await issue(owner, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.field, JSON.stringify(body)).toBe(field);
    }
    const after = (await owner.request({ method: 'GET', url: tokensUrl(owner.personId) })).json();
    expect(after).toEqual(before);
  });

  it('gives its CapabilityStatement to anyone, valid, naming every type and its search terms', async () => {
    const response = await fhir(null, `${FHIR}/metadata`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/fhir\+json/);
    const statement = response.json() as CapabilityStatement;
    expect(problemsOf(statement)).toEqual([]);
    const resources = statement.rest?.[0]?.resource ?? [];
    expect(resources.map((r) => r.type)).toEqual([...FHIR_API_TYPES]);
    const observation = resources.find((r) => r.type === 'Observation');
    expect(observation?.searchParam?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['patient', '_count', 'date', 'category', 'code']),
    );
  });

  it('reads and searches every type with a token for everything: valid, never "for me only", never the journal', async () => {
    for (const type of FHIR_API_TYPES) {
      const who =
        type === 'Patient' ? `_id=${owner.personId}` : `patient=Patient/${owner.personId}`;
      const search = await fhir(everything, `${FHIR}/${type}?${who}`);
      expect(search.statusCode, `${type}: ${search.body}`).toBe(200);
      const bundle = search.json() as Bundle;
      expect(bundle.type).toBe('searchset');
      expect(problemsOfBundle(bundle), type).toEqual([]);
      const found = (bundle.entry ?? []).map((e) => e.resource as Resource);
      expect(found.length, `${type} has something to read`).toBeGreaterThan(0);
      for (const resource of found) {
        expect(resource.resourceType).toBe(type);
        expect(tagsOf(resource)).not.toContain('for-me-only');
        expect(tagsOf(resource)).not.toContain('journal_entry');
        const read = await fhir(everything, `${FHIR}/${type}/${resource.id}`);
        expect(read.statusCode, `${type}/${resource.id}`).toBe(200);
        expect(read.json()).toEqual(resource);
      }
    }
    const all = (await fhir(everything, `${FHIR}/Observation?_count=200`)).json() as Bundle;
    expect(JSON.stringify(all)).not.toContain('Only mine');
    const patient = (await fhir(everything, `${FHIR}/Patient/${owner.personId}`)).json();
    expect(patient.name[0].text).toBe('Robin Ashe');
    expect(patient.telecom).toBeUndefined();
    // The Consent is the token's own grant alone, never the person's other sharing.
    const consents = (await fhir(everything, `${FHIR}/Consent`)).json() as Bundle;
    for (const entry of consents.entry ?? [])
      expect(tagsOf(entry.resource as Resource)).toContain('grant');
  });

  it('gives $everything as one Bundle of what the token reads, without the journal or private rows', async () => {
    const response = await fhir(
      everything,
      `${FHIR}/Patient/${owner.personId}/$everything?_count=200`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const bundle = response.json() as Bundle;
    expect(problemsOfBundle(bundle)).toEqual([]);
    const types = new Set((bundle.entry ?? []).map((e) => e.resource?.resourceType));
    expect([...types].sort()).toEqual([...FHIR_API_TYPES].sort());
    expect(response.body).not.toContain('Private words');
    expect(response.body).not.toContain('Only mine');
    expect(response.body).not.toContain(Buffer.from('Private words').toString('base64'));
    const narrow = (
      await fhir(goalsOnly, `${FHIR}/Patient/${owner.personId}/$everything`)
    ).json() as Bundle;
    expect(new Set((narrow.entry ?? []).map((e) => e.resource?.resourceType))).toEqual(
      new Set(['Patient', 'Goal']),
    );
  });

  it('refuses a type outside the token’s scopes, and reads only its own', async () => {
    const refused = await fhir(goalsOnly, `${FHIR}/Observation`);
    expect(refused.statusCode).toBe(403);
    expect(codeOf(refused)).toBe('WM_FHIR_SCOPE');
    const goals = (await fhir(goalsOnly, `${FHIR}/Goal`)).json() as Bundle;
    expect(goals.total).toBeGreaterThanOrEqual(3);
  });

  it('pages a search with _count and link.next, and filters Observations by date and category', async () => {
    const first = (await fhir(everything, `${FHIR}/Goal?_count=1`)).json() as Bundle;
    expect(first.entry).toHaveLength(1);
    const next = first.link?.find((l) => l.relation === 'next')?.url ?? '';
    expect(next).toContain('_offset=1');
    const second = (
      await fhir(everything, new URL(next).pathname + new URL(next).search)
    ).json() as Bundle;
    expect(second.entry?.[0]?.resource?.id).not.toBe(first.entry?.[0]?.resource?.id);
    const all = (await fhir(everything, `${FHIR}/Observation?_count=200`)).json() as Bundle;
    const late = (
      await fhir(everything, `${FHIR}/Observation?date=ge2026-11-25&category=survey`)
    ).json() as Bundle;
    for (const entry of late.entry ?? [])
      expect(
        Date.parse((entry.resource as { effectiveDateTime: string }).effectiveDateTime),
      ).toBeGreaterThanOrEqual(Date.parse('2026-11-25T00:00:00Z'));
    expect(late.total).toBeLessThanOrEqual(all.total ?? 0);
    const none = (await fhir(everything, `${FHIR}/Observation?date=lt2000-01-01`)).json() as Bundle;
    expect(none.total).toBe(0);
  });

  it('answers another person’s id as a record that is not there, and logs nothing', async () => {
    const before = await logCount(owner.personId);
    const othersBefore = await logCount(other.personId);
    for (const url of [
      `${FHIR}/Patient/${other.personId}`,
      `${FHIR}/Goal?patient=${other.personId}`,
      `${FHIR}/Patient/${other.personId}/$everything`,
    ]) {
      const theirs = await fhir(everything, url);
      const nobody = await fhir(everything, url.replace(other.personId, crypto.randomUUID()));
      expect(theirs.statusCode, url).toBe(404);
      expect(codeOf(theirs)).toBe('WM_NOT_FOUND');
      expect(theirs.body).toBe(nobody.body);
    }
    expect(await logCount(owner.personId)).toBe(before);
    expect(await logCount(other.personId)).toBe(othersBefore);
  });

  it('logs every read under the app’s name, and the person sees it in their access log', async () => {
    const before = await logCount(owner.personId);
    expect((await fhir(goalsOnly, `${FHIR}/Goal`)).statusCode).toBe(200);
    expect(await logCount(owner.personId)).toBe(before + 1);
    const log = await owner.request({
      method: 'GET',
      url: `/api/people/${owner.personId}/access-log`,
    });
    const newest = log.json().items[0];
    expect(newest).toMatchObject({
      who: { kind: 'app', name: 'Goal tracker' },
      what: 'viewed',
      section: 'goals',
    });
    const listed = (await owner.request({ method: 'GET', url: tokensUrl(owner.personId) })).json();
    expect(
      listed.items.find((i: { name: string }) => i.name === 'Goal tracker').lastUsedAt,
    ).not.toBeNull();
  });

  it('refuses bad input with an OperationOutcome and a clear 4xx', async () => {
    const cases: [string, Partial<InjectOptions>, number, string][] = [
      [`${FHIR}/Medication`, {}, 400, 'WM_FHIR_UNKNOWN_TYPE'],
      [`${FHIR}/Goal/abc`.replace('Goal', 'Spaceship'), {}, 400, 'WM_FHIR_UNKNOWN_TYPE'],
      [`${FHIR}/Goal?colour=blue`, {}, 400, 'WM_FHIR_UNKNOWN_PARAMETER'],
      [`${FHIR}/Goal?date=2026-01-01`, {}, 400, 'WM_FHIR_UNKNOWN_PARAMETER'],
      [`${FHIR}/Goal?_count=0`, {}, 400, 'WM_FHIR_BAD_PARAMETER'],
      [`${FHIR}/Goal?_count=201`, {}, 400, 'WM_FHIR_BAD_PARAMETER'],
      [`${FHIR}/Goal?_count=ten`, {}, 400, 'WM_FHIR_BAD_PARAMETER'],
      [`${FHIR}/Observation?date=yesterday`, {}, 400, 'WM_FHIR_BAD_PARAMETER'],
      [
        `${FHIR}/Goal`,
        { headers: { accept: 'application/fhir+xml' } },
        406,
        'WM_FHIR_NOT_ACCEPTABLE',
      ],
      [`${FHIR}/Goal?_format=xml`, {}, 406, 'WM_FHIR_NOT_ACCEPTABLE'],
    ];
    const before = await logCount(owner.personId);
    for (const [url, extra, status, code] of cases) {
      const response = await fhir(everything, url, extra);
      expect(response.statusCode, url).toBe(status);
      expect(response.headers['content-type'], url).toMatch(/^application\/fhir\+json/);
      expect(codeOf(response), url).toBe(code);
    }
    expect(await logCount(owner.personId)).toBe(before);
  });

  it('lets no cookie, no token, or a made-up token read anything', async () => {
    const cookie = await owner.request({ method: 'GET', url: `${FHIR}/Patient/${owner.personId}` });
    expect(cookie.statusCode).toBe(401);
    expect(codeOf(cookie)).toBe('WM_FHIR_TOKEN_INVALID');
    expect((await fhir(null, `${FHIR}/Goal`)).statusCode).toBe(401);
    const madeUp = await fhir('x'.repeat(43), `${FHIR}/Goal`);
    expect(madeUp.statusCode).toBe(401);
    expect(madeUp.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it('stops a token at once when revoked, when sharing is paused, and after its last day', async () => {
    const revoked = await tokenFor(owner, 'Old app', ['patient/*.rs']);
    expect((await fhir(revoked.token, `${FHIR}/Goal`)).statusCode).toBe(200);
    const gone = await owner.request({
      method: 'DELETE',
      url: `${tokensUrl(owner.personId)}/${revoked.item.id}`,
    });
    expect(gone.statusCode).toBe(204);
    const refused = await fhir(revoked.token, `${FHIR}/Goal`);
    expect(refused.statusCode).toBe(401);
    expect(codeOf(refused)).toBe('WM_FHIR_TOKEN_INVALID');
    const list = (await owner.request({ method: 'GET', url: tokensUrl(owner.personId) })).json();
    expect(list.items.find((i: { id: string }) => i.id === revoked.item.id).status).toBe('revoked');
    // Someone else cannot revoke the person's token: the same 404 as no token at all.
    const live = await tokenFor(owner, 'Paused app', ['patient/*.rs']);
    const intruder = await other.request({
      method: 'DELETE',
      url: `${tokensUrl(owner.personId)}/${live.item.id}`,
    });
    expect(intruder.statusCode).toBe(404);
    const pause = await owner.request({
      method: 'POST',
      url: `/api/people/${owner.personId}/sharing/pause`,
      payload: { emergencyLinks: false },
    });
    expect(pause.statusCode, pause.body).toBe(204);
    expect((await fhir(live.token, `${FHIR}/Goal`)).statusCode).toBe(401);
    const resume = await owner.request({
      method: 'POST',
      url: `/api/people/${owner.personId}/sharing/resume`,
    });
    expect(resume.statusCode, resume.body).toBe(204);
    expect((await fhir(live.token, `${FHIR}/Goal`)).statusCode).toBe(200);
    const short = await tokenFor(owner, 'Short app', ['patient/*.rs'], '2026-11-25');
    expect((await fhir(short.token, `${FHIR}/Goal`)).statusCode).toBe(200);
    t.clock.advanceMinutes(24 * 60);
    expect((await fhir(short.token, `${FHIR}/Goal`)).statusCode).toBe(401);
    t.clock.advanceMinutes(-24 * 60);
  });
});
