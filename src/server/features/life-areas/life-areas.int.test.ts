import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LifeArea } from '../../../domain/record/record.schema.ts';
import { create, expectError, ifMatch, list, paths, recordSnapshot } from '../../test/api.ts';
import { type Client, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aGoal, aLifeArea } from '../../test/fixtures.ts';

describe.each(DIALECTS)('Life areas on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  let url: ReturnType<typeof paths>;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
    url = paths(sam.personId);
  });
  afterAll(() => t.close());

  const names = async (query = '') =>
    (await list<LifeArea>(sam, `${url.lifeAreas}${query}`)).map((area) => area.data.name);

  it('adds a life area at the end of the list', async () => {
    const area = await create(sam, url.lifeAreas, aLifeArea({ name: 'Faith' }));
    expect(area).toMatchObject({ version: 1, data: { name: 'Faith' } });
    expect((await names()).at(-1)).toBe('Faith');
  });

  it('renames a life area, keeping the old name in its history', async () => {
    const [home] = await list<LifeArea>(sam, url.lifeAreas);
    if (!home) throw new Error('a new person should have life areas');
    const renamed = await sam.request({
      method: 'PUT',
      url: url.lifeArea(home.id),
      headers: ifMatch(home.version),
      payload: aLifeArea({ name: 'My flat' }),
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().data.name).toBe('My flat');
    expect((await names())[0]).toBe('My flat');
    const history = await sam.request({ method: 'GET', url: `${url.lifeArea(home.id)}/history` });
    expect(history.json().revisions.map((r: { data: LifeArea }) => r.data.name)).toEqual([
      'My flat',
      home.data.name,
    ]);
  });

  it('removes a life area, can bring it back, and no longer lets new goals use it while removed', async () => {
    const area = await create(sam, url.lifeAreas, aLifeArea({ name: 'Allotment' }));
    const removed = await sam.request({
      method: 'DELETE',
      url: url.lifeArea(area.id),
      headers: ifMatch(1),
    });
    expect(removed.statusCode).toBe(200);
    expect(await names()).not.toContain('Allotment');
    expect(await names('?deleted=true')).toEqual(['Allotment']);
    const goal = await sam.request({
      method: 'POST',
      url: url.goals,
      payload: aGoal({ lifeAreaId: area.id }),
    });
    expectError(goal, 400, 'WM_VALIDATION_FAILED', 'lifeAreaId');

    const back = await sam.request({
      method: 'POST',
      url: `${url.lifeArea(area.id)}/undelete`,
      headers: ifMatch(2),
    });
    expect(back.statusCode).toBe(200);
    expect(await names()).toContain('Allotment');
  });

  it.each([
    ['empty', '', 'Enter a name for the life area'],
    ['only spaces', '   ', 'Enter a name for the life area'],
    ['101 characters', 'x'.repeat(101), 'This must be 100 characters or fewer'],
  ])('refuses a name that is %s, and changes nothing', async (_, name, message) => {
    const before = await recordSnapshot(t.store, sam.personId);
    const response = await sam.request({ method: 'POST', url: url.lifeAreas, payload: { name } });
    const body = expectError(response, 400, 'WM_VALIDATION_FAILED', 'name');
    expect(body.error).toMatchObject({ fields: [{ field: 'name', message }] });
    expect(await recordSnapshot(t.store, sam.personId)).toEqual(before);
  });

  it('does not treat a goal id as a life area', async () => {
    const goal = await create(sam, url.goals, aGoal());
    expectError(
      await sam.request({ method: 'GET', url: url.lifeArea(goal.id) }),
      404,
      'WM_NOT_FOUND',
    );
  });
});
