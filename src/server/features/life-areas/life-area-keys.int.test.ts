// The stable key of a standard life area (decision 0051), on both databases: the starting areas
// and a framing's areas get theirs from the words they were made from; renaming, or restoring an
// older version, keeps it; the person's own areas have none, and no request can set one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ifMatch } from '../../test/api.ts';
import { type Client, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';

type Area = { id: string; version: number; data: { name: string; key?: string } };

describe.each(DIALECTS)('Life area keys on %s', (dialect) => {
  let t: TestApp;
  let person: Client;
  let base: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    person = await signUp(t.app);
    base = `/api/people/${person.personId}/life-areas`;
  });
  afterAll(() => t.close());

  const areas = async () =>
    (await person.request({ method: 'GET', url: base })).json().items as Area[];

  it('gives the starting areas their keys', async () => {
    expect((await areas()).map((area) => area.data.key)).toEqual([
      'home',
      'money',
      'work',
      'relationships',
      'family',
      'body',
      'mind',
      'safety',
      'leisure',
    ]);
  });

  it('gives a framing’s areas the key of their words', async () => {
    const added = await person.request({
      method: 'POST',
      url: `${base}/framings`,
      payload: { framing: 'recovery', areas: ['meaning'], instead: false },
    });
    expect(added.statusCode, added.body).toBe(200);
    expect((added.json().added as Area[]).map((area) => area.data.key)).toEqual([
      'recovery.meaning',
    ]);
  });

  it('keeps the key through a rename and a restore, and takes none from the person', async () => {
    const money = (await areas()).find((area) => area.data.key === 'money') as Area;
    const renamed = await person.request({
      method: 'PUT',
      url: `${base}/${money.id}`,
      headers: ifMatch(money.version),
      payload: { name: 'Paying the bills' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().data).toEqual({ name: 'Paying the bills', key: 'money' });
    const restored = await person.request({
      method: 'POST',
      url: `${base}/${money.id}/history/restore`,
      headers: ifMatch(renamed.json().version),
      payload: { version: 1 },
    });
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json().data.key).toBe('money');
    const claimed = await person.request({
      method: 'POST',
      url: base,
      payload: { name: 'Holidays', key: 'home' },
    });
    expect(claimed.statusCode).toBe(400);
    const own = await person.request({ method: 'POST', url: base, payload: { name: 'Holidays' } });
    expect(own.statusCode).toBe(201);
    expect(own.json().data).toEqual({ name: 'Holidays' });
  });
});
