import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';

const words = {
  strengths: 'I keep going.',
  values: 'Honesty',
  whatMatters: 'My sister',
  identity: '',
  culture: '',
  whenWell: 'I cook for friends',
  howToSupportMe: '',
};

describe.each(DIALECTS)('About me on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
  });
  afterAll(() => t.close());

  const url = () => `/api/people/${sam.personId}/about-me`;

  it('reads as empty at version 0 before anything is written', async () => {
    const response = await sam.request({ method: 'GET', url: url() });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('W/"0"');
    expect(response.json().data.strengths).toBe('');
  });

  it('saves, keeps each version, and restores an earlier one as a new version', async () => {
    const first = await sam.request({
      method: 'PUT',
      url: url(),
      headers: { 'if-match': 'W/"0"' },
      payload: words,
    });
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('W/"1"');
    const second = await sam.request({
      method: 'PUT',
      url: url(),
      headers: { 'if-match': 'W/"1"' },
      payload: { ...words, strengths: 'I am kind.' },
    });
    expect(second.json().version).toBe(2);

    const history = await sam.request({ method: 'GET', url: `${url()}/history` });
    expect(history.json().revisions.map((r: { version: number }) => r.version)).toEqual([2, 1]);
    expect(history.json().revisions[1]).toMatchObject({
      authoredBy: sam.personId,
      agreedBy: sam.personId,
      action: 'create',
    });

    const restored = await sam.request({
      method: 'POST',
      url: `${url()}/history/restore`,
      headers: { 'if-match': 'W/"2"' },
      payload: { version: 1 },
    });
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toMatchObject({ version: 3, data: { strengths: 'I keep going.' } });
  });

  it('refuses a stale version with 412 and the current words, and a missing version with 428', async () => {
    const stale = await sam.request({
      method: 'PUT',
      url: url(),
      headers: { 'if-match': 'W/"1"' },
      payload: words,
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().error.code).toBe('WM_VERSION_CONFLICT');
    expect(stale.json().current.version).toBe(3);
    const missing = await sam.request({ method: 'PUT', url: url(), payload: words });
    expect(missing.statusCode).toBe(428);
    const after = await sam.request({ method: 'GET', url: url() });
    expect(after.json().version).toBe(3);
  });
});
