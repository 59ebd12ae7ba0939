// A team invites a person by email (issue 14 item 4, decision 0050), on both databases, with the
// email sent through a real SMTP listener started here. The link works once and for 14 days;
// the person sees who invites them and chooses sections as with a code, or says no; nothing is
// shared before they choose. The team lists and withdraws what waits; staff emails, strangers to
// the team and a flood of invitations are refused; closing the team, turning the sender off or
// taking them out of the team ends what they sent.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEAM_INVITATION_DAYS } from '../../../domain/limits.ts';
import { TEAM_INVITATIONS_PER_HOUR } from '../../../domain/services/team-invitation.schema.ts';
import { expectError } from '../../test/api.ts';
import {
  aServiceAdmin,
  type Client,
  signUp,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aSignUp } from '../../test/fixtures.ts';
import { type Received, startSmtpListener } from '../../test/smtp-listener.ts';
import { aPractitionerIn, aTeam } from '../../test/team-fixtures.ts';

describe.each(DIALECTS)('A team invites a person by email on %s', (dialect) => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpListener>>;
  let admin: Client;
  let team: { id: string; name: string };
  let priya: Client & { name: string };

  beforeAll(async () => {
    smtp = await startSmtpListener();
    t = await startTestApp(dialect, smtp.env);
    admin = await aServiceAdmin(t);
    team = await aTeam(admin, 'Riverside team');
    priya = await aPractitionerIn(t, admin, team.id, { name: 'Priya Shah' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const invite = (who: Client, email: string, message?: string, teamId = team.id) =>
    who.request({
      method: 'POST',
      url: `/api/teams/${teamId}/invitations`,
      payload: message === undefined ? { email } : { email, message },
    });
  const pending = async (who: Client = priya, teamId = team.id) => {
    const list = await who.request({ method: 'GET', url: `/api/teams/${teamId}/invitations` });
    expect(list.statusCode, list.body).toBe(200);
    return list.json().invitations as { id: string; email: string; invitedBy: string }[];
  };
  const mailTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));
  const unfolded = (message: Received) => message.raw.replace(/=\r?\n/g, '');
  /** Sends an invitation and reads its link's token from the email, as the person would. */
  async function invited(email: string, who: Client = priya, message?: string): Promise<string> {
    const before = mailTo(email).length;
    const sent = await invite(who, email, message);
    expect(sent.statusCode, sent.body).toBe(201);
    await expect.poll(() => mailTo(email).length, { timeout: 10_000 }).toBe(before + 1);
    const match = /\/team-invitation\/([A-Za-z0-9_-]{43})/.exec(
      unfolded(mailTo(email).at(-1) as Received),
    );
    if (!match?.[1]) throw new Error('no link in the email');
    return match[1];
  }
  const base = (person: Client) => `/api/people/${person.personId}/teams/invitation`;
  const preview = (person: Client, token: string) =>
    person.request({ method: 'POST', url: `${base(person)}/preview`, payload: { token } });
  const accept = (person: Client, token: string) =>
    person.request({
      method: 'POST',
      url: base(person),
      payload: { token, sections: { goals: 'view' }, endsAt: null, advanceChoice: false },
    });
  const myPeople = async () =>
    (await priya.request({ method: 'GET', url: '/api/teams/my-people' })).json().people as {
      personId: string;
      sections: Record<string, string>;
    }[];

  it('emails a one-time link; the person sees who invites them, chooses, and only then shares', async () => {
    const email = aSignUp().email;
    const token = await invited(email, priya, 'We met at the clinic on Tuesday.');
    const message = unfolded(mailTo(email).at(-1) as Received);
    expect(message).toContain('Riverside team');
    expect(message).toContain('Priya Shah');
    expect(message).toContain('We met at the clinic on Tuesday.');
    // The team sees it waiting, never the link.
    const waiting = await pending();
    expect(waiting).toEqual([expect.objectContaining({ email, invitedBy: 'Priya Shah' })]);
    expect(JSON.stringify(waiting)).not.toContain(token);
    const stored = await t.store.db.selectFrom('team_invitation').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(token);

    // They sign up with the email the link came to (any account of theirs would do).
    const sam = await signUp(t.app, { email });
    const seen = await preview(sam, token);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json()).toMatchObject({
      teamName: 'Riverside team',
      invitedBy: 'Priya Shah',
      message: 'We met at the clinic on Tuesday.',
    });
    // Seeing it shares nothing.
    expect((await myPeople()).some((p) => p.personId === sam.personId)).toBe(false);

    const joined = await accept(sam, token);
    expect(joined.statusCode, joined.body).toBe(201);
    expect(joined.json()).toMatchObject({ teamName: 'Riverside team' });
    const connected = (await myPeople()).find((p) => p.personId === sam.personId);
    expect(connected?.sections).toEqual({ goals: 'view' });
    const log = await sam.request({ method: 'GET', url: `/api/people/${sam.personId}/access-log` });
    expect(log.body).toContain('team_joined');

    // Used once: again, or by anyone else, it is the one refusal, and it waits no more.
    expectError(await accept(sam, token), 404, 'WM_TEAM_INVITATION_INVALID');
    expectError(await preview(await signUp(t.app), token), 404, 'WM_TEAM_INVITATION_INVALID');
    expect(await pending()).toEqual([]);
  });

  it('lets the person say no: the link stops working and nothing is shared', async () => {
    const email = aSignUp().email;
    const token = await invited(email);
    const jo = await signUp(t.app, { email });
    const no = await jo.request({
      method: 'POST',
      url: `${base(jo)}/decline`,
      payload: { token },
    });
    expect(no.statusCode, no.body).toBe(204);
    expectError(await accept(jo, token), 404, 'WM_TEAM_INVITATION_INVALID');
    expect((await myPeople()).some((p) => p.personId === jo.personId)).toBe(false);
    expect((await pending()).some((i) => i.email === email)).toBe(false);
  });

  it('lets the team withdraw one, and the admin send one; a link lasts 14 days', async () => {
    const email = aSignUp().email;
    const token = await invited(email);
    const [waiting] = (await pending()).filter((i) => i.email === email);
    const withdrawn = await priya.request({
      method: 'DELETE',
      url: `/api/teams/${team.id}/invitations/${waiting?.id}`,
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(204);
    const person = await signUp(t.app, { email });
    expectError(await preview(person, token), 404, 'WM_TEAM_INVITATION_INVALID');

    const fromAdmin = await invited(email, admin);
    expect((await preview(person, fromAdmin)).statusCode).toBe(200);
    t.clock.advanceMinutes(TEAM_INVITATION_DAYS * 24 * 60 + 1);
    try {
      // Signed in afresh: a session does not last 14 days unused either.
      const late = await signUp(t.app);
      expectError(await preview(late, fromAdmin), 404, 'WM_TEAM_INVITATION_INVALID');
      expectError(await accept(late, fromAdmin), 404, 'WM_TEAM_INVITATION_INVALID');
    } finally {
      t.clock.advanceMinutes(-(TEAM_INVITATION_DAYS * 24 * 60 + 1));
    }
  });

  it('refuses a staff email, a bad email, and staff outside the team, changing nothing', async () => {
    const before = await t.store.db.selectFrom('team_invitation').selectAll().execute();
    const other = await aPractitionerIn(t, admin, (await aTeam(admin)).id, { name: 'Other' });
    const staffEmail = (await admin.request({ method: 'GET', url: '/api/service/staff' })).json()
      .staff[0].email as string;
    expectError(await invite(priya, staffEmail), 409, 'WM_TEAM_INVITATION_STAFF_EMAIL', 'email');
    expectError(await invite(priya, 'not an email'), 400, 'WM_VALIDATION_FAILED', 'email');
    expectError(
      await invite(priya, aSignUp().email, 'x'.repeat(501)),
      400,
      'WM_VALIDATION_FAILED',
      'message',
    );
    // In another team, or a person: the team is not there. Staff with no second factor are
    // stopped before any of it.
    const outsider = await invite(other, aSignUp().email);
    expect(outsider.statusCode, outsider.body).toBe(404);
    const noFactor = await aPractitionerIn(t, admin, team.id, { secondFactor: false });
    expect((await invite(noFactor, aSignUp().email)).statusCode).toBe(403);
    expect((await invite(await signUp(t.app), aSignUp().email)).statusCode).toBe(404);
    expect(
      (await other.request({ method: 'GET', url: `/api/teams/${team.id}/invitations` })).statusCode,
    ).toBe(404);
    expect(await t.store.db.selectFrom('team_invitation').selectAll().execute()).toEqual(before);
  });

  it('sends at most the hourly number from one account', async () => {
    const busy = await aPractitionerIn(t, admin, team.id, { name: 'Busy' });
    for (let i = 0; i < TEAM_INVITATIONS_PER_HOUR; i++) {
      expect((await invite(busy, aSignUp().email)).statusCode).toBe(201);
    }
    const refused = await invite(busy, aSignUp().email);
    expectError(refused, 429, 'WM_TEAM_INVITATIONS_PER_HOUR');
    expect(refused.headers['retry-after']).toBeDefined();
  });

  it('ends what waits when the sender is taken out or turned off, or the team is closed', async () => {
    const sender = await aPractitionerIn(t, admin, team.id, { name: 'Sender' });
    const person = await signUp(t.app);
    const first = await invited(aSignUp().email, sender);
    const out = await admin.request({
      method: 'DELETE',
      url: `/api/service/teams/${team.id}/members/${sender.personId}`,
    });
    expect(out.statusCode, out.body).toBe(204);
    expectError(await preview(person, first), 404, 'WM_TEAM_INVITATION_INVALID');

    const again = await aPractitionerIn(t, admin, team.id, { name: 'Again' });
    const second = await invited(aSignUp().email, again);
    const off = await admin.request({
      method: 'POST',
      url: `/api/service/staff/${again.personId}/disable`,
    });
    expect(off.statusCode, off.body).toBe(200);
    expectError(await preview(person, second), 404, 'WM_TEAM_INVITATION_INVALID');

    const closing = await aTeam(admin, 'Closing team');
    const inClosing = await aPractitionerIn(t, admin, closing.id, { name: 'Closer' });
    const email = aSignUp().email;
    const sent = await invite(inClosing, email, undefined, closing.id);
    expect(sent.statusCode, sent.body).toBe(201);
    await expect.poll(() => mailTo(email).length, { timeout: 10_000 }).toBe(1);
    const token = /\/team-invitation\/([A-Za-z0-9_-]{43})/.exec(
      unfolded(mailTo(email).at(-1) as Received),
    )?.[1] as string;
    const archived = await admin.request({
      method: 'POST',
      url: `/api/service/teams/${closing.id}/archive`,
    });
    expect(archived.statusCode, archived.body).toBe(204);
    expectError(await preview(person, token), 404, 'WM_TEAM_INVITATION_INVALID');
    const ended = await t.store.db
      .selectFrom('team_invitation')
      .select('outcome')
      .where('team_id', '=', closing.id)
      .execute();
    expect(ended.map((row) => row.outcome)).toEqual(['ended']);
  });
});
