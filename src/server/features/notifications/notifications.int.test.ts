// Notifications end to end on both databases: accepting an invitation puts "Jo accepted your
// invitation" in the person's list and nobody else's; the count, marking read and each
// account's choices work through the routes; and email goes through a real SMTP listener
// started here, after the commit, holding who and a link and no record content. A refused
// send is tried again later and never lost.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_CRISIS_PLAN } from '../../../domain/record/plans.schema.ts';
import { create, paths, saveFirstCrisisPlan } from '../../test/api.ts';
import { type Client, signIn, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aGoal, aSignUp } from '../../test/fixtures.ts';
import { type Received, startSmtpListener } from '../../test/smtp-listener.ts';
import { MAX_EMAIL_ATTEMPTS } from './notifications.service.ts';

const PLAN_WORDS = 'A walk with my brother along the canal';
const GOAL_TITLE = 'Swim at the lido every Saturday';
const INVITE = { role: 'friend', knownAs: 'Jo', sections: { crisis_plan: 'view', goals: 'view' } };

describe.each(DIALECTS)('Notifications on %s', (dialect) => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpListener>>;
  let sam: Client;
  const samSignUp = aSignUp({ displayName: 'Sam' });

  const invitedAndAccepted = async (knownAs = 'Jo') => {
    const created = await sam.request({
      method: 'POST',
      url: `/api/people/${sam.personId}/invitations`,
      payload: { ...INVITE, knownAs },
    });
    expect(created.statusCode, created.body).toBe(201);
    const other = await signUp(t.app);
    const accepted = await other.request({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token: created.json().token },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    return other;
  };
  const listOf = async (client: Client) => {
    const response = await client.request({ method: 'GET', url: '/api/notifications' });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { items: Record<string, unknown>[]; unread: number };
  };
  const unreadOf = async (client: Client) =>
    (await client.request({ method: 'GET', url: '/api/notifications/unread' })).json().unread;
  const saveChoices = (client: Client, body: object) =>
    client.request({ method: 'PUT', url: '/api/notifications/settings', payload: body });
  const everyKind = (choice: { inApp: boolean; email: boolean }) => ({
    suggestion_made: choice,
    suggestion_decided: choice,
    invitation_accepted: choice,
    early_warning: choice,
  });
  const outbox = () => t.store.db.selectFrom('email_outbox').selectAll().execute();

  beforeAll(async () => {
    smtp = await startSmtpListener();
    t = await startTestApp(dialect, {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_TLS: 'none',
      SMTP_FROM: 'waymark@example.org',
    });
    sam = await signUp(t.app, samSignUp);
    await saveFirstCrisisPlan(sam, { ...EMPTY_CRISIS_PLAN, whatHelps: PLAN_WORDS });
    await create(sam, paths(sam.personId).goals, aGoal({ title: GOAL_TITLE }));
  });
  afterEach(async () => {
    smtp.state.refuse = false;
    await t.services.notifications.sendPending();
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('tells the person who accepted their invitation, in their list only, and counts it until read', async () => {
    const before = await unreadOf(sam);
    const jo = await invitedAndAccepted('Jo');
    const list = await listOf(sam);
    expect(list.unread).toBe(before + 1);
    expect(list.items[0]).toMatchObject({
      kind: 'invitation_accepted',
      actorName: 'Jo',
      aboutPersonId: sam.personId,
      link: '/sharing',
      readAt: null,
    });
    expect((await listOf(jo)).items).toEqual([]);
    expect(await unreadOf(jo)).toBe(0);

    // Nobody else can mark it; the owner can.
    const id = list.items[0]?.id as string;
    const byJo = await jo.request({ method: 'POST', url: `/api/notifications/${id}/read` });
    expect(byJo.statusCode).toBe(404);
    expect(await unreadOf(sam)).toBe(before + 1);
    const read = await sam.request({ method: 'POST', url: `/api/notifications/${id}/read` });
    expect(read.statusCode).toBe(204);
    expect(await unreadOf(sam)).toBe(before);
    expect((await listOf(sam)).items[0]?.readAt).not.toBeNull();
    await sam.request({ method: 'POST', url: '/api/notifications/read-all' });
    expect(await unreadOf(sam)).toBe(0);
  });

  it('asks who is signed in: signed out is 401', async () => {
    for (const url of ['/api/notifications', '/api/notifications/unread']) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    }
  });

  it('keeps each account’s choices: none in the app means none in the list', async () => {
    const defaults = await sam.request({ method: 'GET', url: '/api/notifications/settings' });
    expect(defaults.json().invitation_accepted).toEqual({ inApp: true, email: false });
    const saved = await saveChoices(sam, everyKind({ inApp: false, email: false }));
    expect(saved.statusCode, saved.body).toBe(200);
    const before = (await listOf(sam)).items.length;
    await invitedAndAccepted('Priya');
    expect((await listOf(sam)).items.length).toBe(before);
    expect(await outbox()).toEqual([]);
  });

  it('refuses a bad choice with a clear 400 and changes nothing', async () => {
    await saveChoices(sam, everyKind({ inApp: true, email: false }));
    const bad = await saveChoices(sam, {
      ...everyKind({ inApp: true, email: true }),
      early_warning: { inApp: 'yes', email: true },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('WM_VALIDATION_FAILED');
    const now = await sam.request({ method: 'GET', url: '/api/notifications/settings' });
    expect(now.json()).toEqual(everyKind({ inApp: true, email: false }));
  });

  it('emails through SMTP after the commit: who and a link, no record content', async () => {
    await saveChoices(sam, everyKind({ inApp: true, email: true }));
    const sent = smtp.received.length;
    await invitedAndAccepted('Alex');
    await expect.poll(() => smtp.received.length, { timeout: 10_000 }).toBe(sent + 1);
    const message = smtp.received.at(-1) as Received;
    expect(message.to).toEqual([samSignUp.email.toLowerCase()]);
    expect(message.from).toBe('waymark@example.org');
    expect(message.raw).toContain('Alex accepted your invitation');
    expect(message.raw).toContain('http://localhost:3000/sharing');
    for (const content of [PLAN_WORDS, GOAL_TITLE, 'canal', 'lido', 'crisis'])
      expect(message.raw.toLowerCase()).not.toContain(content.toLowerCase());
    const rows = await outbox();
    expect(rows.at(-1)).toMatchObject({ attempts: 1, failed_at: null });
    expect(rows.at(-1)?.sent_at).not.toBeNull();
  });

  it('emails each person in their own language, whatever the language of the request that caused it', async () => {
    await saveChoices(sam, everyKind({ inApp: true, email: true }));
    const chooseLanguage = (language: string) =>
      sam.request({ method: 'PUT', url: '/api/account/language', payload: { language } });
    expect((await chooseLanguage('cy')).statusCode).toBe(200);
    try {
      // The invitee's requests ask for English: the email to Sam is still in Welsh.
      await invitedAndAccepted('Alun');
      const email = (await outbox()).at(-1);
      expect(email?.subject).toBe('Waymark: Mae Alun wedi derbyn eich gwahoddiad');
      expect(email?.body).toContain('Mae Alun wedi derbyn eich gwahoddiad');
      expect(email?.body).not.toContain('accepted your invitation');
    } finally {
      expect((await chooseLanguage('en-GB')).statusCode).toBe(200);
    }
  });

  it('tries a refused email again later, and records it as given up after the last try', async () => {
    await saveChoices(sam, everyKind({ inApp: true, email: true }));
    smtp.state.refuse = true;
    const sent = smtp.received.length;
    await invitedAndAccepted('Kit');
    await t.services.notifications.sendPending();
    const [waiting] = (await outbox()).filter((row) => row.sent_at === null);
    expect(waiting).toMatchObject({ attempts: 1, failed_at: null });
    expect(waiting?.last_error).toContain('Mailbox busy');
    // Not due yet: nothing is tried before its time.
    await t.services.notifications.sendPending();
    expect((await outbox()).find((row) => row.id === waiting?.id)?.attempts).toBe(1);
    // The server takes mail again; the next try after the wait sends it.
    smtp.state.refuse = false;
    t.clock.advanceMinutes(2);
    await t.services.notifications.sendPending();
    expect(smtp.received.length).toBe(sent + 1);
    expect((await outbox()).find((row) => row.id === waiting?.id)?.sent_at).not.toBeNull();

    smtp.state.refuse = true;
    sam = await signIn(t.app, samSignUp.email, samSignUp.password); // the session timed out
    await invitedAndAccepted('Lee');
    for (let i = 0; i < MAX_EMAIL_ATTEMPTS + 1; i += 1) {
      await t.services.notifications.sendPending();
      t.clock.advanceMinutes(180);
    }
    const givenUp = (await outbox()).filter((row) => row.sent_at === null);
    expect(givenUp).toHaveLength(1);
    expect(givenUp[0]).toMatchObject({ attempts: MAX_EMAIL_ATTEMPTS });
    expect(givenUp[0]?.failed_at).not.toBeNull();
    // The in-app notification is there whatever became of the email.
    sam = await signIn(t.app, samSignUp.email, samSignUp.password);
    expect((await listOf(sam)).items[0]).toMatchObject({ actorName: 'Lee' });
  });
});
