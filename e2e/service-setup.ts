// A service set up through its own API, for browser tests of staff pages: the operator's CLI makes
// the service and its admin's set-up link; the admin makes teams and invites staff, each of whom
// sets a password and turns two-step sign-in on (decision 0039). People sign up through the API.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { freshTotpCode } from './walk.ts';

export const STAFF_PASSWORD = 'a long enough password for staff';

export type Session = { headers: Record<string, string>; accountId: string };
export type StaffLogin = { email: string; password: string; totpSecret: string };

async function signedIn(answer: Response, what: string): Promise<Session> {
  if (!answer.ok) throw new Error(`${what} answered ${answer.status}: ${await answer.text()}`);
  const { csrfToken, account } = (await answer.json()) as {
    csrfToken: string;
    account: { id: string };
  };
  const cookie = answer.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { headers: { cookie, 'x-csrf-token': csrfToken }, accountId: account.id };
}

/** Signs in through the set-up link's answer: its cookie and CSRF token, for API calls. */
export async function fromSetUp(url: string, token: string): Promise<Session> {
  const answer = await fetch(`${url}/api/set-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, password: STAFF_PASSWORD }),
  });
  return signedIn(answer, 'Setting up');
}

/** A new person's account, signed in. */
export async function signUpThroughApi(url: string, name: string): Promise<Session> {
  const answer = await fetch(`${url}/api/auth/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: `${name.toLowerCase().replaceAll(' ', '.')}.${Date.now()}@example.test`,
      password: 'a long enough password for a person',
      displayName: name,
    }),
  });
  return signedIn(answer, 'Signing up');
}

export async function send(
  url: string,
  session: Session,
  method: string,
  route: string,
  body?: unknown,
): Promise<Record<string, unknown> | null> {
  const answer = await fetch(`${url}${route}`, {
    method,
    headers:
      body === undefined
        ? session.headers
        : { ...session.headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!answer.ok) throw new Error(`${route} answered ${answer.status}: ${await answer.text()}`);
  return answer.status === 204 ? null : ((await answer.json()) as Record<string, unknown>);
}

/** Turns two-step sign-in on, as staff must before they see anyone (decision 0039). */
async function turnOnTotp(url: string, session: Session): Promise<string> {
  const started = await send(url, session, 'POST', '/api/account/second-factor/totp');
  const secret = String(started?.secret);
  await send(url, session, 'POST', '/api/account/second-factor/totp/confirm', {
    code: await freshTotpCode(secret),
  });
  return secret;
}

/** The operator's `waymark service create`, then its admin signed in through the set-up link. */
export async function createService(url: string, dataDir: string, name: string): Promise<Session> {
  const cli = path.resolve(import.meta.dirname, '../src/server/cli.ts');
  const adminEmail = `admin.${Date.now()}@example.test`;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [cli, 'service', 'create', '--name', name, '--admin-email', adminEmail],
    { env: { ...process.env, DATA_DIR: dataDir } },
  );
  return fromSetUp(url, stdout.match(/\/set-up\/(\S+)/)?.[1] ?? '');
}

/** A member of staff invited into a team, set up, with two-step sign-in on. */
export async function addStaff(
  url: string,
  admin: Session,
  staff: { name: string; email: string; teamId: unknown },
): Promise<{ login: StaffLogin; accountId: string }> {
  const invited = await send(url, admin, 'POST', '/api/service/staff', staff);
  const token = String(invited?.setUpLink).split('/set-up/')[1] ?? '';
  const session = await fromSetUp(url, token);
  const login = { email: staff.email, password: STAFF_PASSWORD };
  return {
    login: { ...login, totpSecret: await turnOnTotp(url, session) },
    accountId: session.accountId,
  };
}
