// Defect 9: the Host header was never checked and the Origin check trusted it, so a page whose
// name was pointed at the server (DNS rebinding) passed as same-origin; HSTS went out over
// plain HTTP too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, ifMatch, paths } from '../test/api.ts';
import { signUp, startTestApp, type TestApp } from '../test/app-harness.ts';
import { DIALECTS } from '../test/dialects.ts';
import { anAboutMe, aSignUp } from '../test/fixtures.ts';

const PUBLIC = 'waymark.example.org';

describe.each(DIALECTS)('Host and Origin with PUBLIC_URL on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    // Behind a proxy that ends TLS and does not say so (TRUST_PROXY unset): the server sees http.
    t = await startTestApp(dialect, { PUBLIC_URL: `https://${PUBLIC}` });
  });
  afterAll(() => t.close());

  const signUpAt = (host: string, origin?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up',
      headers: { host, ...(origin ? { origin } : {}) },
      payload: aSignUp(),
    });

  it.each([
    ['another name pointed at the server', 'rebinding.attacker.example'],
    ['the server by its address', '127.0.0.1:3000'],
    ['localhost', 'localhost'],
    ['the public name on another port', `${PUBLIC}:8443`],
    ['a name with a user part', `evil.example@${PUBLIC}`],
  ])('refuses a request addressed to %s with 421', async (_, host) => {
    for (const url of ['/api/auth/session', '/', '/crisis-plan']) {
      const response = await t.app.inject({ method: 'GET', url, headers: { host } });
      expectError(response, 421, 'WM_HOST_NOT_ALLOWED');
      // The refusal carries the security headers: an API answer may load nothing at all.
      expect(response.headers['content-security-policy']).toContain(
        url.startsWith('/api/') ? "default-src 'none'" : "default-src 'self'",
      );
    }
    const write = await signUpAt(host, `http://${host}`);
    expectError(write, 421, 'WM_HOST_NOT_ALLOWED');
    expect(write.cookies).toEqual([]);
  });

  it('answers its public name, in any case and with the default port written out', async () => {
    for (const host of [PUBLIC, PUBLIC.toUpperCase(), `${PUBLIC}:443`]) {
      const response = await t.app.inject({
        method: 'GET',
        url: '/api/auth/session',
        headers: { host },
      });
      // Answered (nobody is signed in), not refused by the host check.
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ account: null, csrfToken: null });
    }
  });

  it("accepts a write from PUBLIC_URL's origin, and refuses any other", async () => {
    expect((await signUpAt(PUBLIC, `https://${PUBLIC}`)).statusCode).toBe(201);
    // What the Host alone would have suggested: the same name over plain HTTP.
    expectError(await signUpAt(PUBLIC, `http://${PUBLIC}`), 403, 'WM_CSRF_FAILED');
    expectError(await signUpAt(PUBLIC, 'https://evil.example'), 403, 'WM_CSRF_FAILED');
  });
});

describe.each(DIALECTS)('Host and Origin without PUBLIC_URL (one machine) on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(() => t.close());

  it.each(['localhost', 'localhost:3000', '127.0.0.1:5173', '[::1]:3000'])(
    'answers %s',
    async (host) => {
      const response = await t.app.inject({
        method: 'GET',
        url: '/api/auth/session',
        headers: { host },
      });
      // Answered (nobody is signed in), not refused by the host check.
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ account: null, csrfToken: null });
    },
  );

  it('refuses any other name, as a page using DNS rebinding would send', async () => {
    const sam = await signUp(t.app);
    const stolen = await t.app.inject({
      method: 'GET',
      url: paths(sam.personId).aboutMe,
      headers: { host: 'rebinding.attacker.example:3000', cookie: sam.cookie },
    });
    expectError(stolen, 421, 'WM_HOST_NOT_ALLOWED');
    const write = await sam.request({
      method: 'PUT',
      url: paths(sam.personId).aboutMe,
      headers: {
        host: 'rebinding.attacker.example:3000',
        origin: 'http://rebinding.attacker.example:3000',
        ...ifMatch(0),
      },
      payload: anAboutMe(),
    });
    expectError(write, 421, 'WM_HOST_NOT_ALLOWED');
  });
});

describe.each(DIALECTS)('Strict-Transport-Security on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect, { TRUST_PROXY: 'true' });
  });
  afterAll(() => t.close());

  it('is not sent over plain HTTP', async () => {
    for (const url of ['/api/auth/session', '/']) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('is sent over HTTPS', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(response.headers['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });
});
