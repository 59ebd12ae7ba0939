// Encouragement on goals and steps through the real routes, on both databases: who may leave
// one, what the person sees and hides, what the log says (never the words), and that a comment
// never changes the record. Every bad request is a clear 4xx that changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_MAX } from '../../../domain/collaboration/collaboration.schema.ts';
import { expectError, recordSnapshot } from '../../test/api.ts';
import {
  aSupporterOf,
  type Client,
  signUp,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aGoal } from '../../test/fixtures.ts';
import { personState } from '../../test/person-state.ts';

describe.each(DIALECTS)('Comments on goals on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let goalId: string;
  let url: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = await signUp(t.app, { displayName: 'Alex' });
    const goal = await owner.request({
      method: 'POST',
      url: `/api/people/${owner.personId}/goals`,
      payload: aGoal(),
    });
    goalId = goal.json().id;
    url = `/api/people/${owner.personId}/goals/${goalId}/comments`;
  });
  afterAll(() => t.close());

  const viewer = (level: 'view' | 'suggest' = 'view', knownAs = 'Jo') =>
    aSupporterOf(t, owner.personId, {
      knownAs,
      grants: [{ section: 'goals', level, endsAt: null }],
    });
  const lastLog = () =>
    t.store.db
      .selectFrom('access_log')
      .selectAll()
      .where('person_id', '=', owner.personId)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();

  it('lets a supporter with view on goals encourage, names them to the person, logs it without the words and changes no record', async () => {
    const jo = await viewer('view', 'Jo');
    const record = await recordSnapshot(t.store, owner.personId);
    const left = await jo.request({
      method: 'POST',
      url,
      payload: { text: 'Well done on Saturday', stepId: 'step-1' },
    });
    expect(left.statusCode, left.body).toBe(201);
    expect(left.json()).toMatchObject({
      goalId,
      stepId: 'step-1',
      text: 'Well done on Saturday',
      author: { isYou: true, isOwner: false },
      hidden: false,
    });
    const entry = await lastLog();
    expect(entry).toMatchObject({ what: 'commented', section: 'goals', actor_id: jo.personId });
    expect(JSON.stringify(entry)).not.toContain('Saturday');
    // No revision, no new version: the record is as it was.
    expect(await recordSnapshot(t.store, owner.personId)).toEqual(record);

    const seen = await owner.request({ method: 'GET', url });
    expect(seen.statusCode).toBe(200);
    // Each is told what they may do, from the same decision the server enforces.
    expect(seen.json().youMay).toEqual({ comment: true, hide: true });
    expect((await jo.request({ method: 'GET', url })).json().youMay).toEqual({
      comment: true,
      hide: false,
    });
    const mine = seen.json().items.find((c: { id: string }) => c.id === left.json().id);
    expect(mine).toMatchObject({
      text: 'Well done on Saturday',
      author: { name: 'Jo', isYou: false },
    });
    expect(Date.parse(mine.createdAt)).not.toBeNaN();
  });

  it('offers nothing to do in the person’s preview of what a supporter sees', async () => {
    const jo = await viewer('view', 'Jo');
    const previewed = await owner.request({
      method: 'GET',
      url,
      headers: { 'x-waymark-preview-as': jo.relationshipId },
    });
    expect(previewed.statusCode, previewed.body).toBe(200);
    expect(previewed.json().youMay).toEqual({ comment: false, hide: false });
  });

  it('lets someone with suggest on goals comment too, and the person comment on their own goal', async () => {
    const priya = await viewer('suggest', 'Priya');
    const byPriya = await priya.request({ method: 'POST', url, payload: { text: 'Proud of you' } });
    expect(byPriya.statusCode, byPriya.body).toBe(201);
    const own = await owner.request({ method: 'POST', url, payload: { text: 'Thank you both' } });
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json().author).toMatchObject({ isYou: true, isOwner: true });
  });

  it('lets the person hide a comment for themselves and show it again; others still see it and are not told', async () => {
    const jo = await viewer();
    const left = await jo.request({ method: 'POST', url, payload: { text: 'Keep going' } });
    const id = left.json().id;
    const hide = await owner.request({
      method: 'PUT',
      url: `${url}/${id}/hidden`,
      payload: { hidden: true },
    });
    expect(hide.statusCode, hide.body).toBe(200);
    expect(hide.json().hidden).toBe(true);
    const find = (items: { id: string }[]) => items.find((c) => c.id === id);
    expect(find((await owner.request({ method: 'GET', url })).json().items)).toMatchObject({
      hidden: true,
    });
    expect(find((await jo.request({ method: 'GET', url })).json().items)).toMatchObject({
      hidden: false,
      text: 'Keep going',
    });
    // Only the person hides: the author's attempt is the 404 of a record not there.
    const refused = await jo.request({
      method: 'PUT',
      url: `${url}/${id}/hidden`,
      payload: { hidden: true },
    });
    expect(refused.statusCode).toBe(404);
    const shown = await owner.request({
      method: 'PUT',
      url: `${url}/${id}/hidden`,
      payload: { hidden: false },
    });
    expect(shown.json().hidden).toBe(false);
  });

  it('lets the author delete their own comment and nobody else', async () => {
    const jo = await viewer();
    const sam = await viewer('view', 'Sam');
    const left = await jo.request({ method: 'POST', url, payload: { text: 'Nice one' } });
    const id = left.json().id;
    const bySam = await sam.request({ method: 'DELETE', url: `${url}/${id}` });
    expect(bySam.statusCode).toBe(404);
    const byOwner = await owner.request({ method: 'DELETE', url: `${url}/${id}` });
    expect(byOwner.statusCode).toBe(404);
    const byJo = await jo.request({ method: 'DELETE', url: `${url}/${id}` });
    expect(byJo.statusCode).toBe(204);
    expect(await lastLog()).toMatchObject({ what: 'comment_deleted', actor_id: jo.personId });
    const items = (await owner.request({ method: 'GET', url })).json().items;
    expect(items.map((c: { id: string }) => c.id)).not.toContain(id);
  });

  describe('bad input: a clear 4xx that changes nothing', () => {
    const unchanged = async <R extends { statusCode: number }>(send: () => Promise<R>) => {
      const before = await personState(t.store, owner.personId);
      const answer = await send();
      expect(await personState(t.store, owner.personId)).toEqual(before);
      return answer;
    };

    it('refuses a comment over the size limit, naming the field', async () => {
      const jo = await viewer();
      const answer = await unchanged(() =>
        jo.request({ method: 'POST', url, payload: { text: 'x'.repeat(COMMENT_MAX + 1) } }),
      );
      expectError(answer, 400, 'WM_VALIDATION_FAILED', 'text');
      const atLimit = await jo.request({
        method: 'POST',
        url,
        payload: { text: 'x'.repeat(COMMENT_MAX) },
      });
      expect(atLimit.statusCode).toBe(201);
    });

    it('refuses empty text and text of spaces only', async () => {
      const jo = await viewer();
      for (const text of ['', '   ']) {
        const answer = await unchanged(() =>
          jo.request({ method: 'POST', url, payload: { text } }),
        );
        expectError(answer, 400, 'WM_VALIDATION_FAILED', 'text');
      }
    });

    it('refuses a comment from someone without view access on goals, as for a record not there', async () => {
      const other = await aSupporterOf(t, owner.personId, {
        grants: [{ section: 'crisis_plan', level: 'suggest', endsAt: null }],
      });
      const answer = await unchanged(() =>
        other.request({ method: 'POST', url, payload: { text: 'Hello' } }),
      );
      const absent = await other.request({
        method: 'POST',
        url: url.replace(owner.personId, crypto.randomUUID()),
        payload: { text: 'Hello' },
      });
      expect(answer.statusCode).toBe(404);
      expect(answer.body).toBe(absent.body);
    });

    it('refuses a comment on a step the goal does not have, or a goal of another person', async () => {
      const jo = await viewer();
      const step = await unchanged(() =>
        jo.request({ method: 'POST', url, payload: { text: 'Hi', stepId: 'no-such-step' } }),
      );
      expectError(step, 400, 'WM_VALIDATION_FAILED', 'stepId');
      const someoneElse = await signUp(t.app);
      const theirGoal = await someoneElse.request({
        method: 'POST',
        url: `/api/people/${someoneElse.personId}/goals`,
        payload: aGoal(),
      });
      const crossed = await unchanged(() =>
        jo.request({
          method: 'POST',
          url: `/api/people/${owner.personId}/goals/${theirGoal.json().id}/comments`,
          payload: { text: 'Hi' },
        }),
      );
      expect(crossed.statusCode).toBe(404);
    });
  });
});
