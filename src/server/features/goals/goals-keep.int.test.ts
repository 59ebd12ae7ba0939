// What a person expects after removing things: goals in a removed life area keep working,
// recently deleted goals stay listed (and can be brought back) for 30 days, and signing out
// always works.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signIn, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aGoal, aLifeArea } from '../../test/fixtures.ts';

describe.each(DIALECTS)('Keeping goals usable on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  const credentials = { email: `keep-${dialect}@example.test`, password: 'a long enough password' };
  // Long clock jumps end the session; signing in again keeps the same person.
  const signInAgain = async () => {
    sam = await signIn(t.app, credentials.email, credentials.password);
  };
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app, credentials);
  });
  afterAll(() => t.close());
  const base = () => `/api/people/${sam.personId}`;

  it('lets a goal in a removed life area still be changed, but not moved into one', async () => {
    const area = (
      await sam.request({
        method: 'POST',
        url: `${base()}/life-areas`,
        payload: aLifeArea({ name: 'Faith' }),
      })
    ).json();
    const goal = (
      await sam.request({
        method: 'POST',
        url: `${base()}/goals`,
        payload: aGoal({ lifeAreaId: area.id }),
      })
    ).json();
    await sam.request({
      method: 'DELETE',
      url: `${base()}/life-areas/${area.id}`,
      headers: { 'if-match': `W/"${area.version}"` },
    });
    const step = await sam.request({
      method: 'PUT',
      url: `${base()}/goals/${goal.id}`,
      headers: { 'if-match': `W/"${goal.version}"` },
      payload: { ...goal.data, steps: [{ id: 's1', text: 'Ask at the temple', done: false }] },
    });
    expect(step.statusCode).toBe(200);
    const other = (
      await sam.request({ method: 'POST', url: `${base()}/goals`, payload: aGoal() })
    ).json();
    const moved = await sam.request({
      method: 'PUT',
      url: `${base()}/goals/${other.id}`,
      headers: { 'if-match': `W/"${other.version}"` },
      payload: { ...other.data, lifeAreaId: area.id },
    });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().error.fields[0].field).toBe('lifeAreaId');
  });

  it('lists deleted goals as recently deleted for 30 days', async () => {
    const goal = (
      await sam.request({
        method: 'POST',
        url: `${base()}/goals`,
        payload: aGoal({ title: 'Swim' }),
      })
    ).json();
    await sam.request({
      method: 'DELETE',
      url: `${base()}/goals/${goal.id}`,
      headers: { 'if-match': `W/"${goal.version}"` },
    });
    const titles = async () => {
      const list = await sam.request({ method: 'GET', url: `${base()}/goals?deleted=true` });
      return list.json().items.map((g: { data: { title: string } }) => g.data.title);
    };
    expect(await titles()).toContain('Swim');
    t.clock.advanceMinutes(29 * 24 * 60);
    await signInAgain();
    expect(await titles()).toContain('Swim');
    t.clock.advanceMinutes(2 * 24 * 60);
    await signInAgain();
    expect(await titles()).not.toContain('Swim');
  });

  it('answers sign-out with 204 even when the session has already timed out', async () => {
    t.clock.advanceMinutes(31);
    const response = await sam.request({ method: 'POST', url: '/api/auth/sign-out' });
    expect(response.statusCode).toBe(204);
    expect(String(response.headers['set-cookie'])).toMatch(/waymark=;/);
  });
});
