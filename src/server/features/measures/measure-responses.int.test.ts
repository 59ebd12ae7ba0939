import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, ifMatch } from '../../test/api.ts';
import { type Client, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { answersTo, aPhq9Answer, libraryOf } from '../../test/measure-fixtures.ts';

describe.each(DIALECTS)('Measure responses on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
  });
  afterAll(() => t.close());

  const base = () => `/api/people/${sam.personId}`;
  const post = (payload: object, who = sam) =>
    who.request({ method: 'POST', url: `/api/people/${sam.personId}/measure-responses`, payload });
  const stored = async () => ({
    responses: await t.store.db.selectFrom('measure_response').selectAll().orderBy('id').execute(),
    revisions: await t.store.db.selectFrom('measure_response_revision').selectAll().execute(),
    observations: await t.store.db.selectFrom('observation').selectAll().orderBy('id').execute(),
  });

  it('scores a PHQ-9, explains the score and keeps the total as a SNOMED CT Observation', async () => {
    const response = await post({
      ...aPhq9Answer([1, 2, 1, 1, 0, 0, 1, 0, 0]),
      note: 'A hard week',
    });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(response.headers.etag).toBe('W/"1"');
    expect(response.headers.location).toBe(`${base()}/measure-responses/${body.id}`);
    const [total] = body.scores;
    expect(total).toMatchObject({ id: 'total', value: 6, band: { id: 'mild' } });
    expect(total.code).toMatchObject({ system: 'http://snomed.info/sct', code: '720433000' });
    expect(total.explanation.join('\n')).toMatch(/1 \+ 2 \+ 1 \+ 1 \+ 0 \+ 0 \+ 1 \+ 0 \+ 0/);
    expect(body).toMatchObject({
      riskSignals: [],
      support: null,
      note: 'A hard week',
      forMeOnly: false,
    });
    expect(body.response).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      id: body.id,
      questionnaire: 'https://waymark.example/fhir/Questionnaire/phq-9|1.0.0',
      status: 'completed',
    });
    const series = await sam.request({
      method: 'GET',
      url: `${base()}/observations?code=720433000`,
    });
    expect(series.json().points).toEqual([
      expect.objectContaining({
        responseId: body.id,
        value: 6,
        system: 'http://snomed.info/sct',
        note: 'A hard week',
        // Charts draw it on the measure's own scale, not up to the highest score seen.
        range: { min: 0, max: 27 },
      }),
    ]);
  });

  it('marks a prorated total in the score, on the stored Observation and in the series', async () => {
    // The example: eight answers summing to 4; 4 × 9 ÷ 8 = 4.5, rounded half up to 5,
    // which is "Mild" where 4 would be "Minimal". Nobody may mistake it for a full score.
    const ali = await signUp(t.app);
    const url = `/api/people/${ali.personId}`;
    const answer = aPhq9Answer([1, 1, 1, 1, 0, 0, 0, null, 0]);
    const response = await ali.request({
      method: 'POST',
      url: `${url}/measure-responses`,
      payload: answer,
    });
    expect(response.statusCode, response.body).toBe(201);
    const [total] = response.json().scores;
    expect(total).toMatchObject({
      value: 5,
      band: { id: 'mild' },
      prorated: { answered: 8, items: 9 },
    });
    expect(total.explanation).toContain(
      'Answers missing: 1 of 9. Up to 2 may be missing, so the sum is prorated: 4 × 9 ÷ 8 = 4.5.',
    );
    const row = await t.store.db
      .selectFrom('observation')
      .select(['items_answered', 'items_total'])
      .where('response_id', '=', response.json().id)
      .executeTakeFirstOrThrow();
    expect([Number(row.items_answered), Number(row.items_total)]).toEqual([8, 9]);
    const full = await ali.request({
      method: 'POST',
      url: `${url}/measure-responses`,
      payload: aPhq9Answer([1, 1, 1, 1, 0, 0, 0, 0, 0]),
    });
    expect(full.json().scores[0].prorated).toBeUndefined();
    const series = await ali.request({ method: 'GET', url: `${url}/observations?code=720433000` });
    // Both were answered at the test clock's one moment, so compare them by value.
    const points: { value: number; prorated: unknown }[] = series.json().points;
    const marked = Object.fromEntries(points.map((point) => [point.value, point.prorated]));
    expect(marked).toEqual({ 5: { answered: 8, items: 9 }, 4: null });
    // The chart also gets the measure's published reliable-change threshold, with its source.
    expect(series.json().points[0].reliableChange).toEqual({
      points: 6,
      source: expect.stringMatching(/NHS Talking Therapies/),
    });
  });

  it('codes GAD-7 and QPR-15 totals too', async () => {
    const gad7 = await post({
      measureId: 'gad-7',
      response: answersTo('gad-7', [1, 1, 1, 1, 1, 1, 1]),
    });
    expect(gad7.json().scores[0]).toMatchObject({ value: 7, code: { code: '445455005' } });
    const qpr = await post({
      measureId: 'qpr-15',
      response: answersTo('qpr-15', Array(15).fill(2)),
    });
    expect(qpr.statusCode, qpr.body).toBe(201);
    expect(qpr.json().scores[0]).toMatchObject({ value: 30, code: { code: '1035441000000106' } });
    const series = await sam.request({
      method: 'GET',
      url: `${base()}/observations?code=1035441000000106`,
    });
    expect(series.json().points.map((p: { value: number }) => p.value)).toEqual([30]);
  });

  it('lists responses newest first, one measure at a time if asked, and opens one with its ETag', async () => {
    t.clock.advanceMinutes(20); // within the 30-minute idle limit of the session
    const later = await post({
      measureId: 'phq-9',
      response: answersTo('phq-9', Array(9).fill(0)),
    });
    const all = await sam.request({ method: 'GET', url: `${base()}/measure-responses` });
    expect(all.json().items[0].id).toBe(later.json().id);
    const phq9 = await sam.request({
      method: 'GET',
      url: `${base()}/measure-responses?measure=phq-9`,
    });
    expect(phq9.json().items.map((r: { measureId: string }) => r.measureId)).toEqual([
      'phq-9',
      'phq-9',
    ]);
    expect(
      phq9.json().items.map((r: { scores: { value: number }[] }) => r.scores[0]?.value),
    ).toEqual([0, 6]);
    const one = await sam.request({
      method: 'GET',
      url: `${base()}/measure-responses/${later.json().id}`,
    });
    expect(one.statusCode).toBe(200);
    expect(one.headers.etag).toBe('W/"1"');
    const series = await sam.request({
      method: 'GET',
      url: `${base()}/observations?code=720433000`,
    });
    expect(series.json().points.map((p: { value: number }) => p.value)).toEqual([6, 0]);
  });

  it('refuses a skeleton whose wording is not loaded, in plain words, storing nothing', async () => {
    const before = await stored();
    const response = await post({
      measureId: 'swemwbs',
      response: answersTo('swemwbs', [3, 3, 3, 3, 3, 3, 3]),
    });
    const body = expectError(response, 400, 'WM_MEASURE_NEEDS_WORDING', 'measureId');
    expect(body.error.message).toMatch(/needs its wording loaded by your service/);
    expect(await stored()).toEqual(before);
  });

  it('refuses answers to a retired measure, naming measureId', async () => {
    const retired = await libraryOf(t).importFile({
      resourceType: 'Questionnaire',
      url: 'https://service.example/Questionnaire/old-mood',
      version: '1',
      status: 'retired',
      item: [{ linkId: 'mood', type: 'integer', text: 'How is your mood?' }],
    });
    if (!retired.ok) throw new Error('expected the import to work');
    const before = await stored();
    const response = await post({
      measureId: retired.measure.id,
      response: { resourceType: 'QuestionnaireResponse', status: 'completed' },
    });
    const body = expectError(response, 400, 'WM_VALIDATION_FAILED', 'measureId');
    expect(body.error.fields?.[0]?.message).toMatch(/no longer in use/);
    expect(await stored()).toEqual(before);
  });

  it('refuses bad answers with the field named, storing nothing', async () => {
    const before = await stored();
    const badCode = answersTo('phq-9', [0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const firstGroup = badCode.item?.[0];
    if (!firstGroup?.item?.[2]) throw new Error('fixture shape');
    firstGroup.item[2] = {
      linkId: 'phq9-3',
      answer: [{ valueCoding: { system: 'http://loinc.org', code: 'nope' } }],
    };
    const cases: [object, string][] = [
      [{ measureId: 'no-such-measure', response: answersTo('phq-9', [0]) }, 'measureId'],
      [{ ...aPhq9Answer(), response: 'not an object' }, 'response'],
      [{ ...aPhq9Answer(), extra: true }, 'extra'],
      [{ ...aPhq9Answer(), forMeOnly: 'yes' }, 'forMeOnly'],
      [{ measureId: 'phq-9', response: badCode }, 'response.item[phq9].item[phq9-3].answer[0]'],
      [
        { measureId: 'phq-9', response: { ...answersTo('phq-9', [0]), status: 'in-progress' } },
        'response.status',
      ],
      [
        { measureId: 'phq-9', response: { ...answersTo('phq-9', [0]), authored: 'yesterday' } },
        'response.authored',
      ],
      [
        {
          measureId: 'phq-9',
          response: { ...answersTo('phq-9', [0]), authored: '2030-01-01T00:00:00Z' },
        },
        'response.authored',
      ],
      [{ measureId: 'gad-7', response: answersTo('phq-9', [0]) }, 'response.questionnaire'],
    ];
    for (const [payload, field] of cases) {
      const response = await post(payload);
      const body = expectError(response, 400, 'WM_VALIDATION_FAILED');
      expect(
        body.error.fields?.map((f) => f.field),
        JSON.stringify(payload).slice(0, 80),
      ).toContain(field);
    }
    expect(await stored()).toEqual(before);
  });

  it('keeps the person’s note and "for me only" with If-Match, with every version kept', async () => {
    const created = (await post(aPhq9Answer())).json();
    const url = `${base()}/measure-responses/${created.id}`;
    const patch = (payload: object, headers: Record<string, string> = ifMatch(1)) =>
      sam.request({ method: 'PATCH', url, headers, payload });
    const before = await stored();
    expectError(await patch({ note: 'x' }, {}), 428, 'WM_VERSION_REQUIRED');
    expectError(await patch({ note: 'x' }, { 'if-match': 'soon' }), 400, 'WM_VERSION_INVALID');
    expectError(await patch({}), 400, 'WM_VALIDATION_FAILED');
    expectError(await patch({ note: 'x', response: {} }), 400, 'WM_VALIDATION_FAILED', 'response');
    expectError(await patch({ forMeOnly: 1 }), 400, 'WM_VALIDATION_FAILED', 'forMeOnly');
    expect(await stored()).toEqual(before);

    const changed = await patch({ note: 'I had flu that week', forMeOnly: true });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.headers.etag).toBe('W/"2"');
    expect(changed.json()).toMatchObject({
      version: 2,
      note: 'I had flu that week',
      forMeOnly: true,
    });
    // The answers and scores never change with a note.
    expect(changed.json().scores).toEqual(created.scores);
    const stale = await patch({ note: 'from another tab' });
    const conflict = expectError(stale, 412, 'WM_VERSION_CONFLICT');
    expect(conflict).toMatchObject({ current: { version: 2, note: 'I had flu that week' } });

    const series = await sam.request({
      method: 'GET',
      url: `${base()}/observations?code=720433000`,
    });
    const point = series
      .json()
      .points.find((p: { responseId: string }) => p.responseId === created.id);
    expect(point).toMatchObject({ forMeOnly: true, note: 'I had flu that week' });
    const history = await sam.request({ method: 'GET', url: `${url}/history` });
    expect(history.json().revisions).toMatchObject([
      { version: 2, action: 'update', note: 'I had flu that week', forMeOnly: true },
      { version: 1, action: 'create', note: '', forMeOnly: false },
    ]);
  });

  it('gives every series without a code, and refuses an unknown query field', async () => {
    const all = await sam.request({ method: 'GET', url: `${base()}/observations` });
    const codes = new Set(all.json().points.map((p: { code: string }) => p.code));
    expect(codes).toEqual(new Set(['720433000', '445455005', '1035441000000106']));
    const bad = await sam.request({ method: 'GET', url: `${base()}/observations?colour=red` });
    expectError(bad, 400, 'WM_VALIDATION_FAILED', 'querystring.colour');
  });

  it('answers 401 signed out and 404 to anyone else, on every measures route, changing nothing', async () => {
    const mine = (await post(aPhq9Answer())).json();
    const other = await signUp(t.app);
    const before = await stored();
    const routes: [string, string, object?][] = [
      ['GET', `${base()}/measure-responses`],
      ['POST', `${base()}/measure-responses`, aPhq9Answer()],
      ['GET', `${base()}/measure-responses/${mine.id}`],
      ['PATCH', `${base()}/measure-responses/${mine.id}`, { note: 'not yours' }],
      ['GET', `${base()}/measure-responses/${mine.id}/history`],
      ['GET', `${base()}/observations?code=720433000`],
      ['POST', `${base()}/goal-ratings`, { ratings: [] }],
    ];
    for (const [method, url, payload] of routes) {
      const options = {
        method: method as 'GET',
        url,
        headers: ifMatch(1),
        ...(payload ? { payload } : {}),
      };
      expectError(await t.app.inject(options), 401, 'WM_AUTH_REQUIRED');
      expectError(await other.request(options), 404, 'WM_NOT_FOUND');
    }
    expect(await stored()).toEqual(before);
  });
});
