// Every kind of bad request is refused with our error body and a plain-English message, and
// leaves the stored record exactly as it was.
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { create, expectError, ifMatch, paths, recordSnapshot } from '../test/api.ts';
import { type Client, signUp, startTestApp, type TestApp } from '../test/app-harness.ts';
import { DIALECTS } from '../test/dialects.ts';
import { aGoal, aNote, anAboutMe } from '../test/fixtures.ts';

type Urls = ReturnType<typeof paths> & { goalId: string };
type Case = [
  name: string,
  request: (u: Urls) => InjectOptions,
  status: number,
  code: string,
  field?: string,
];

const tooLong = 'x'.repeat(20_001);
const json = { 'content-type': 'application/json' };
const postGoal =
  (payload: unknown, headers: Record<string, string> = {}) =>
  (u: Urls) =>
    ({ method: 'POST', url: u.goals, payload, headers }) as InjectOptions;
const putGoal = (payload: unknown) => (u: Urls) =>
  ({ method: 'PUT', url: u.goal(u.goalId), headers: ifMatch(1), payload }) as InjectOptions;

const cases: Case[] = [
  [
    '20,001 characters of "why"',
    postGoal(aGoal({ why: tooLong })),
    400,
    'WM_VALIDATION_FAILED',
    'why',
  ],
  [
    '20,001 characters of "why" in an update',
    putGoal(aGoal({ why: tooLong })),
    400,
    'WM_VALIDATION_FAILED',
    'why',
  ],
  [
    '20,001 characters in About me',
    (u) => ({
      method: 'PUT',
      url: u.aboutMe,
      headers: ifMatch(0),
      payload: anAboutMe({ values: tooLong }),
    }),
    400,
    'WM_VALIDATION_FAILED',
    'values',
  ],
  [
    '20,001 characters in a progress note',
    (u) => ({ method: 'POST', url: u.notes(u.goalId), payload: aNote({ text: tooLong }) }),
    400,
    'WM_VALIDATION_FAILED',
    'text',
  ],
  [
    'a number for the title',
    postGoal({ ...aGoal(), title: 5 }),
    400,
    'WM_VALIDATION_FAILED',
    'title',
  ],
  [
    'a string for the steps',
    postGoal({ ...aGoal(), steps: 'buy goggles' }),
    400,
    'WM_VALIDATION_FAILED',
    'steps',
  ],
  [
    'a string for a step being done',
    postGoal({ ...aGoal(), steps: [{ id: 's', text: 'Go', done: 'yes' }] }),
    400,
    'WM_VALIDATION_FAILED',
    'steps.0.done',
  ],
  [
    'a status that does not exist',
    postGoal({ ...aGoal(), status: 'done' }),
    400,
    'WM_VALIDATION_FAILED',
    'status',
  ],
  [
    'a missing field',
    postGoal({ ...aGoal(), title: undefined }),
    400,
    'WM_VALIDATION_FAILED',
    'title',
  ],
  [
    'an unknown field',
    postGoal({ ...aGoal(), ownerId: 'someone-else' }),
    400,
    'WM_VALIDATION_FAILED',
    'ownerId',
  ],
  ['an array body', postGoal([aGoal()]), 400, 'WM_VALIDATION_FAILED', 'body'],
  ['a null body', postGoal('null', json), 400, 'WM_VALIDATION_FAILED', 'body'],
  ['malformed JSON', postGoal('{"title": "Swim', json), 400, 'WM_REQUEST_MALFORMED'],
  ['an empty JSON body', postGoal('', json), 400, 'WM_REQUEST_MALFORMED'],
  ['a __proto__ key', postGoal('{"__proto__": {"x": 1}}', json), 400, 'WM_REQUEST_MALFORMED'],
  [
    'text/plain',
    postGoal(JSON.stringify(aGoal()), { 'content-type': 'text/plain' }),
    415,
    'WM_REQUEST_UNSUPPORTED_MEDIA_TYPE',
  ],
  [
    'a form post',
    postGoal('title=Swim', { 'content-type': 'application/x-www-form-urlencoded' }),
    415,
    'WM_REQUEST_UNSUPPORTED_MEDIA_TYPE',
  ],
  [
    'the date 2027-02-30',
    postGoal(aGoal({ targetDate: '2027-02-30' })),
    400,
    'WM_VALIDATION_FAILED',
    'targetDate',
  ],
  [
    'the date "tomorrow"',
    postGoal(aGoal({ targetDate: 'tomorrow' })),
    400,
    'WM_VALIDATION_FAILED',
    'targetDate',
  ],
  [
    'the date 2027-3-28',
    postGoal(aGoal({ targetDate: '2027-3-28' })),
    400,
    'WM_VALIDATION_FAILED',
    'targetDate',
  ],
  [
    'a note dated 2026-13-01',
    (u) => ({ method: 'POST', url: u.notes(u.goalId), payload: aNote({ date: '2026-13-01' }) }),
    400,
    'WM_VALIDATION_FAILED',
    'date',
  ],
  [
    'a body over 1 MiB',
    postGoal(aGoal({ why: 'x'.repeat(1024 * 1024) })),
    413,
    'WM_REQUEST_TOO_LARGE',
  ],
  [
    'a restore of version 1.5',
    (u) => ({
      method: 'POST',
      url: `${u.goal(u.goalId)}/history/restore`,
      headers: ifMatch(1),
      payload: { version: 1.5 },
    }),
    400,
    'WM_VALIDATION_FAILED',
    'version',
  ],
  [
    'a restore of version 2,147,483,648',
    (u) => ({
      method: 'POST',
      url: `${u.goal(u.goalId)}/history/restore`,
      headers: ifMatch(1),
      payload: { version: 2 ** 31 },
    }),
    400,
    'WM_VALIDATION_FAILED',
    'version',
  ],
  [
    'an id that is not a uuid',
    (u) => ({ method: 'GET', url: u.goal('not-a-uuid') }),
    400,
    'WM_VALIDATION_FAILED',
    'params.id',
  ],
  [
    'an unknown query parameter',
    (u) => ({ method: 'GET', url: `${u.goals}?sort=title` }),
    400,
    'WM_VALIDATION_FAILED',
    'querystring.sort',
  ],
  [
    'a broken percent-encoding',
    (u) => ({ method: 'GET', url: `${u.goals}/%E0%A4%A` }),
    400,
    'WM_REQUEST_MALFORMED',
  ],
];

describe.each(DIALECTS)('Bad input on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  let urls: Urls;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
    const base = paths(sam.personId);
    urls = { ...base, goalId: (await create(sam, base.goals, aGoal())).id };
  });
  afterAll(() => t.close());

  it.each(cases)('refuses %s, and changes nothing', async (_, request, status, code, field) => {
    const before = await recordSnapshot(t.store, sam.personId);
    const response = await sam.request(request(urls));
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expectError(response, status, code, field);
    expect(await recordSnapshot(t.store, sam.personId)).toEqual(before);
  });
});
