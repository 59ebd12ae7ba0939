// A measure a service uploaded, or one the operator imported for the whole installation, counts in
// the service's outcome reports when its scoring rules say which way is better (decision 0058),
// on both databases and through the real routes: named by its title on the page and in the CSV,
// with figures worked out by hand, from people's answers (a team) and from the kept counts (the
// whole service's 12 months). A measure that does not say which way is better, and another
// service's upload, are not in the report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Questionnaire } from '../../../domain/measures/questionnaire.schema.ts';
import type { Scale } from '../../../domain/measures/scoring.schema.ts';
import { responseFor, scored, withScoring } from '../../../domain/measures/test-support.ts';
import type { OutcomeReport } from '../../../domain/outcomes/report.schema.ts';
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

/** A service's questionnaire in GAD-7's structure (a total of 0–21), saying which way is better or not. */
const worryCheck = (url: string, better?: 'lower' | 'higher'): Questionnaire =>
  withScoring(aServiceQuestionnaire({ url, title: 'Worry check' }), (rules) => ({
    ...rules,
    scales: rules.scales.map((scale: Scale) => ({ ...scale, ...(better ? { better } : {}) })),
  }));

const WORRY_URL = 'https://example.org/fhir/Questionnaire/worry-for-reports';
const SLEEP_URL = 'https://example.org/fhir/Questionnaire/sleep-for-reports';
const CALM_URL = 'https://example.org/fhir/Questionnaire/calm-for-reports';

describe.each(DIALECTS)('A service’s own measure in its outcome reports on %s', (dialect) => {
  let t: TestApp;
  let admin: Client & { serviceId: string };
  let team: { id: string; code: string };
  let worryId: string;
  let sleepId: string;
  let otherId: string;

  const ok = <R extends { statusCode: number; body: string }>(response: R, status = 200): R => {
    expect(response.statusCode, response.body).toBe(status);
    return response;
  };
  const upload = async (who: Client, questionnaire: Questionnaire, title: string) =>
    ok(
      await who.request({
        method: 'POST',
        url: '/api/service/measures',
        payload: { questionnaire: { ...questionnaire, title } },
      }),
      201,
    ).json().id as string;
  const answer = async (person: Client, measureId: string, url: string, at: string, each: number) =>
    ok(
      await person.request({
        method: 'POST',
        url: `/api/people/${person.personId}/measure-responses`,
        payload: {
          measureId,
          response: {
            ...responseFor(worryCheck(url), scored('gad7', Array(7).fill(each))),
            authored: at,
          },
        },
      }),
      201,
    );

  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await aServiceAdmin(t, undefined, { secondFactor: true });
    const otherAdmin = await aServiceAdmin(t);
    team = await aTeam(admin, 'Recovery team');
    worryId = await upload(admin, worryCheck(WORRY_URL, 'lower'), 'Worry check');
    // The same questions, but the service did not say which way is better.
    sleepId = await upload(admin, worryCheck(SLEEP_URL), 'Sleep check');
    otherId = await upload(otherAdmin, worryCheck(WORRY_URL, 'lower'), 'Other service check');
    // Imported by the operator (`waymark measures import`): every service's people may answer it.
    const imported = await t.services.measureLibrary.importFile({
      ...worryCheck(CALM_URL, 'higher'),
      id: 'calm-scale',
      title: 'Calm scale',
    });
    if (!imported.ok) throw new Error('expected the import to work');
    // Eight people opted in: each Worry check goes from 14 (all 2s) in September to 7 (all 1s)
    // in November, and each answers the Sleep check twice as well.
    for (let i = 0; i < 8; i++) {
      const person = await signUp(t.app);
      await connectToTeam(person, team.code, { measures: 'view' });
      ok(
        await person.request({
          method: 'PUT',
          url: `/api/people/${person.personId}/outcome-consent`,
          payload: { optedIn: true },
        }),
      );
      await answer(person, worryId, WORRY_URL, '2026-09-10T10:00:00.000Z', 2);
      await answer(person, worryId, WORRY_URL, '2026-11-10T10:00:00.000Z', 1);
      await answer(person, sleepId, SLEEP_URL, '2026-09-11T10:00:00.000Z', 2);
      await answer(person, sleepId, SLEEP_URL, '2026-11-11T10:00:00.000Z', 1);
      // The Calm scale goes the other way, from 7 to 14: higher is better on it.
      await answer(person, 'calm-scale', CALM_URL, '2026-09-12T10:00:00.000Z', 1);
      await answer(person, 'calm-scale', CALM_URL, '2026-11-12T10:00:00.000Z', 2);
    }
  }, 120_000);
  afterAll(() => t.close());

  const reportOf = async (query: string) =>
    ok(
      await admin.request({
        method: 'GET',
        url: `/api/services/${admin.serviceId}/outcomes?${query}`,
      }),
    ).json() as OutcomeReport;

  const expectWorryFigures = (report: OutcomeReport) => {
    const worry = report.series.find((s) => s.series === `measure:${worryId}:total`);
    expect(worry).toMatchObject({
      title: 'Worry check',
      kind: 'measure',
      min: 0,
      max: 21,
      higherIsBetter: false,
      // Eight people, shown rounded to the nearest 5.
      peopleWithPair: 10,
      // Every first is 14, every latest 7: a fall of 7, better on this measure.
      mean: { first: 14, latest: 7, change: -7 },
      // A fall of 7 is past GAD-7's threshold of 4, which the service's copy carries: all eight.
      // Nobody got worse, and the default policy hides a 0 as well.
      reliableChange: { points: 4, improved: 10, improvedPercent: 100, deteriorated: '*' },
      // Recovery (caseness) is only PHQ-9's and GAD-7's.
      recovery: null,
    });
    expect(report.series.find((s) => s.series === 'measure:calm-scale:total')).toMatchObject({
      title: 'Calm scale',
      higherIsBetter: true,
      peopleWithPair: 10,
      mean: { first: 7, latest: 14, change: 7 },
      reliableChange: { points: 4, improved: 10, improvedPercent: 100 },
    });
    const series = report.series.map((s) => s.series);
    expect(series.some((key) => key.startsWith(`measure:${sleepId}:`))).toBe(false);
    expect(series.some((key) => key.startsWith(`measure:${otherId}:`))).toBe(false);
    expect(JSON.stringify(report)).not.toContain('Other service check');
  };

  it('counts it for a team, from the people who opted in', async () => {
    expectWorryFigures(await reportOf(`from=2026-09&to=2026-11&team=${team.id}`));
  });

  it('counts it for the whole service’s 12 months, from the kept counts', async () => {
    expectWorryFigures(await reportOf('from=2025-12&to=2026-11'));
  });

  it('names it by its title in the CSV', async () => {
    const csv = ok(
      await admin.request({
        method: 'GET',
        url: `/api/services/${admin.serviceId}/outcomes.csv?from=2026-09&to=2026-11&team=${team.id}`,
      }),
    ).body;
    const worryRows = csv.split('\r\n').filter((line) => line.includes(`measure:${worryId}:total`));
    expect(worryRows.length).toBeGreaterThan(4);
    for (const row of worryRows) expect(row).toMatch(/^"?Worry check"?,/);
    expect(csv).not.toContain('Sleep check');
  });
});
