// A service's own uploaded measures are offered to the people connected to its teams (decision
// 0042), on both databases: listed beside the installation's, opened and answered like them; a
// measure the service switched off is not; a person with no connection, or connected to another
// service, never sees them; and once the person leaves, they are no longer offered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responseFor, scored } from '../../../domain/measures/test-support.ts';
import {
  aServiceAdmin,
  type Client,
  signUp,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aServiceQuestionnaire } from '../../test/measure-fixtures.ts';
import { aTeam, connectToTeam } from '../../test/team-fixtures.ts';

const WORRY_URL = 'https://example.org/fhir/Questionnaire/worry';

type Summary = { id: string; title: string; source: string };

describe.each(DIALECTS)('A service’s measures offered to its people on %s', (dialect) => {
  let t: TestApp;
  let admin: Client;
  let otherAdmin: Client;
  let worryCheck: string;
  let sleepCheck: string;
  let team: { id: string; code: string };
  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await aServiceAdmin(t);
    otherAdmin = await aServiceAdmin(t);
    const upload = async (who: Client, title: string, url: string) => {
      const added = await who.request({
        method: 'POST',
        url: '/api/service/measures',
        payload: { questionnaire: aServiceQuestionnaire({ title, url }) },
      });
      expect(added.statusCode, added.body).toBe(201);
      return added.json().id as string;
    };
    worryCheck = await upload(admin, 'Worry check', WORRY_URL);
    sleepCheck = await upload(admin, 'Sleep check', 'https://example.org/fhir/Questionnaire/sleep');
    // Switched off: the service does not offer it now.
    const off = await admin.request({
      method: 'PUT',
      url: `/api/service/measures/${sleepCheck}/offered`,
      payload: { offered: false },
    });
    expect(off.statusCode, off.body).toBe(200);
    await upload(otherAdmin, 'Other service check', 'https://example.org/fhir/Questionnaire/o');
    team = await aTeam(admin);
  });
  afterAll(() => t.close());

  const listOf = async (who: Client) => {
    const response = await who.request({ method: 'GET', url: '/api/measures' });
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items as Summary[];
  };
  const answer = (who: Client) =>
    who.request({
      method: 'POST',
      url: `/api/people/${who.personId}/measure-responses`,
      payload: {
        measureId: worryCheck,
        response: responseFor(
          aServiceQuestionnaire({ url: WORRY_URL }),
          scored('gad7', [1, 1, 1, 1, 1, 1, 1]),
        ),
      },
    });

  it('never offers a service’s measures to someone not connected to it', async () => {
    const person = await signUp(t.app);
    const titles = (await listOf(person)).map((m) => m.title);
    expect((await listOf(person)).map((m) => m.id)).toContain('phq-9');
    expect(titles).not.toContain('Worry check');
    expect(titles).not.toContain('Other service check');
    expect(
      (await person.request({ method: 'GET', url: `/api/measures/${worryCheck}` })).statusCode,
    ).toBe(404);
    const refused = await answer(person);
    expect(refused.statusCode, refused.body).toBe(400);
    expect(await t.store.db.selectFrom('measure_response').selectAll().execute()).toHaveLength(0);
  });

  it('offers a connected person the service’s switched-on measures, to open and answer', async () => {
    const person = await signUp(t.app);
    const relationshipId = await connectToTeam(person, team.code, { measures: 'view' });
    const list = await listOf(person);
    const worry = list.find((m) => m.title === 'Worry check');
    expect(worry).toMatchObject({ id: worryCheck, source: 'service' });
    expect(list.map((m) => m.id)).toContain('phq-9');
    expect(list.map((m) => m.title)).not.toContain('Sleep check');
    expect(list.map((m) => m.title)).not.toContain('Other service check');

    const opened = await person.request({ method: 'GET', url: `/api/measures/${worryCheck}` });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json().questionnaire.title).toBe('Worry check');
    const switchedOff = await person.request({ method: 'GET', url: `/api/measures/${sleepCheck}` });
    expect(switchedOff.statusCode).toBe(404);

    const answered = await answer(person);
    expect(answered.statusCode, answered.body).toBe(201);
    expect(answered.json()).toMatchObject({ measureId: worryCheck });
    expect(answered.json().scores[0]).toMatchObject({ value: 7 });

    // Once they leave the team, the service offers them nothing more; their answer stays.
    const left = await person.request({
      method: 'POST',
      url: `/api/people/${person.personId}/teams/${relationshipId}/leave`,
    });
    expect(left.statusCode, left.body).toBe(204);
    expect((await listOf(person)).map((m) => m.title)).not.toContain('Worry check');
    const kept = await person.request({
      method: 'GET',
      url: `/api/people/${person.personId}/measure-responses`,
    });
    expect(kept.json().items.map((r: { measureId: string }) => r.measureId)).toContain(worryCheck);
  });
});
