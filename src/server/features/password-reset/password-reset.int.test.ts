// A forgotten password, end to end on both databases, with email through a real SMTP listener
// started here: the link arrives in the account's language, works once and for an hour, sets
// the password and signs the account out everywhere. Asking answers the same for any email,
// sends at most three links an hour, and a bad new password changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RESET_LINK_MINUTES,
  RESET_LINKS_PER_HOUR,
} from '../../../domain/auth/password-reset.schema.ts';
import { expectError } from '../../test/api.ts';
import {
  aServiceAdmin,
  type Client,
  signIn,
  signUp,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aSignUp } from '../../test/fixtures.ts';
import { type Received, startSmtpListener } from '../../test/smtp-listener.ts';

const OLD_PASSWORD = 'a long enough password';
const NEW_PASSWORD = 'my brand new password';

describe.each(DIALECTS)('Password reset on %s', (dialect) => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpListener>>;

  beforeAll(async () => {
    smtp = await startSmtpListener();
    t = await startTestApp(dialect, smtp.env);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const ask = (email: unknown) =>
    t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email } });
  const complete = (token: string, password: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/complete',
      payload: { token, password },
    });
  const mailTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));
  /** The link's token, read from the email as the person would read it. */
  const tokenIn = (message: Received) => {
    const unfolded = message.raw.replace(/=\r?\n/g, '');
    const match = /\/reset-password\/([A-Za-z0-9_-]{43})/.exec(unfolded);
    if (!match?.[1]) throw new Error(`no link in ${message.raw}`);
    return match[1];
  };
  async function linkFor(email: string): Promise<string> {
    const before = mailTo(email).length;
    expect((await ask(email)).statusCode).toBe(202);
    await expect.poll(() => mailTo(email).length, { timeout: 10_000 }).toBe(before + 1);
    return tokenIn(mailTo(email).at(-1) as Received);
  }
  const stillSignedIn = async (client: Client) =>
    (await client.request({ method: 'GET', url: '/api/account' })).statusCode;

  it('emails a link that sets a new password once, and signs the account out everywhere', async () => {
    const email = aSignUp().email;
    const sam = await signUp(t.app, { email });
    expect(await stillSignedIn(sam)).toBe(200);
    const token = await linkFor(email);
    const message = mailTo(email).at(-1) as Received;
    expect(message.raw).toContain('Choose a new Waymark password');

    const done = await complete(token, NEW_PASSWORD);
    expect(done.statusCode, done.body).toBe(200);
    expect(await stillSignedIn(sam)).toBe(401);
    await expect(signIn(t.app, email, OLD_PASSWORD)).rejects.toThrow(/401/);
    await signIn(t.app, email, NEW_PASSWORD);

    // Used twice: refused, and the password stays the one chosen the first time.
    expectError(await complete(token, 'a third password here'), 400, 'WM_RESET_LINK_INVALID');
    await signIn(t.app, email, NEW_PASSWORD);
  });

  it('answers the same for an email no account uses, and sends nothing', async () => {
    const sent = smtp.received.length;
    const answer = await ask('nobody-here@example.org');
    expect(answer.statusCode).toBe(202);
    expect(answer.json()).toEqual({ ok: true });
    // Another ask for a real account goes through after it, so the first had its turn.
    const email = aSignUp().email;
    await signUp(t.app, { email });
    await linkFor(email);
    expect(smtp.received.length).toBe(sent + 1);
  });

  it('refuses a link more than an hour old, and an unknown one, changing nothing', async () => {
    const email = aSignUp().email;
    await signUp(t.app, { email });
    const token = await linkFor(email);
    t.clock.advanceMinutes(RESET_LINK_MINUTES + 1);
    expectError(await complete(token, NEW_PASSWORD), 400, 'WM_RESET_LINK_INVALID');
    expectError(await complete('x'.repeat(43), NEW_PASSWORD), 400, 'WM_RESET_LINK_INVALID');
    await signIn(t.app, email, OLD_PASSWORD);
  });

  it('keeps the link working after a new password that is too short', async () => {
    const email = aSignUp().email;
    await signUp(t.app, { email });
    const token = await linkFor(email);
    expectError(await complete(token, 'short'), 400, 'WM_VALIDATION_FAILED', 'password');
    await signIn(t.app, email, OLD_PASSWORD);
    expect((await complete(token, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it(`sends at most ${RESET_LINKS_PER_HOUR} links an hour to one account`, async () => {
    const email = aSignUp().email;
    await signUp(t.app, { email });
    for (let i = 0; i < RESET_LINKS_PER_HOUR; i += 1) await linkFor(email);
    expect((await ask(email)).statusCode).toBe(202);
    // A later ask for someone else arrives, so the one before it was not merely slow.
    const other = aSignUp().email;
    await signUp(t.app, { email: other });
    await linkFor(other);
    expect(mailTo(email)).toHaveLength(RESET_LINKS_PER_HOUR);
    t.clock.advanceMinutes(61);
    await linkFor(email);
  });

  it('uses up the other links sent, once one of them sets the password', async () => {
    const email = aSignUp().email;
    await signUp(t.app, { email });
    const first = await linkFor(email);
    const second = await linkFor(email);
    expect((await complete(second, NEW_PASSWORD)).statusCode).toBe(200);
    expectError(await complete(first, 'yet another password'), 400, 'WM_RESET_LINK_INVALID');
  });

  it('writes the email in the language the account chose', async () => {
    const email = aSignUp().email;
    const sam = await signUp(t.app, { email });
    await sam.request({ method: 'PUT', url: '/api/account/language', payload: { language: 'cy' } });
    await linkFor(email);
    const raw = (mailTo(email).at(-1) as Received).raw;
    expect(raw).toMatch(/Subject: =\?UTF-8\?|Subject: Dewiswch/);
    expect(raw.replace(/=\r?\n/g, '')).not.toContain('Choose a new Waymark password');
  });

  it('still asks a staff member for their second step after a reset', async () => {
    const admin = await aServiceAdmin(t, OLD_PASSWORD, { secondFactor: true });
    const token = await linkFor(admin.email);
    expect((await complete(token, NEW_PASSWORD)).statusCode).toBe(200);
    const answer = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: admin.email, password: NEW_PASSWORD },
    });
    expect(answer.json()).toMatchObject({ secondFactorRequired: true });
  });

  it('refuses an email that is not an email, clearly', async () => {
    expectError(await ask('not an email'), 400, 'WM_VALIDATION_FAILED', 'email');
    expectError(await ask(''), 400, 'WM_VALIDATION_FAILED', 'email');
  });
});
