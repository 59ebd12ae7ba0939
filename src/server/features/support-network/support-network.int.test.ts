import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aContact } from '../../test/plan-fixtures.ts';

describe.each(DIALECTS)('Support network on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
  });
  afterAll(() => t.close());
  const url = () => `/api/people/${sam.personId}/support-network`;

  it('adds people, groups and services, and changes them with If-Match', async () => {
    const created = await sam.request({ method: 'POST', url: url(), payload: aContact() });
    expect(created.statusCode).toBe(201);
    const service = await sam.request({
      method: 'POST',
      url: url(),
      payload: aContact({
        name: 'Crisis team',
        kind: 'service',
        formal: true,
        phone: '0300 123 4567',
      }),
    });
    expect(service.json().data).toMatchObject({ kind: 'service', formal: true });
    const updated = await sam.request({
      method: 'PUT',
      url: `${url()}/${created.json().id}`,
      headers: { 'if-match': created.headers.etag as string },
      payload: aContact({ phone: '+44 7700 900999' }),
    });
    expect(updated.json()).toMatchObject({ version: 2, data: { phone: '+44 7700 900999' } });
    const list = await sam.request({ method: 'GET', url: url() });
    expect(list.json().items.map((i: { data: { name: string } }) => i.data.name)).toEqual([
      'Ade',
      'Crisis team',
    ]);
  });

  it('refuses a phone number with letters, a bad email and a missing name, saving nothing', async () => {
    const bad = await sam.request({
      method: 'POST',
      url: url(),
      payload: aContact({ name: ' ', phone: 'call me', email: 'nope' }),
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['email', 'name', 'phone']);
    const list = await sam.request({ method: 'GET', url: url() });
    expect(list.json().items).toHaveLength(2);
  });
});
