// Reviews done together, through the HTTP app on both databases (decision 0043): the person
// rates, a practitioner with suggest on reviews works on the meeting, a viewer only reads, no
// access is the 404; agreed actions reach the goals only when the person confirms, written by
// the practitioner and agreed by the person; declining writes nothing; every save is a revision.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LifeArea } from '../../../domain/record/record.schema.ts';
import { type ItemJson, ifMatch, list, paths } from '../../test/api.ts';
import {
  type Client,
  signUp,
  signUpAs,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';

type Json = Record<string, unknown> & { version: number };

describe.each(DIALECTS)('Reviews together on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  let priya: Client;
  let viewer: Client;
  let stranger: Client;
  let areas: ItemJson<LifeArea>[];
  const url = (client: Client | string, rest = '') =>
    `/api/people/${typeof client === 'string' ? client : client.personId}/reviews${rest}`;

  const practitionerOf = async (level: 'view' | 'suggest', knownAs: string) => {
    const practitioner = await signUpAs(t, 'practitioner');
    await t.services.sharing.createRelationship({
      personId: sam.personId,
      accountId: practitioner.personId,
      role: 'practitioner',
      knownAs,
      grants: [{ section: 'reviews', level, endsAt: null }],
    });
    return practitioner;
  };
  const start = async (client: Client) => {
    // Each review starts a minute after the one before, as they would.
    t.clock.advanceMinutes(1);
    const made = await client.request({ method: 'POST', url: url(sam), payload: {} });
    expect(made.statusCode, made.body).toBe(201);
    return made.json() as Json & { id: string };
  };
  const rate = async (id: string, version: number, scores: number[]) => {
    const saved = await sam.request({
      method: 'PUT',
      url: url(sam, `/${id}/ratings`),
      headers: ifMatch(version),
      payload: {
        ratedOn: '2026-11-20',
        lifeAreas: areas.slice(0, scores.length).map((area, i) => ({
          id: area.id,
          score: scores[i],
          wantHelp: i === 0,
        })),
        myCare: [{ id: 'medication', score: 4, wantHelp: true }],
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    return saved.json() as Json & { id: string };
  };
  const meeting = (areaIds: string[], actions: object[] = []) => ({
    meetingOn: '2026-11-25',
    nextReviewOn: '2027-02-25',
    areas: areaIds.map((lifeAreaId, i) => ({
      lifeAreaId,
      goingWell: 'Walking most days',
      hard: 'Mornings',
      bestCase: 'Sleeping through',
      smallestStep: 'Bed by eleven',
      byPerson: 'Keep a sleep diary',
      byPractitioner: 'Look at medication timing',
      byOthers: 'Alex could walk with me',
      actions: i === 0 ? actions : [],
    })),
  });
  const anAction = (who = 'practitioner') => ({
    what: 'Ask the GP about the morning dose',
    who,
    someoneName: '',
    by: '2026-12-10',
  });

  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
    areas = await list<LifeArea>(sam, paths(sam.personId).lifeAreas);
    priya = await practitionerOf('suggest', 'Priya');
    viewer = await practitionerOf('view', 'Dan');
    stranger = await signUpAs(t, 'practitioner');
  });
  afterAll(() => t.close());

  it('lets the person rate each life area and "my care" item, keeping the words with each rating', async () => {
    const review = await start(sam);
    const rated = await rate(review.id, review.version, [3, 5]);
    expect(rated.version).toBe(2);
    expect(rated.lifeAreas).toEqual([
      { id: areas[0]?.id, words: areas[0]?.data.name, score: 3, wantHelp: true },
      { id: areas[1]?.id, words: areas[1]?.data.name, score: 5, wantHelp: false },
    ]);
    expect(rated.myCare).toEqual([
      { id: 'medication', words: 'Medication', score: 4, wantHelp: true },
    ]);
    // Priya (suggest) may not rate for the person.
    const theirs = await priya.request({
      method: 'PUT',
      url: url(sam, `/${review.id}/ratings`),
      headers: ifMatch(2),
      payload: { ratedOn: '2026-11-20', lifeAreas: [], myCare: [] },
    });
    expect(theirs.statusCode).toBe(404);
    // An item that is not offered is refused, and nothing changes.
    const unknown = await sam.request({
      method: 'PUT',
      url: url(sam, `/${review.id}/ratings`),
      headers: ifMatch(2),
      payload: {
        ratedOn: '2026-11-20',
        lifeAreas: [],
        myCare: [{ id: 'x', score: 2, wantHelp: false }],
      },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0].field).toBe('myCare.0.id');
  });

  it('lets a practitioner with suggest work on the meeting, attributed to them, and shows the last ratings beside', async () => {
    const first = await start(sam);
    await rate(first.id, first.version, [2, 4]);
    const second = await start(priya);
    const rated = await rate(second.id, second.version, [4, 4]);
    expect(rated.last).toMatchObject({ reviewId: first.id });
    const saved = await priya.request({
      method: 'PUT',
      url: url(sam, `/${second.id}/meeting`),
      headers: ifMatch(rated.version),
      payload: meeting([areas[0]?.id as string], [anAction()]),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const review = saved.json();
    expect(review.nextReviewOn).toBe('2027-02-25');
    const action = review.areas[0].actions[0];
    expect(action).toMatchObject({
      addedBy: priya.personId,
      addedByRole: 'practitioner',
      addedByName: 'Priya',
      decision: 'waiting',
    });
    // What Priya saved came back to her with the review in it: logged as her view of reviews.
    const logged = await t.store.db
      .selectFrom('access_log')
      .select(['actor_id', 'section', 'what'])
      .where('person_id', '=', sam.personId)
      .where('actor_id', '=', priya.personId)
      .execute();
    expect(logged).toContainEqual({ actor_id: priya.personId, section: 'reviews', what: 'viewed' });
    const history = await sam.request({ method: 'GET', url: url(sam, `/${second.id}/history`) });
    expect(
      history
        .json()
        .revisions.map((r: { action: string; authorName: string }) => [r.action, r.authorName]),
    ).toEqual([
      ['meeting', 'Priya'],
      ['ratings', expect.any(String)],
      ['create', 'Priya'],
    ]);
  });

  it('refuses more than three areas, an action with no owner, someone unnamed and a date that is not real, saving nothing', async () => {
    const review = await start(sam);
    const rated = await rate(review.id, review.version, [1, 2, 3, 4]);
    const ids = areas.slice(0, 4).map((a) => a.id);
    const tries = [
      [meeting(ids), 'areas'],
      [meeting(ids.slice(0, 1), [{ ...anAction(), who: null }]), 'areas.0.actions.0.who'],
      [meeting(ids.slice(0, 1), [anAction('someone')]), 'areas.0.actions.0.someoneName'],
      [meeting(ids.slice(0, 1), [{ ...anAction(), by: '2026-02-30' }]), 'areas.0.actions.0.by'],
    ] as const;
    for (const [payload, field] of tries) {
      const refused = await priya.request({
        method: 'PUT',
        url: url(sam, `/${review.id}/meeting`),
        headers: ifMatch(rated.version),
        payload,
      });
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json().error.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
    const tooMany = await priya.request({
      method: 'PUT',
      url: url(sam, `/${review.id}/meeting`),
      headers: ifMatch(rated.version),
      payload: meeting(ids),
    });
    expect(tooMany.json().error.fields[0].message).toBe('Choose up to 3 areas to talk about');
    const after = await sam.request({ method: 'GET', url: url(sam, `/${review.id}`) });
    expect(after.json().version).toBe(rated.version);
  });

  it('lets a practitioner with view only read, logging each read, and gives no access the 404', async () => {
    const review = await start(sam);
    const before = await t.store.db
      .selectFrom('access_log')
      .select(['actor_id', 'section'])
      .where('person_id', '=', sam.personId)
      .where('actor_id', '=', viewer.personId)
      .execute();
    const read = await viewer.request({ method: 'GET', url: url(sam, `/${review.id}`) });
    expect(read.statusCode).toBe(200);
    const listed = await viewer.request({ method: 'GET', url: url(sam) });
    expect(listed.statusCode).toBe(200);
    const logged = await t.store.db
      .selectFrom('access_log')
      .select(['actor_id', 'section'])
      .where('person_id', '=', sam.personId)
      .where('actor_id', '=', viewer.personId)
      .execute();
    expect(logged.length - before.length).toBe(2);
    expect(logged.at(-1)?.section).toBe('reviews');
    const write = await viewer.request({
      method: 'PUT',
      url: url(sam, `/${review.id}/meeting`),
      headers: ifMatch(1),
      payload: meeting([]),
    });
    expect(write.statusCode).toBe(404);
    const start404 = await viewer.request({ method: 'POST', url: url(sam), payload: {} });
    expect(start404.statusCode).toBe(404);
    for (const path of ['', `/${review.id}`]) {
      const none = await stranger.request({ method: 'GET', url: url(sam, path) });
      const nobody = await stranger.request({ method: 'GET', url: url(crypto.randomUUID(), path) });
      expect(none.statusCode).toBe(404);
      expect(none.body).toBe(nobody.body);
    }
  });

  it('writes a goal step by the practitioner, agreed by the person, only when the person confirms; declining writes nothing', async () => {
    const review = await start(sam);
    const rated = await rate(review.id, review.version, [3]);
    const saved = await priya.request({
      method: 'PUT',
      url: url(sam, `/${review.id}/meeting`),
      headers: ifMatch(rated.version),
      payload: meeting(
        [areas[0]?.id as string],
        [anAction(), { ...anAction('person'), what: 'Try a walk before breakfast' }],
      ),
    });
    const [toConfirm, toDecline] = saved.json().areas[0].actions;
    const goalRows = () =>
      t.store.db
        .selectFrom('record_item')
        .select(['id', 'data', 'version'])
        .where('person_id', '=', sam.personId)
        .where('kind', '=', 'goal')
        .execute();
    const goalsBefore = await goalRows();
    // Nothing reaches the goals before the person confirms.
    expect(goalsBefore.some((g) => g.data.includes('morning dose'))).toBe(false);
    // Priya cannot confirm for the person.
    const notHers = await priya.request({
      method: 'POST',
      url: url(sam, `/${review.id}/actions/${toConfirm.id}/confirm`),
      headers: ifMatch(saved.json().version),
      payload: { goalId: null },
    });
    expect(notHers.statusCode).toBe(404);
    const declined = await sam.request({
      method: 'POST',
      url: url(sam, `/${review.id}/actions/${toDecline.id}/decline`),
      headers: ifMatch(saved.json().version),
      payload: {},
    });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(await goalRows()).toEqual(goalsBefore);
    // A stale version is 412 and changes nothing.
    const stale = await sam.request({
      method: 'POST',
      url: url(sam, `/${review.id}/actions/${toConfirm.id}/confirm`),
      headers: ifMatch(saved.json().version),
      payload: { goalId: null },
    });
    expect(stale.statusCode).toBe(412);
    expect(await goalRows()).toEqual(goalsBefore);
    const confirmed = await sam.request({
      method: 'POST',
      url: url(sam, `/${review.id}/actions/${toConfirm.id}/confirm`),
      headers: ifMatch(declined.json().version),
      payload: { goalId: null },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const action = confirmed.json().areas[0].actions[0];
    expect(action.decision).toBe('confirmed');
    const goal = await sam.request({
      method: 'GET',
      url: `${paths(sam.personId).goals}/${action.goalId}`,
    });
    expect(goal.json().data.steps.map((s: { text: string }) => s.text)).toEqual([
      'Ask the GP about the morning dose',
    ]);
    expect(goal.json().data.lifeAreaId).toBe(areas[0]?.id);
    const revision = await t.store.db
      .selectFrom('record_revision')
      .select(['authored_by', 'agreed_by'])
      .where('person_id', '=', sam.personId)
      .where('item_id', '=', action.goalId)
      .executeTakeFirstOrThrow();
    expect(revision).toEqual({ authored_by: priya.personId, agreed_by: sam.personId });
    // Deciding twice is refused.
    const again = await sam.request({
      method: 'POST',
      url: url(sam, `/${review.id}/actions/${toConfirm.id}/decline`),
      headers: ifMatch(confirmed.json().version),
      payload: {},
    });
    expect(again.statusCode).toBe(409);
  });

  it('keeps every save as a revision and refuses a stale or missing version', async () => {
    const review = await start(sam);
    const rated = await rate(review.id, review.version, [5]);
    const stale = await priya.request({
      method: 'PUT',
      url: url(sam, `/${review.id}/meeting`),
      headers: ifMatch(review.version),
      payload: meeting([]),
    });
    expect(stale.statusCode).toBe(412);
    const missing = await priya.request({
      method: 'PUT',
      url: url(sam, `/${review.id}/meeting`),
      payload: meeting([]),
    });
    expect(missing.statusCode).toBe(428);
    const history = await sam.request({ method: 'GET', url: url(sam, `/${review.id}/history`) });
    expect(history.json().revisions.map((r: { version: number }) => r.version)).toEqual([
      rated.version,
      review.version,
    ]);
  });
});
