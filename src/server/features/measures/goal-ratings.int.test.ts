import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { create, expectError, ifMatch, paths } from '../../test/api.ts';
import { type Client, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aGoal } from '../../test/fixtures.ts';

const SCORE_SYSTEM = 'https://waymark.example/fhir/CodeSystem/measure-score';

describe.each(DIALECTS)('Goal ratings on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  let swim: string;
  let walk: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
    swim = (await create(sam, paths(sam.personId).goals, aGoal({ title: 'Swim weekly' }))).id;
    walk = (await create(sam, paths(sam.personId).goals, aGoal({ title: 'Walk the dog' }))).id;
  });
  afterAll(() => t.close());

  const rate = (payload: object) =>
    sam.request({ method: 'POST', url: `/api/people/${sam.personId}/goal-ratings`, payload });
  const stored = async () => ({
    responses: await t.store.db.selectFrom('measure_response').selectAll().execute(),
    observations: await t.store.db.selectFrom('observation').selectAll().execute(),
  });

  it('rates each goal 0–10 as its own score, kept as a response and a series per goal', async () => {
    const response = await rate({
      ratings: [
        { goalId: swim, rating: 3 },
        { goalId: walk, rating: 8 },
      ],
      note: 'Pool was shut',
    });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(response.headers.location).toBe(
      `/api/people/${sam.personId}/measure-responses/${body.id}`,
    );
    expect(body).toMatchObject({
      measureId: 'goal-ratings',
      note: 'Pool was shut',
      riskSignals: [],
    });
    expect(body.scores).toMatchObject([
      { id: `goal-${swim}`, label: 'Swim weekly', value: 3 },
      { id: `goal-${walk}`, label: 'Walk the dog', value: 8 },
    ]);
    const listed = await sam.request({
      method: 'GET',
      url: `/api/people/${sam.personId}/measure-responses?measure=goal-ratings`,
    });
    expect(listed.json().items.map((r: { id: string }) => r.id)).toEqual([body.id]);
    const series = await sam.request({
      method: 'GET',
      url: `/api/people/${sam.personId}/observations?code=goal-ratings.goal-${swim}`,
    });
    expect(series.json().points).toEqual([
      expect.objectContaining({
        system: SCORE_SYSTEM,
        value: 3,
        display: 'Swim weekly',
        range: { min: 0, max: 10 },
      }),
    ]);
  });

  it('refuses other people’s goals, deleted goals, a goal twice and ratings out of range, storing nothing', async () => {
    const pat = await signUp(t.app);
    const theirs = (await create(pat, paths(pat.personId).goals, aGoal())).id;
    const gone = (await create(sam, paths(sam.personId).goals, aGoal({ title: 'Old goal' }))).id;
    await sam.request({
      method: 'DELETE',
      url: paths(sam.personId).goal(gone),
      headers: ifMatch(1),
    });
    const before = await stored();
    const cases: [object, string, RegExp][] = [
      [{ ratings: [{ goalId: theirs, rating: 5 }] }, 'ratings.0.goalId', /one of your goals/],
      [{ ratings: [{ goalId: gone, rating: 5 }] }, 'ratings.0.goalId', /one of your goals/],
      [
        {
          ratings: [
            { goalId: swim, rating: 5 },
            { goalId: swim, rating: 6 },
          ],
        },
        'ratings.1.goalId',
        /only once/,
      ],
      [{ ratings: [{ goalId: swim, rating: 11 }] }, 'ratings.0.rating', /0 to 10/],
      [{ ratings: [{ goalId: swim, rating: 2.5 }] }, 'ratings.0.rating', /0 to 10/],
      [{ ratings: [{ goalId: 'not-an-id', rating: 2 }] }, 'ratings.0.goalId', /valid reference/],
      [{ ratings: [] }, 'ratings', /./],
      [
        { ratings: [{ goalId: swim, rating: 2 }], authored: '2030-01-01T00:00:00Z' },
        'authored',
        /future/,
      ],
    ];
    for (const [payload, field, message] of cases) {
      const body = expectError(await rate(payload), 400, 'WM_VALIDATION_FAILED');
      const error = body.error.fields?.find((f) => f.field === field);
      expect(error?.message, `${JSON.stringify(payload)}: ${JSON.stringify(body)}`).toMatch(
        message,
      );
    }
    expect(await stored()).toEqual(before);
  });
});
