// Two views side by side through the real routes, on both databases: someone with suggest
// access records their view beside the person's words on a plan or a life-area rating, never
// over them; the person replies; whoever reads the section sees both. Bad requests are a clear
// 4xx that changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNOTATION_MAX } from '../../../domain/collaboration/collaboration.schema.ts';
import { EMPTY_STAYING_WELL } from '../../../domain/record/plans.schema.ts';
import { expectError, ifMatch, recordSnapshot } from '../../test/api.ts';
import {
  aSupporterOf,
  type Client,
  signUp,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { personState } from '../../test/person-state.ts';

describe.each(DIALECTS)('Views side by side on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let base: string;
  let views: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = await signUp(t.app, { displayName: 'Alex' });
    base = `/api/people/${owner.personId}`;
    views = `${base}/staying-well-plan/views`;
    const saved = await owner.request({
      method: 'PUT',
      url: `${base}/staying-well-plan`,
      headers: ifMatch(0),
      payload: {
        ...EMPTY_STAYING_WELL,
        triggers: [{ trigger: 'Crowded buses', whatHelps: 'Walking instead' }],
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
  });
  afterAll(() => t.close());

  const withAccess = (level: 'view' | 'suggest', knownAs = 'Sam', section = 'staying_well') =>
    aSupporterOf(t, owner.personId, {
      knownAs,
      role: 'practitioner',
      grants: [{ section: section as 'staying_well', level, endsAt: null }],
    });

  it('records a supporter’s view beside the plan against the version they saw, logs it without the words, and never changes the plan', async () => {
    const sam = await withAccess('suggest', 'Sam');
    const record = await recordSnapshot(t.store, owner.personId);
    const posted = await sam.request({
      method: 'POST',
      url: views,
      payload: { part: 'triggers', version: 1, text: 'I think money worries are a trigger too' },
    });
    expect(posted.statusCode, posted.body).toBe(201);
    expect(posted.json()).toMatchObject({
      kind: 'view',
      part: 'triggers',
      itemVersion: 1,
      author: { isYou: true },
    });
    expect(await recordSnapshot(t.store, owner.personId)).toEqual(record);
    const entry = await t.store.db
      .selectFrom('access_log')
      .selectAll()
      .where('person_id', '=', owner.personId)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ what: 'annotated', section: 'staying_well' });
    expect(JSON.stringify(entry)).not.toContain('money');

    // The person sees the view, named as they know Sam, and replies to it.
    const seen = await owner.request({ method: 'GET', url: views });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().itemVersion).toBe(1);
    expect(seen.json().youMay).toEqual({ annotate: false, reply: true });
    expect((await sam.request({ method: 'GET', url: views })).json().youMay).toEqual({
      annotate: true,
      reply: false,
    });
    expect(seen.json().items).toEqual([
      expect.objectContaining({
        id: posted.json().id,
        author: expect.objectContaining({ name: 'Sam' }),
      }),
    ]);
    const reply = await owner.request({
      method: 'POST',
      url: `${views}/replies`,
      payload: { viewId: posted.json().id, text: 'Yes, money too' },
    });
    expect(reply.statusCode, reply.body).toBe(201);
    expect(reply.json()).toMatchObject({
      kind: 'reply',
      replyTo: posted.json().id,
      part: 'triggers',
    });

    // Someone else reading the plan sees both; a viewer cannot add a view of their own.
    const jo = await withAccess('view', 'Jo');
    const theirs = await jo.request({ method: 'GET', url: views });
    expect(theirs.json().items.map((a: { text: string }) => a.text)).toEqual([
      'I think money worries are a trigger too',
      'Yes, money too',
    ]);
    expect(theirs.json().items[1].author).toMatchObject({ isOwner: true, isYou: false });
  });

  it('records a view beside one life area of a rating set', async () => {
    const areas = await owner.request({ method: 'GET', url: `${base}/life-areas` });
    const lifeAreaId = areas.json().items[0].id;
    const rating = await owner.request({
      method: 'POST',
      url: `${base}/life-area-ratings`,
      payload: { date: '2026-11-24', ratings: [{ lifeAreaId, score: 3, wantHelp: false }] },
    });
    expect(rating.statusCode, rating.body).toBe(201);
    const priya = await withAccess('suggest', 'Priya', 'checkins');
    const url = `${base}/life-area-ratings/${rating.json().id}/views`;
    const posted = await priya.request({
      method: 'POST',
      url,
      payload: { part: lifeAreaId, version: 1, text: 'I would say a 5: you did a lot' },
    });
    expect(posted.statusCode, posted.body).toBe(201);
    const seen = await owner.request({ method: 'GET', url });
    expect(seen.json().items[0]).toMatchObject({
      part: lifeAreaId,
      text: 'I would say a 5: you did a lot',
    });
  });

  it('lets the author take their view back: kept but shown to nobody, with its replies, logged without the words, the record unchanged', async () => {
    const ade = await withAccess('suggest', 'Ade');
    const kim = await withAccess('suggest', 'Kim');
    const posted = await ade.request({
      method: 'POST',
      url: views,
      payload: { part: '', version: 1, text: 'Buses are fine on Sundays' },
    });
    expect(posted.statusCode, posted.body).toBe(201);
    const viewId = posted.json().id as string;
    const replied = await owner.request({
      method: 'POST',
      url: `${views}/replies`,
      payload: { viewId, text: 'Not for me' },
    });
    expect(replied.statusCode, replied.body).toBe(201);
    const record = await recordSnapshot(t.store, owner.personId);

    // Nobody but the author: the person and another suggester get the 404, and nothing changes.
    for (const client of [owner, kim]) {
      const refused = await client.request({ method: 'DELETE', url: `${views}/${viewId}` });
      expectError(refused, 404, 'WM_NOT_FOUND');
    }
    const texts = async () =>
      (await owner.request({ method: 'GET', url: views }))
        .json()
        .items.map((a: { text: string }) => a.text);
    expect(await texts()).toContain('Buses are fine on Sundays');

    const taken = await ade.request({ method: 'DELETE', url: `${views}/${viewId}` });
    expect(taken.statusCode, taken.body).toBe(204);
    expect(await texts()).not.toContain('Buses are fine on Sundays');
    expect(await texts()).not.toContain('Not for me');
    const stored = await t.store.db
      .selectFrom('record_annotation')
      .select(['deleted_at', 'text'])
      .where('person_id', '=', owner.personId)
      .where('id', '=', viewId)
      .executeTakeFirstOrThrow();
    expect(stored.deleted_at).not.toBeNull();
    const entry = await t.store.db
      .selectFrom('access_log')
      .selectAll()
      .where('person_id', '=', owner.personId)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ what: 'annotation_deleted', section: 'staying_well' });
    expect(JSON.stringify(entry)).toContain(viewId);
    expect(JSON.stringify(entry)).not.toContain('Buses');
    expect(await recordSnapshot(t.store, owner.personId)).toEqual(record);

    // Gone for good: taking it back again, or replying to it, is the 404.
    expectError(
      await ade.request({ method: 'DELETE', url: `${views}/${viewId}` }),
      404,
      'WM_NOT_FOUND',
    );
    expectError(
      await owner.request({
        method: 'POST',
        url: `${views}/replies`,
        payload: { viewId, text: 'Too late' },
      }),
      404,
      'WM_NOT_FOUND',
    );
  });

  it('lets the author take back a view beside a life-area rating, and refuses one named beside another item', async () => {
    const areas = await owner.request({ method: 'GET', url: `${base}/life-areas` });
    const lifeAreaId = areas.json().items[0].id;
    const rating = await owner.request({
      method: 'POST',
      url: `${base}/life-area-ratings`,
      payload: { date: '2026-11-25', ratings: [{ lifeAreaId, score: 4, wantHelp: false }] },
    });
    expect(rating.statusCode, rating.body).toBe(201);
    const priya = await aSupporterOf(t, owner.personId, {
      knownAs: 'Priya',
      role: 'practitioner',
      grants: [
        { section: 'checkins', level: 'suggest', endsAt: null },
        { section: 'staying_well', level: 'suggest', endsAt: null },
      ],
    });
    const url = `${base}/life-area-ratings/${rating.json().id}/views`;
    const posted = await priya.request({
      method: 'POST',
      url,
      payload: { part: lifeAreaId, version: 1, text: 'More like a 5' },
    });
    expect(posted.statusCode, posted.body).toBe(201);
    // The view is beside the rating, not the plan: named under the plan, it is not there.
    const elsewhere = await priya.request({
      method: 'DELETE',
      url: `${views}/${posted.json().id}`,
    });
    expectError(elsewhere, 404, 'WM_NOT_FOUND');
    const taken = await priya.request({ method: 'DELETE', url: `${url}/${posted.json().id}` });
    expect(taken.statusCode, taken.body).toBe(204);
    expect((await owner.request({ method: 'GET', url })).json().items).toEqual([]);
  });

  describe('bad input: a clear 4xx that changes nothing', () => {
    const unchanged = async <R extends { statusCode: number }>(send: () => Promise<R>) => {
      const before = await personState(t.store, owner.personId);
      const answer = await send();
      expect(await personState(t.store, owner.personId)).toEqual(before);
      return answer;
    };
    const absentLike = async (client: Client, url: string, payload: object) => {
      const answer = await unchanged(() => client.request({ method: 'POST', url, payload }));
      const absent = await client.request({
        method: 'POST',
        url: url.replace(owner.personId, crypto.randomUUID()),
        payload,
      });
      expect(answer.statusCode).toBe(404);
      expect(answer.body).toBe(absent.body);
    };

    it('refuses a view from someone with view access only, or from the person themselves', async () => {
      const jo = await withAccess('view', 'Jo');
      await absentLike(jo, views, { part: '', version: 1, text: 'My view' });
      const own = await unchanged(() =>
        owner.request({ method: 'POST', url: views, payload: { part: '', version: 1, text: 'x' } }),
      );
      expect(own.statusCode).toBe(404);
    });

    it('refuses empty text and text over the limit', async () => {
      const sam = await withAccess('suggest');
      for (const text of ['', '  ', 'x'.repeat(ANNOTATION_MAX + 1)]) {
        const answer = await unchanged(() =>
          sam.request({ method: 'POST', url: views, payload: { part: '', version: 1, text } }),
        );
        expectError(answer, 400, 'WM_VALIDATION_FAILED', 'text');
      }
    });

    it('refuses a part the plan does not have and a version not yet written', async () => {
      const sam = await withAccess('suggest');
      const part = await unchanged(() =>
        sam.request({
          method: 'POST',
          url: views,
          payload: { part: 'nope', version: 1, text: 'x' },
        }),
      );
      expectError(part, 400, 'WM_VALIDATION_FAILED', 'part');
      const version = await unchanged(() =>
        sam.request({ method: 'POST', url: views, payload: { part: '', version: 9, text: 'x' } }),
      );
      expectError(version, 400, 'WM_VALIDATION_FAILED', 'version');
    });

    it('refuses a view on another person’s item, and a reply to a view not in this record', async () => {
      const someoneElse = await signUp(t.app);
      const areas = await someoneElse.request({
        method: 'GET',
        url: `/api/people/${someoneElse.personId}/life-areas`,
      });
      const theirs = await someoneElse.request({
        method: 'POST',
        url: `/api/people/${someoneElse.personId}/life-area-ratings`,
        payload: {
          date: '2026-11-24',
          ratings: [{ lifeAreaId: areas.json().items[0].id, score: 4, wantHelp: false }],
        },
      });
      const priya = await withAccess('suggest', 'Priya', 'checkins');
      const crossed = await unchanged(() =>
        priya.request({
          method: 'POST',
          url: `${base}/life-area-ratings/${theirs.json().id}/views`,
          payload: { part: '', version: 1, text: 'x' },
        }),
      );
      expect(crossed.statusCode).toBe(404);
      const reply = await unchanged(() =>
        owner.request({
          method: 'POST',
          url: `${views}/replies`,
          payload: { viewId: crypto.randomUUID(), text: 'Thanks' },
        }),
      );
      expect(reply.statusCode).toBe(404);
    });

    it('refuses a view beside a plan never written', async () => {
      const sam = await withAccess('suggest', 'Sam', 'crisis_plan');
      const answer = await unchanged(() =>
        sam.request({
          method: 'POST',
          url: `${base}/crisis-plan/views`,
          payload: { part: '', version: 1, text: 'x' },
        }),
      );
      expect(answer.statusCode).toBe(404);
    });
  });
});
