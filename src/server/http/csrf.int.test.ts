import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, ifMatch, paths, recordSnapshot } from '../test/api.ts';
import { type Client, signUp, startTestApp, type TestApp } from '../test/app-harness.ts';
import { DIALECTS } from '../test/dialects.ts';
import { aGoal, anAboutMe, aSignUp } from '../test/fixtures.ts';

const HOST = 'waymark.example';

describe.each(DIALECTS)('Cross-site request forgery defences on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  beforeAll(async () => {
    // The server's own name: without PUBLIC_URL, Waymark answers only to its names (host-check.ts).
    t = await startTestApp(dialect, { HOST });
    sam = await signUp(t.app);
  });
  afterAll(() => t.close());

  /** A save of About me with the session cookie; the token is sent unless `token` is null. */
  const saveAboutMe = (headers: Record<string, string>, token: string | null = sam.csrfToken) =>
    t.app.inject({
      method: 'PUT',
      url: paths(sam.personId).aboutMe,
      headers: {
        host: HOST,
        cookie: sam.cookie,
        ...(token === null ? {} : { 'x-csrf-token': token }),
        ...ifMatch(0),
        ...headers,
      },
      payload: anAboutMe({ strengths: 'Written by someone else' }),
    });

  it.each([
    ['no X-CSRF-Token', {}, null],
    ['a wrong X-CSRF-Token', {}, 'not-the-token'],
    ['an Origin from another site', { origin: 'https://evil.example' }, undefined],
    ['the same host over another scheme', { origin: `https://${HOST}` }, undefined],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }, undefined],
    ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site' }, undefined],
  ])('refuses a signed-in write with %s, and changes nothing', async (_, headers, token) => {
    const before = await recordSnapshot(t.store, sam.personId);
    expectError(await saveAboutMe(headers, token), 403, 'WM_CSRF_FAILED');
    expect(await recordSnapshot(t.store, sam.personId)).toEqual(before);
  });

  it('accepts a write from the same origin with the token', async () => {
    const response = await saveAboutMe({
      origin: `http://${HOST}`,
      'sec-fetch-site': 'same-origin',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().data.strengths).toBe('Written by someone else');
  });

  it('needs no token to read', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: paths(sam.personId).aboutMe,
      headers: { cookie: sam.cookie },
    });
    expect(response.statusCode).toBe(200);
  });

  it('refuses a sign-in posted from another site (login CSRF)', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { host: HOST, origin: 'https://evil.example' },
      payload: { email: aSignUp().email, password: 'any password at all' },
    });
    expectError(response, 403, 'WM_CSRF_FAILED');
    expect(response.cookies).toEqual([]);
  });

  // The router decodes %61 to "a", so these reach /api routes: the defences must apply too.
  it('applies the same defences when the path is percent-encoded', async () => {
    const before = await recordSnapshot(t.store, sam.personId);
    const encoded = `/%61pi/people/${sam.personId}/goals`;
    const forged = await t.app.inject({
      method: 'POST',
      url: encoded,
      headers: { host: HOST, cookie: sam.cookie },
      payload: aGoal(),
    });
    expectError(forged, 403, 'WM_CSRF_FAILED');
    expect(await recordSnapshot(t.store, sam.personId)).toEqual(before);

    const signIn = await t.app.inject({
      method: 'POST',
      url: '/%61pi/auth/sign-in',
      headers: { host: HOST, origin: 'https://evil.example' },
      payload: { email: aSignUp().email, password: 'any password at all' },
    });
    expectError(signIn, 403, 'WM_CSRF_FAILED');

    const read = await sam.request({ method: 'GET', url: encoded });
    expect(read.statusCode).toBe(200);
    expect(read.headers['cache-control']).toBe('no-store');
  });
});
