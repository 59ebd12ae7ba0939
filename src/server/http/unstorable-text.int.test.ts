// Text that a database cannot keep as sent is refused up front, the same way on both databases:
// a NUL character (PostgreSQL text refuses it outright) and a lone UTF-16 surrogate (it is not a
// character at all, and both drivers would quietly store U+FFFD instead). The person hears
// which field is at fault, and nothing is stored.
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { create, expectError, paths } from '../test/api.ts';
import { type Client, signUp, startTestApp, type TestApp } from '../test/app-harness.ts';
import { aCheckin, aJournalEntry, checkinUrls } from '../test/checkin-fixtures.ts';
import { DIALECTS } from '../test/dialects.ts';
import { aGoal, aNote, aSignUp } from '../test/fixtures.ts';
import { aPhq9Answer } from '../test/measure-fixtures.ts';
import { personState } from '../test/person-state.ts';

type Context = { base: string; goalId: string; responseId: string };
type Case = [name: string, request: (c: Context) => InjectOptions, field: string];

const NUL = '\u0000';
const LONE_SURROGATE = '\ud800';
const json = { 'content-type': 'application/json' };

const cases: Case[] = [
  [
    'a NUL in a check-in note',
    (c) => ({ method: 'POST', url: `${c.base}/checkins`, payload: aCheckin({ note: `a${NUL}b` }) }),
    'note',
  ],
  [
    'a NUL in a progress note',
    (c) => ({
      method: 'POST',
      url: `${c.base}/goals/${c.goalId}/notes`,
      payload: aNote({ text: `Swam${NUL}` }),
    }),
    'text',
  ],
  [
    'a NUL in a goal title',
    (c) => ({ method: 'POST', url: `${c.base}/goals`, payload: aGoal({ title: NUL }) }),
    'title',
  ],
  [
    'a NUL in a journal entry',
    (c) => ({
      method: 'POST',
      url: `${c.base}/journal`,
      payload: aJournalEntry({ text: `heron${NUL}` }),
    }),
    'text',
  ],
  [
    'a NUL in a measure id',
    (c) => ({
      method: 'POST',
      url: `${c.base}/measure-responses`,
      payload: { ...aPhq9Answer(), measureId: `phq-9${NUL}` },
    }),
    'measureId',
  ],
  [
    'a NUL deep inside the answers',
    (c) => {
      const answer = aPhq9Answer();
      const items = answer.response.item ?? [];
      const first = items[0];
      if (!first) throw new Error('PHQ-9 answers have items');
      return {
        method: 'POST',
        url: `${c.base}/measure-responses`,
        payload: {
          ...answer,
          response: { ...answer.response, item: [{ ...first, text: NUL }, ...items.slice(1)] },
        },
      };
    },
    'response.item.0.text',
  ],
  [
    'a NUL in a note on saved answers',
    (c) => ({
      method: 'PATCH',
      url: `${c.base}/measure-responses/${c.responseId}`,
      headers: { 'if-match': 'W/"1"' },
      payload: { note: NUL },
    }),
    'note',
  ],
  [
    'a NUL in a field name',
    (c) => ({ method: 'POST', url: `${c.base}/goals`, payload: { ...aGoal(), [`x${NUL}`]: 1 } }),
    'x\uFFFD',
  ],
  [
    'a NUL in a path parameter',
    () => ({ method: 'GET', url: '/api/measures/phq-9%00' }),
    'params.id',
  ],
  [
    'a NUL in the measure filter',
    (c) => ({ method: 'GET', url: `${c.base}/measure-responses?measure=phq-9%00` }),
    'querystring.measure',
  ],
  [
    'a NUL in a score code',
    (c) => ({ method: 'GET', url: `${c.base}/observations?code=%00` }),
    'querystring.code',
  ],
  [
    'a NUL in a journal search',
    (c) => ({ method: 'GET', url: `${c.base}/journal/search?q=heron%00` }),
    'querystring.q',
  ],
  [
    'a lone surrogate in a check-in note',
    (c) => ({
      method: 'POST',
      url: `${c.base}/checkins`,
      headers: json,
      // Written by hand: JSON.stringify would escape it the same way, but this says so plainly.
      payload: JSON.stringify(aCheckin({ note: 'placeholder' })).replace('placeholder', '\\ud800'),
    }),
    'note',
  ],
  [
    'a lone low surrogate in a measure id',
    (c) => ({
      method: 'POST',
      url: `${c.base}/measure-responses`,
      payload: { ...aPhq9Answer(), measureId: '\udc00phq-9' },
    }),
    'measureId',
  ],
];

describe.each(DIALECTS)('Text a database cannot keep, on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  let context: Context;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
    const base = `/api/people/${sam.personId}`;
    const goal = await create(sam, paths(sam.personId).goals, aGoal());
    const answer = await create(sam, `${base}/measure-responses`, aPhq9Answer());
    context = { base, goalId: goal.id, responseId: answer.id };
  });
  afterAll(() => t.close());

  it.each(cases)(
    'refuses %s with a 400 naming the field, and stores nothing',
    async (_, request, field) => {
      const before = await personState(t.store, sam.personId);
      const response = await sam.request(request(context));
      const body = expectError(response, 400, 'WM_VALIDATION_FAILED', field);
      expect(body.error.fields?.[0]?.message).toBe(
        'This contains a hidden or broken character that cannot be saved. Remove it and try again.',
      );
      expect(await personState(t.store, sam.personId)).toEqual(before);
    },
  );

  it('refuses a NUL or a lone surrogate in a name at sign-up, and makes no account', async () => {
    for (const displayName of [`Sam${NUL}`, `Sam${LONE_SURROGATE}`]) {
      const before = await personState(t.store, sam.personId);
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        payload: aSignUp({ displayName }),
      });
      expectError(response, 400, 'WM_VALIDATION_FAILED', 'displayName');
      expect(await personState(t.store, sam.personId)).toEqual(before);
    }
  });

  it('still keeps every other character as typed, emoji and right-to-left text included', async () => {
    const note = 'Felt 🙂 after the walk. שלום. Tab\there, and a line\nbreak.';
    const saved = await create(sam, checkinUrls(sam.personId).checkins, aCheckin({ note }));
    expect((saved as unknown as { note: string }).note).toBe(note);
  });
});
