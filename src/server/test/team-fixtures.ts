// Teams for tests (decision 0040): a team made by a service admin, with its code; a practitioner
// invited to it who has set up their account and turned two-step sign-in on; and a person
// connected to a team with its code, all through the routes a real client uses.
import type { LightMyRequestResponse } from 'fastify';
import type { SharedSections } from '../../domain/sharing/grants.schema.ts';
import { type Client, clientFor, type TestApp, turnOnSecondFactor } from './app-harness.ts';
import { aSignUp } from './fixtures.ts';

const expectStatus = (response: LightMyRequestResponse, status: number, what: string) => {
  if (response.statusCode !== status)
    throw new Error(`${what}: ${response.statusCode} ${response.body}`);
};

/** A new team of the admin's service, and the code people join it with. */
export async function aTeam(
  admin: Client,
  name = `Team ${crypto.randomUUID().slice(0, 8)}`,
): Promise<{ id: string; name: string; code: string }> {
  const made = await admin.request({
    method: 'POST',
    url: '/api/service/teams',
    payload: { name },
  });
  expectStatus(made, 201, 'team');
  const id = made.json().id as string;
  const code = await admin.request({ method: 'GET', url: `/api/service/teams/${id}/code` });
  expectStatus(code, 200, 'team code');
  return { id, name, code: code.json().code as string };
}

/**
 * A practitioner in the admin's team: invited, set up through the link, signed in by it, with
 * two-step sign-in on unless `secondFactor` is false.
 */
export async function aPractitionerIn(
  t: TestApp,
  admin: Client,
  teamId: string,
  options: { name?: string; secondFactor?: boolean } = {},
): Promise<Client & { name: string }> {
  const name = options.name ?? 'Priya Shah';
  const invited = await admin.request({
    method: 'POST',
    url: '/api/service/staff',
    payload: { name, email: aSignUp().email, teamId },
  });
  expectStatus(invited, 201, 'invite');
  const token = (invited.json().setUpLink as string).split('/set-up/')[1] ?? '';
  const setUp = await t.app.inject({
    method: 'POST',
    url: '/api/set-up',
    payload: { token, password: 'a long enough password' },
  });
  expectStatus(setUp, 200, 'set-up');
  const setCookie = setUp.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)?.split(';')[0] ?? '';
  const json = setUp.json() as { account: { id: string }; csrfToken: string };
  const client = clientFor(t.app, json.account.id, cookie, json.csrfToken);
  if (options.secondFactor ?? true) await turnOnSecondFactor(t, client);
  return { ...client, name };
}

/** Connects the person to the team with this code, sharing these sections. */
export async function connectToTeam(
  person: Client,
  code: string,
  sections: SharedSections,
  options: { endsAt?: string | null; advanceChoice?: boolean } = {},
): Promise<string> {
  const connected = await person.request({
    method: 'POST',
    url: `/api/people/${person.personId}/teams`,
    payload: {
      code,
      sections,
      endsAt: options.endsAt ?? null,
      advanceChoice: options.advanceChoice ?? false,
    },
  });
  expectStatus(connected, 201, 'connect');
  return connected.json().relationshipId as string;
}
