import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t as translate } from '../../../domain/i18n/translate.ts';
import { framingById, MAX_FRAMING_AREAS } from '../../../domain/record/life-area-framings.ts';
import { DEFAULT_LIFE_AREAS } from '../../../domain/record/life-areas.ts';
import type { LifeArea } from '../../../domain/record/record.schema.ts';
import { create, expectError, ifMatch, list, paths, recordSnapshot } from '../../test/api.ts';
import {
  aSupporterOf,
  type Client,
  signUp,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aGoal } from '../../test/fixtures.ts';

const STARTING_NAMES = DEFAULT_LIFE_AREAS.map((key) => translate(key));

describe.each(DIALECTS)('Life areas from a framing on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(() => t.close());

  const framings = (person: Client) => `${paths(person.personId).lifeAreas}/framings`;
  const apply = (person: Client, payload: object) =>
    person.request({ method: 'POST', url: framings(person), payload });
  const names = async (person: Client, query = '') =>
    (await list<LifeArea>(person, `${paths(person.personId).lifeAreas}${query}`)).map(
      (area) => area.data.name,
    );

  it('adds the chosen areas after the ones the person has, leaving out names already there and changing nothing else', async () => {
    const sam = await signUp(t.app);
    const before = await list<LifeArea>(sam, paths(sam.personId).lifeAreas);

    const response = await apply(sam, {
      framing: 'community',
      areas: ['family', 'community', 'faith', 'culture'],
    });

    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.added.map((area: { data: LifeArea }) => area.data.name)).toEqual([
      'My community',
      'Faith, spirit or beliefs',
      'Culture, heritage and language',
    ]);
    expect(body.added.every((area: { version: number }) => area.version === 1)).toBe(true);
    // "Family" is one of the areas every record starts with: not added twice.
    expect(body.alreadyThere).toEqual([{ key: 'family', name: 'Family' }]);
    expect(body.removed).toEqual([]);
    expect(await names(sam)).toEqual([
      ...STARTING_NAMES,
      'My community',
      'Faith, spirit or beliefs',
      'Culture, heritage and language',
    ]);
    const after = await list<LifeArea>(sam, paths(sam.personId).lifeAreas);
    expect(after.slice(0, before.length)).toEqual(before);
    // Each added area is a record item like any other, with its first version in its history.
    const history = await sam.request({
      method: 'GET',
      url: `${paths(sam.personId).lifeArea(body.added[0].id)}/history`,
    });
    expect(history.json().revisions.map((r: { action: string }) => r.action)).toEqual(['create']);
  });

  it('adds nothing the second time, and knows a name whatever its case or spacing', async () => {
    const sam = await signUp(t.app);
    const [first] = await list<LifeArea>(sam, paths(sam.personId).lifeAreas);
    if (!first) throw new Error('a new person should have life areas');
    const renamed = await sam.request({
      method: 'PUT',
      url: paths(sam.personId).lifeArea(first.id),
      headers: ifMatch(first.version),
      payload: { name: '  who I AM ' },
    });
    expect(renamed.statusCode).toBe(200);
    const areas = ['connected', 'hope', 'identity'];

    const once = await apply(sam, { framing: 'connection', areas });
    expect(once.json().added.map((a: { data: LifeArea }) => a.data.name)).toEqual([
      'Feeling close to people',
      'Hope and looking forward',
    ]);
    expect(once.json().alreadyThere).toEqual([{ key: 'identity', name: 'Who I am' }]);
    const snapshot = await recordSnapshot(t.store, sam.personId);

    const again = await apply(sam, { framing: 'connection', areas });
    expect(again.statusCode).toBe(200);
    expect(again.json().added).toEqual([]);
    expect(again.json().alreadyThere.map((a: { key: string }) => a.key)).toEqual(areas);
    expect(await recordSnapshot(t.store, sam.personId)).toEqual(snapshot);
  });

  it('two at once add each area once', async () => {
    const sam = await signUp(t.app);
    const payload = { framing: 'recovery', areas: ['self', 'coping', 'meaning'] };
    const answers = await Promise.all([apply(sam, payload), apply(sam, payload)]);
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200]);
    expect(answers.map((a) => a.json().added.length).sort()).toEqual([0, 3]);
    const all = await names(sam);
    expect(all.filter((name) => name === 'Living with what is hard')).toHaveLength(1);
  });

  it('uses a framing instead of the untouched starting areas, which keep their history and can be added back', async () => {
    const sam = await signUp(t.app);
    const starting = await list<LifeArea>(sam, paths(sam.personId).lifeAreas);

    const response = await apply(sam, {
      framing: 'recovery',
      areas: ['self', 'roles', 'support'],
      instead: true,
    });

    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().removed.map((a: { id: string }) => a.id)).toEqual(
      starting.map((a) => a.id),
    );
    expect(await names(sam)).toEqual([
      'Who I am and how I see myself',
      'Things I do that matter to me',
      'Help and support when I need it',
    ]);
    expect(await names(sam, '?deleted=true')).toEqual(STARTING_NAMES);
    const history = await sam.request({
      method: 'GET',
      url: `${paths(sam.personId).lifeArea(starting[0]?.id ?? '')}/history`,
    });
    expect(history.json().revisions.map((r: { action: string }) => r.action)).toEqual([
      'delete',
      'create',
    ]);

    const everyday = framingById('everyday').areas.map((area) => area.key);
    const back = await apply(sam, { framing: 'everyday', areas: everyday });
    expect(back.json().added.map((a: { data: LifeArea }) => a.data.name)).toEqual(STARTING_NAMES);
  });

  it.each([
    [
      'a goal was made',
      async (sam: Client) => {
        await create(sam, paths(sam.personId).goals, aGoal());
      },
    ],
    [
      'a starting area was renamed',
      async (sam: Client) => {
        const [first] = await list<LifeArea>(sam, paths(sam.personId).lifeAreas);
        const renamed = await sam.request({
          method: 'PUT',
          url: paths(sam.personId).lifeArea(first?.id ?? ''),
          headers: ifMatch(1),
          payload: { name: 'My flat' },
        });
        expect(renamed.statusCode).toBe(200);
      },
    ],
    [
      'the person added an area of their own',
      async (sam: Client) => {
        await create(sam, paths(sam.personId).lifeAreas, { name: 'Allotment' });
      },
    ],
  ])(
    'keeps the areas the person has once %s, refusing "instead" and changing nothing',
    async (_, change) => {
      const sam = await signUp(t.app);
      await change(sam);
      const before = await recordSnapshot(t.store, sam.personId);

      const response = await apply(sam, { framing: 'connection', areas: ['hope'], instead: true });

      const body = expectError(response, 409, 'WM_LIFE_AREAS_IN_USE');
      expect(body.error.message).toBe(
        'Your life areas have already been changed or used, so they stay. You can still add areas to them.',
      );
      expect(await recordSnapshot(t.store, sam.personId)).toEqual(before);
    },
  );

  it.each([
    [
      'an unknown framing',
      { framing: 'wellness-star', areas: ['hope'] },
      'framing',
      'Choose one of the ways of looking at your life',
    ],
    [
      'an area that is not in the framing',
      { framing: 'connection', areas: ['hope', 'money'] },
      'areas.1',
      'This is not one of the areas in that way of looking at your life',
    ],
    [
      'the same area twice',
      { framing: 'connection', areas: ['hope', 'hope'] },
      'areas.1',
      'Each area can only be chosen once',
    ],
    ['no areas', { framing: 'connection', areas: [] }, 'areas', 'Choose at least one area to add'],
    [
      'too many areas',
      { framing: 'community', areas: Array.from({ length: MAX_FRAMING_AREAS + 1 }, () => 'faith') },
      'areas',
      `You can have up to ${MAX_FRAMING_AREAS} of these`,
    ],
    [
      'a field it does not know',
      { framing: 'connection', areas: ['hope'], replace: true },
      '',
      undefined,
    ],
    [
      '"instead" that is not true or false',
      { framing: 'connection', areas: ['hope'], instead: 'yes' },
      'instead',
      undefined,
    ],
  ])('refuses %s with a clear error, and changes nothing', async (_, payload, field, message) => {
    const sam = await signUp(t.app);
    const before = await recordSnapshot(t.store, sam.personId);

    const response = await apply(sam, payload);

    const body = expectError(response, 400, 'WM_VALIDATION_FAILED');
    const problem = body.error.fields?.[0];
    if (field) expect(problem?.field).toBe(field);
    if (message) expect(problem?.message).toBe(message);
    expect(await recordSnapshot(t.store, sam.personId)).toEqual(before);
  });

  it('is the owner’s alone: someone who may see the goals cannot add areas, and signed out is 401', async () => {
    const sam = await signUp(t.app);
    const jo = await aSupporterOf(t, sam.personId, {
      grants: [{ section: 'goals', level: 'suggest', endsAt: null }],
    });
    const before = await recordSnapshot(t.store, sam.personId);

    expectError(
      await jo.request({
        method: 'POST',
        url: framings(sam),
        payload: { framing: 'connection', areas: ['hope'] },
      }),
      404,
      'WM_NOT_FOUND',
    );
    expectError(
      await t.app.inject({
        method: 'POST',
        url: framings(sam),
        payload: { framing: 'connection', areas: ['hope'] },
      }),
      401,
      'WM_AUTH_REQUIRED',
    );
    expect(await recordSnapshot(t.store, sam.personId)).toEqual(before);
  });
});
