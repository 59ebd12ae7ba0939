import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Goal, GoalNote } from '../../../domain/record/record.schema.ts';
import {
  create,
  expectError,
  type ItemJson,
  ifMatch,
  list,
  paths,
  recordSnapshot,
} from '../../test/api.ts';
import { type Client, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aGoal, aLifeArea, aNote } from '../../test/fixtures.ts';

describe.each(DIALECTS)('Goals on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  let url: ReturnType<typeof paths>;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
    url = paths(sam.personId);
  });
  afterAll(() => t.close());

  const put = (id: string, headers: Record<string, string>, payload: Goal) =>
    sam.request({ method: 'PUT', url: url.goal(id), headers, payload });
  const titles = async (query = '') => {
    const response = await sam.request({ method: 'GET', url: `${url.goals}${query}` });
    return response.json().items.map((goal: ItemJson<Goal>) => goal.data.title);
  };

  it('creates a goal at version 1 and reads it back, in the list and on its own', async () => {
    const response = await sam.request({
      method: 'POST',
      url: url.goals,
      payload: aGoal({ title: '  Swim weekly  ' }),
    });
    expect(response.statusCode).toBe(201);
    expect(response.headers.etag).toBe('W/"1"');
    const goal = response.json();
    expect(response.headers.location).toBe(url.goal(goal.id));
    expect(goal).toMatchObject({
      version: 1,
      deletedAt: null,
      data: { ...aGoal(), title: 'Swim weekly' },
    });
    expect(await titles()).toContain('Swim weekly');
    const again = await sam.request({ method: 'GET', url: url.goal(goal.id) });
    expect(again.headers.etag).toBe('W/"1"');
    expect(again.json()).toEqual(goal);
  });

  it('points Location at the new goal even when the request had a query string', async () => {
    const response = await sam.request({
      method: 'POST',
      url: `${url.goals}?from=home`,
      payload: aGoal(),
    });
    expect(response.headers.location).toBe(url.goal(response.json().id));
  });

  it('updates with the right If-Match, and refuses a stale one with 412, the current goal and its ETag', async () => {
    const goal = await create(sam, url.goals, aGoal());
    const updated = await put(goal.id, ifMatch(1), aGoal({ title: 'Swim twice a week' }));
    expect(updated.statusCode).toBe(200);
    expect(updated.headers.etag).toBe('W/"2"');
    expect(updated.json()).toMatchObject({ version: 2, data: { title: 'Swim twice a week' } });

    const before = await recordSnapshot(t.store, sam.personId);
    const stale = await put(goal.id, ifMatch(1), aGoal({ title: 'An older idea' }));
    const body = expectError(stale, 412, 'WM_VERSION_CONFLICT');
    expect(stale.headers.etag).toBe('W/"2"');
    expect(body).toMatchObject({
      current: { id: goal.id, version: 2, data: { title: 'Swim twice a week' } },
    });
    expect(await recordSnapshot(t.store, sam.personId)).toEqual(before);
  });

  it.each([
    ['missing', {}, 428, 'WM_VERSION_REQUIRED'],
    ['without quotes', { 'if-match': '1' }, 400, 'WM_VERSION_INVALID'],
    ['a wildcard', { 'if-match': '*' }, 400, 'WM_VERSION_INVALID'],
    ['not a number', { 'if-match': 'W/"one"' }, 400, 'WM_VERSION_INVALID'],
  ])('refuses an If-Match that is %s, and changes nothing', async (_, headers, status, code) => {
    const goal = await create(sam, url.goals, aGoal());
    const before = await recordSnapshot(t.store, sam.personId);
    expectError(await put(goal.id, headers, aGoal({ title: 'Changed' })), status, code);
    const remove = await sam.request({ method: 'DELETE', url: url.goal(goal.id), headers });
    expectError(remove, status, code);
    expect(await recordSnapshot(t.store, sam.personId)).toEqual(before);
  });

  it('deletes softly, lists deleted goals on request, and brings them back (undo)', async () => {
    const goal = await create(sam, url.goals, aGoal({ title: 'Learn to drive' }));
    const deleted = await sam.request({
      method: 'DELETE',
      url: url.goal(goal.id),
      headers: ifMatch(1),
    });
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json()).toMatchObject({ version: 2, deletedAt: expect.any(String) });
    expect(await titles()).not.toContain('Learn to drive');
    expect(await titles('?deleted=true')).toEqual(['Learn to drive']);
    // Changing a deleted goal is a conflict: 412 with the goal as it is, showing it deleted.
    const change = await put(goal.id, ifMatch(2), aGoal());
    expect(change.statusCode).toBe(412);
    expect(change.json().current).toMatchObject({ version: 2, deletedAt: expect.any(String) });

    const back = await sam.request({
      method: 'POST',
      url: `${url.goal(goal.id)}/undelete`,
      headers: ifMatch(2),
    });
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({
      version: 3,
      deletedAt: null,
      data: { title: 'Learn to drive' },
    });
    expect(await titles()).toContain('Learn to drive');
    expect(await titles('?deleted=true')).toEqual([]);
  });

  it('keeps every version with who wrote and agreed it, and restores an earlier one as a new version', async () => {
    const goal = await create(sam, url.goals, aGoal({ title: 'First words' }));
    await put(goal.id, ifMatch(1), aGoal({ title: 'Second words' }));
    await sam.request({ method: 'DELETE', url: url.goal(goal.id), headers: ifMatch(2) });

    const restored = await sam.request({
      method: 'POST',
      url: `${url.goal(goal.id)}/history/restore`,
      headers: ifMatch(3),
      payload: { version: 1 },
    });
    expect(restored.statusCode).toBe(200);
    expect(restored.headers.etag).toBe('W/"4"');
    expect(restored.json()).toMatchObject({
      version: 4,
      deletedAt: null,
      data: { title: 'First words' },
    });

    const history = await sam.request({ method: 'GET', url: `${url.goal(goal.id)}/history` });
    const revisions = history.json().revisions;
    expect(
      revisions.map((r: { version: number; action: string }) => [r.version, r.action]),
    ).toEqual([
      [4, 'restore'],
      [3, 'delete'],
      [2, 'update'],
      [1, 'create'],
    ]);
    for (const revision of revisions) {
      expect(revision).toMatchObject({
        authoredBy: sam.personId,
        authoredRole: 'person',
        agreedBy: sam.personId,
      });
    }
    expect(revisions[2].data.title).toBe('Second words');

    const missing = await sam.request({
      method: 'POST',
      url: `${url.goal(goal.id)}/history/restore`,
      headers: ifMatch(4),
      payload: { version: 9 },
    });
    expectError(missing, 404, 'WM_NOT_FOUND');
  });

  it('refuses a "by when" date that does not exist, saying why, and keeps the goal as it was', async () => {
    const refused = await sam.request({
      method: 'POST',
      url: url.goals,
      payload: aGoal({ title: 'Swim in the sea', targetDate: '2026-02-30' }),
    });
    const body = expectError(refused, 400, 'WM_VALIDATION_FAILED', 'targetDate');
    expect(body.error.fields).toEqual([
      {
        field: 'targetDate',
        code: 'date.notReal',
        params: { day: 30, month: 'February', year: '2026', days: 28 },
        message: 'There is no 30 February 2026: February 2026 has 28 days',
      },
    ]);
    expect(await titles()).not.toContain('Swim in the sea');

    const goal = await create(sam, url.goals, aGoal({ targetDate: '2026-03-28' }));
    const changed = await put(goal.id, ifMatch(1), aGoal({ targetDate: '2026-04-31' }));
    expect(expectError(changed, 400, 'WM_VALIDATION_FAILED', 'targetDate').error.fields).toEqual([
      {
        field: 'targetDate',
        code: 'date.notReal',
        params: { day: 31, month: 'April', year: '2026', days: 30 },
        message: 'There is no 31 April 2026: April 2026 has 30 days',
      },
    ]);
    const kept = await sam.request({ method: 'GET', url: url.goal(goal.id) });
    expect(kept.json()).toMatchObject({ version: 1, data: { targetDate: '2026-03-28' } });
  });

  it("links a goal to the person's own life area, and refuses another person's", async () => {
    const area = await create(sam, url.lifeAreas, aLifeArea());
    const linked = await create(sam, url.goals, aGoal({ lifeAreaId: area.id }));
    expect(linked.data.lifeAreaId).toBe(area.id);

    const other = await signUp(t.app);
    const foreignId = (await list(other, paths(other.personId).lifeAreas))[0]?.id ?? '';
    const before = await recordSnapshot(t.store, sam.personId);
    const refused = await sam.request({
      method: 'POST',
      url: url.goals,
      payload: aGoal({ lifeAreaId: foreignId }),
    });
    expectError(refused, 400, 'WM_VALIDATION_FAILED', 'lifeAreaId');
    expectError(
      await put(linked.id, ifMatch(1), aGoal({ lifeAreaId: foreignId })),
      400,
      'WM_VALIDATION_FAILED',
      'lifeAreaId',
    );
    expect(await recordSnapshot(t.store, sam.personId)).toEqual(before);
  });
});

describe.each(DIALECTS)('Progress notes on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  let url: ReturnType<typeof paths>;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
    url = paths(sam.personId);
  });
  afterAll(() => t.close());

  it('adds, lists, edits and deletes notes under a goal', async () => {
    const goal = await create(sam, url.goals, aGoal());
    const note = await create<GoalNote>(sam, url.notes(goal.id), aNote());
    expect(note.parentId).toBe(goal.id);
    const list = await sam.request({ method: 'GET', url: url.notes(goal.id) });
    expect(list.json().items.map((n: ItemJson<GoalNote>) => n.id)).toEqual([note.id]);
    const edited = await sam.request({
      method: 'PUT',
      url: url.note(goal.id, note.id),
      headers: ifMatch(1),
      payload: aNote({ text: 'Swam two lengths.' }),
    });
    expect(edited.json()).toMatchObject({ version: 2, data: { text: 'Swam two lengths.' } });
    const removed = await sam.request({
      method: 'DELETE',
      url: url.note(goal.id, note.id),
      headers: ifMatch(2),
    });
    expect(removed.statusCode).toBe(200);
    expect((await sam.request({ method: 'GET', url: url.notes(goal.id) })).json().items).toEqual(
      [],
    );
  });

  it('answers 404 for notes under a deleted goal, and changes nothing', async () => {
    const goal = await create(sam, url.goals, aGoal());
    const note = await create(sam, url.notes(goal.id), aNote());
    await sam.request({ method: 'DELETE', url: url.goal(goal.id), headers: ifMatch(1) });
    const before = await recordSnapshot(t.store, sam.personId);
    expectError(await sam.request({ method: 'GET', url: url.notes(goal.id) }), 404, 'WM_NOT_FOUND');
    expectError(
      await sam.request({ method: 'GET', url: url.note(goal.id, note.id) }),
      404,
      'WM_NOT_FOUND',
    );
    expectError(
      await sam.request({ method: 'POST', url: url.notes(goal.id), payload: aNote() }),
      404,
      'WM_NOT_FOUND',
    );
    expect(await recordSnapshot(t.store, sam.personId)).toEqual(before);
  });

  it("answers 404 for someone else's goal, and for a note asked for under the wrong goal", async () => {
    const other = await signUp(t.app);
    const theirGoal = await create(other, paths(other.personId).goals, aGoal());
    const before = await recordSnapshot(t.store, other.personId);
    expectError(
      await sam.request({ method: 'GET', url: url.notes(theirGoal.id) }),
      404,
      'WM_NOT_FOUND',
    );
    expectError(
      await sam.request({ method: 'POST', url: url.notes(theirGoal.id), payload: aNote() }),
      404,
      'WM_NOT_FOUND',
    );
    expect(await recordSnapshot(t.store, other.personId)).toEqual(before);

    const first = await create(sam, url.goals, aGoal());
    const second = await create(sam, url.goals, aGoal());
    const note = await create(sam, url.notes(first.id), aNote());
    expectError(
      await sam.request({ method: 'GET', url: url.note(second.id, note.id) }),
      404,
      'WM_NOT_FOUND',
    );
    expectError(await sam.request({ method: 'GET', url: url.goal(note.id) }), 404, 'WM_NOT_FOUND');
  });
});
