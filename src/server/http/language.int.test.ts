// Issue 13: the server answers each request in its own language, never in a global one. Refusals
// travel as codes and values, worded in the language the request asked for (Accept-Language), or
// the signed-in account's choice, which leads. Two people at once get their own words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordsOfCode } from '../../domain/i18n/said.ts';
import { expectError } from '../test/api.ts';
import { signUp, startTestApp, type TestApp } from '../test/app-harness.ts';
import { DIALECTS } from '../test/dialects.ts';
import { aGoal, aSignUp } from '../test/fixtures.ts';
import { inLanguage } from './language.ts';

describe.each(DIALECTS)('The language of each answer on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(() => t.close());

  const signUpWithoutEmail = (acceptLanguage?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up',
      headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
      payload: aSignUp({ email: '' }),
    });

  it('words a refusal in the language the request asks for, and sends its code and values', async () => {
    const welsh = expectError(await signUpWithoutEmail('cy'), 400, 'WM_VALIDATION_FAILED');
    expect(welsh.error.fields?.[0]).toMatchObject({
      field: 'email',
      code: 'validation.required.email',
      message: 'Rhowch eich cyfeiriad e-bost',
    });
    const english = expectError(await signUpWithoutEmail(), 400, 'WM_VALIDATION_FAILED');
    expect(english.error.fields?.[0]).toMatchObject({
      code: 'validation.required.email',
      message: 'Enter your email address',
    });
  });

  const notFoundIn = (acceptLanguage: string) =>
    t.app.inject({
      method: 'GET',
      url: '/api/no-such-thing',
      headers: { 'accept-language': acceptLanguage },
    });

  it('takes the best of the languages asked for, by weight, skipping those it does not have', async () => {
    for (const header of ['de, pl;q=0.5, cy;q=0.9', 'cy-GB', 'xx;q=1, cy;q=0.1', 'CY']) {
      const body = expectError(await notFoundIn(header), 404, 'WM_NOT_FOUND');
      expect(body.error.message, header).toBe('Doedden ni ddim yn gallu dod o hyd i hynny.');
    }
    for (const header of ['de', '*', 'cy;q=0', 'en-US, cy;q=0.5']) {
      const body = expectError(await notFoundIn(header), 404, 'WM_NOT_FOUND');
      expect(body.error.message, header).toBe('We could not find that.');
    }
  });

  it('answers many requests at once each in its own language', async () => {
    const languages = ['cy', 'pl', 'en-GB', 'ur', 'bn'] as const;
    const asked = Array.from({ length: 50 }, (_, i) => languages[i % languages.length] ?? 'en-GB');
    const answers = await Promise.all(asked.map((language) => notFoundIn(language)));
    answers.forEach((answer, i) => {
      const language = asked[i] ?? 'en-GB';
      expect(answer.json().error.message, language).toBe(
        inLanguage(language, () => wordsOfCode({ code: 'error.WM_NOT_FOUND' })),
      );
    });
    expect(new Set(answers.map((a) => a.json().error.message)).size).toBe(5);
  });

  it('words refusals made before any route runs in the request’s language too', async () => {
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'accept-language': 'pl', 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    const body = expectError(broken, 400, 'WM_REQUEST_MALFORMED');
    expect(body.error.message).toBe(
      inLanguage('pl', () => wordsOfCode({ code: 'error.WM_REQUEST_MALFORMED' })),
    );
    expect(body.error.message).not.toBe(wordsOfCode({ code: 'error.WM_REQUEST_MALFORMED' }));
  });

  it('answers a signed-in person in the language they chose, whatever the browser asks for', async () => {
    const sam = await signUp(t.app, { language: 'pl' });
    const refused = await sam.request({
      method: 'POST',
      url: `/api/people/${sam.personId}/goals`,
      headers: { 'accept-language': 'cy' },
      payload: aGoal({ title: '' }),
    });
    const body = expectError(refused, 400, 'WM_VALIDATION_FAILED');
    const field = body.error.fields?.find((f) => f.field === 'title');
    expect(field?.code).toBe('validation.required.goal');
    expect(field?.message).toBe('Proszę wpisać, do czego chcesz dążyć');
  });

  it('writes a download’s headings in the language of the request that asked for it', async () => {
    const sam = await signUp(t.app);
    const csvIn = (language: string) =>
      sam.request({
        method: 'GET',
        url: `/api/people/${sam.personId}/access-log.csv`,
        headers: { 'accept-language': language },
      });
    const [welsh, polish] = await Promise.all([csvIn('cy'), csvIn('pl')]);
    expect(welsh.statusCode).toBe(200);
    expect(welsh.body.split('\r\n')[0]).toMatch(/^\uFEFF?"?Pryd \(UTC\)/);
    expect(polish.body.split('\r\n')[0]).toMatch(/^\uFEFF?"?Kiedy \(UTC\)/);
  });
});
