// Invitations end to end through the real routes on both databases: the owner invites, another
// account accepts by link or by code and then reads only what was offered. Tokens and codes are
// stored only hashed and work once; every dead token looks the same; bad input stores nothing.
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_CRISIS_PLAN } from '../../../domain/record/plans.schema.ts';
import { create, paths, saveFirstCrisisPlan } from '../../test/api.ts';
import {
  anotherApp,
  type Client,
  sameClientOn,
  signIn,
  signUp,
  signUpAs,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aGoal, aSignUp } from '../../test/fixtures.ts';
import { CODE_ATTEMPTS_PER_HOUR } from './invitations.service.ts';

const comparable = (r: LightMyRequestResponse) => ({
  status: r.statusCode,
  body: r.body,
  type: r.headers['content-type'],
});
const INVITE = { role: 'friend', knownAs: 'Jo', sections: { crisis_plan: 'view', goals: 'view' } };

describe.each(DIALECTS)('Invitations on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  const ownerSignUp = aSignUp({ displayName: 'Sam' });
  /** Moves the clock on; sessions time out meanwhile, so the owner signs in again. */
  const later = async (minutes: number) => {
    t.clock.advanceMinutes(minutes);
    owner = await signIn(t.app, ownerSignUp.email, ownerSignUp.password);
  };
  const base = () => `/api/people/${owner.personId}`;
  const invite = (body: object = INVITE, by: Client = owner, personId = owner.personId) =>
    by.request({ method: 'POST', url: `/api/people/${personId}/invitations`, payload: body });
  const accept = (by: Client, payload: object) =>
    by.request({ method: 'POST', url: '/api/invitations/accept', payload });
  const storedInvitations = () =>
    t.store.db
      .selectFrom('invitation')
      .selectAll()
      .where('person_id', '=', owner.personId)
      .execute();
  const logEntries = () => t.services.accessLog.list(owner.personId);

  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = await signUp(t.app, ownerSignUp);
    await saveFirstCrisisPlan(owner, { ...EMPTY_CRISIS_PLAN, whatHelps: 'A walk with my brother' });
    await create(owner, paths(owner.personId).goals, aGoal());
  });
  afterAll(() => t.close());

  it('invites by link: the invitee sees who invites them, accepts, and reads only the sections offered', async () => {
    const created = await invite();
    expect(created.statusCode, created.body).toBe(201);
    expect(created.headers['cache-control']).toBe('no-store');
    const invitation = created.json();
    // At least 128 random bits, base64url; a code of 10 unambiguous characters in groups.
    expect(Buffer.from(invitation.token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(invitation.token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(invitation.code).toMatch(
      /^[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]$/,
    );
    expect(invitation.sections).toEqual({ crisis_plan: 'view', goals: 'view' });
    expect(invitation.expiresAt).toBe('2026-12-02T10:00:00.000Z'); // 7 days by default

    const jo = await signUp(t.app);
    const preview = await jo.request({
      method: 'GET',
      url: `/api/invitations/${invitation.token}`,
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ personName: 'Sam', knownAs: 'Jo', role: 'friend' });
    expect(preview.json()).not.toHaveProperty('token');

    const accepted = await accept(jo, { token: invitation.token });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().personId).toBe(owner.personId);

    expect((await jo.request({ method: 'GET', url: `${base()}/crisis-plan` })).statusCode).toBe(
      200,
    );
    expect((await jo.request({ method: 'GET', url: `${base()}/goals` })).statusCode).toBe(200);
    for (const other of [
      'about-me',
      'staying-well-plan',
      'support-network',
      'journal',
      'checkins',
    ]) {
      expect(
        (await jo.request({ method: 'GET', url: `${base()}/${other}` })).statusCode,
        other,
      ).toBe(404);
    }
    const accepts = (await logEntries()).filter((e) => e.what === 'invitation_accepted');
    expect(accepts).toMatchObject([
      { actorId: jo.personId, actorName: 'Jo', actorRole: 'friend', section: null },
    ]);
    // Used once: the same link is now the same 404 as a token that never existed.
    const again = await accept(jo, { token: invitation.token });
    const unknown = await accept(jo, { token: 'x'.repeat(43) });
    expect(again.statusCode).toBe(404);
    expect(comparable(again)).toEqual(comparable(unknown));
  });

  it('invites by code read out over the phone, typed in any case and spacing', async () => {
    const { code } = (
      await invite({ role: 'carer', knownAs: 'Dad', sections: { staying_well: 'view' } })
    ).json();
    const dad = await signUp(t.app);
    const typed = code.toLowerCase().replaceAll('-', ' ');
    const preview = await dad.request({
      method: 'POST',
      url: '/api/invitations/preview',
      payload: { code: typed },
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ personName: 'Sam', knownAs: 'Dad', role: 'carer' });
    expect(preview.json().sections).toEqual({ staying_well: 'view' });
    const accepted = await accept(dad, { code: typed });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(
      (await dad.request({ method: 'GET', url: `${base()}/staying-well-plan` })).statusCode,
    ).toBe(200);
    expect((await dad.request({ method: 'GET', url: `${base()}/crisis-plan` })).statusCode).toBe(
      404,
    );
    expect((await accept(dad, { code })).statusCode).toBe(404);
  });

  it('stores the token and the code only as SHA-256 hashes, and never shows them again', async () => {
    const { token, code, id } = (await invite()).json();
    const row = (await storedInvitations()).find((r) => r.id === id);
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(token);
    expect(stored).not.toContain(code.replaceAll('-', ''));
    expect(row?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.code_hash).toMatch(/^[0-9a-f]{64}$/);
    const listed = await owner.request({ method: 'GET', url: `${base()}/invitations` });
    expect(listed.statusCode).toBe(200);
    expect(listed.body).not.toContain(token);
    expect(listed.json().items.map((i: { id: string }) => i.id)).toContain(id);
    expect(listed.json().items[0]).not.toHaveProperty('code');
  });

  it('answers unknown, used, withdrawn and expired tokens and codes with byte-identical 404s', async () => {
    const used = (await invite()).json();
    expect((await accept(await signUp(t.app), { token: used.token })).statusCode).toBe(200);
    const withdrawn = (await invite()).json();
    const gone = await owner.request({
      method: 'DELETE',
      url: `${base()}/invitations/${withdrawn.id}`,
    });
    expect(gone.statusCode).toBe(204);
    const expiring = (await invite({ ...INVITE, expiresInDays: 1 })).json();
    await later(24 * 60);
    const reader = await signUp(t.app);
    const answers = [];
    const previewCode = (code: string) =>
      reader.request({ method: 'POST', url: '/api/invitations/preview', payload: { code } });
    for (const dead of [used, withdrawn, expiring]) {
      answers.push(comparable(await previewCode(dead.code)));
      answers.push(comparable(await accept(reader, { token: dead.token })));
      answers.push(comparable(await accept(reader, { code: dead.code })));
      answers.push(
        comparable(await reader.request({ method: 'GET', url: `/api/invitations/${dead.token}` })),
      );
    }
    const unknownAccept = comparable(await accept(reader, { token: 'nope' }));
    const unknownPreview = comparable(
      await reader.request({ method: 'GET', url: '/api/invitations/nope' }),
    );
    expect(unknownAccept.status).toBe(404);
    expect(unknownPreview).toEqual(unknownAccept);
    expect(comparable(await previewCode('AAA-AAA-AAA-A'))).toEqual(unknownAccept);
    for (const answer of answers) expect(answer).toEqual(unknownAccept);
    // Withdrawn and expired ones are no longer pending.
    const pending = (await owner.request({ method: 'GET', url: `${base()}/invitations` })).json()
      .items;
    const ids = pending.map((i: { id: string }) => i.id);
    expect(ids).not.toContain(withdrawn.id);
    expect(ids).not.toContain(expiring.id);
    expect(ids).not.toContain(used.id);
    expect(
      (await owner.request({ method: 'DELETE', url: `${base()}/invitations/${withdrawn.id}` }))
        .statusCode,
    ).toBe(404);
  });

  it('lets only one of two accounts accepting the same link at once in', async () => {
    const { token } = (await invite()).json();
    const [a, b] = [await signUp(t.app), await signUp(t.app)];
    const answers = await Promise.all([accept(a, { token }), accept(b, { token })]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 404]);
    const relationships = await t.store.db
      .selectFrom('relationship')
      .select('account_id')
      .where('person_id', '=', owner.personId)
      .where('account_id', 'in', [a.personId, b.personId])
      .execute();
    expect(relationships).toHaveLength(1);
  });

  it('changes nothing when the accept cannot be logged, and the same link works once it can', async () => {
    const { id, token } = (await invite()).json();
    const jo = await signUp(t.app);
    const unlogged = await anotherApp(t, {
      accessLog: {
        append: async () => {
          throw new Error('the access log refused the entry');
        },
      },
    });
    try {
      const failed = await sameClientOn(unlogged, jo).request({
        method: 'POST',
        url: '/api/invitations/accept',
        payload: { token },
      });
      expect(failed.statusCode).toBe(500);
    } finally {
      await unlogged.close();
    }
    const pending = await owner.request({ method: 'GET', url: `${base()}/invitations` });
    expect(pending.json().items.map((i: { id: string }) => i.id)).toContain(id);
    const relationshipsOfJo = () =>
      t.store.db
        .selectFrom('relationship')
        .select('id')
        .where('person_id', '=', owner.personId)
        .where('account_id', '=', jo.personId)
        .execute();
    expect(await relationshipsOfJo()).toEqual([]);
    expect((await jo.request({ method: 'GET', url: `${base()}/crisis-plan` })).statusCode).toBe(
      404,
    );

    const accepted = await accept(jo, { token });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(await relationshipsOfJo()).toHaveLength(1);
    expect(
      (await logEntries()).filter(
        (e) => e.what === 'invitation_accepted' && e.actorId === jo.personId,
      ),
    ).toHaveLength(1);
  });

  it('refuses the owner accepting their own invitation, and an account already sharing (409)', async () => {
    const own = (await invite()).json();
    const refused = await accept(owner, { token: own.token });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('WM_INVITATION_OWN');
    const kim = await signUp(t.app);
    expect((await accept(kim, { token: own.token })).statusCode).toBe(200);
    const second = (await invite()).json();
    const twice = await accept(kim, { token: second.token });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('WM_INVITATION_ALREADY_SHARING');
    // The second invitation is still there for someone else.
    expect((await accept(await signUp(t.app), { token: second.token })).statusCode).toBe(200);
  });

  it.each([
    ['a section that does not exist', { ...INVITE, sections: { diary: 'view' } }, 'sections.diary'],
    ['the journal as a section', { ...INVITE, sections: { journal: 'view' } }, 'sections.journal'],
    ['a level that does not exist', { ...INVITE, sections: { goals: 'edit' } }, 'sections.goals'],
    ['an end date in the past', { ...INVITE, endsAt: '2026-11-24' }, 'endsAt'],
    ['an over-long name', { ...INVITE, knownAs: 'J'.repeat(101) }, 'knownAs'],
    ['an empty name', { ...INVITE, knownAs: '   ' }, 'knownAs'],
    ['an unknown role', { ...INVITE, role: 'boss' }, 'role'],
    ['an expiry over 30 days', { ...INVITE, expiresInDays: 31 }, 'expiresInDays'],
  ])('refuses %s with a 400, storing and logging nothing', async (_what, body, field) => {
    const before = await storedInvitations();
    const logged = await logEntries();
    const response = await invite(body);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.code).toBe('WM_VALIDATION_FAILED');
    expect(response.json().error.fields.map((f: { field: string }) => f.field)).toContain(field);
    expect(await storedInvitations()).toEqual(before);
    expect(await logEntries()).toEqual(logged);
  });

  it('invites with suggest on a section, and the person who accepts may suggest there', async () => {
    const created = await invite({ ...INVITE, sections: { goals: 'suggest', about_me: 'view' } });
    expect(created.statusCode, created.body).toBe(201);
    const kim = await signUp(t.app);
    expect((await accept(kim, { token: created.json().token })).statusCode).toBe(200);
    const shared = await kim.request({ method: 'GET', url: '/api/shared-with-me' });
    expect(shared.json()[0].sections).toEqual({ goals: 'suggest', about_me: 'view' });
  });

  it('lets an end date of today through, and access ends after that day', async () => {
    const created = await invite({
      ...INVITE,
      sections: { goals: 'view' },
      endsAt: t.clock.now.toISOString().slice(0, 10),
    });
    expect(created.statusCode, created.body).toBe(201);
    const leeSignUp = aSignUp();
    const lee = await signUp(t.app, leeSignUp);
    expect((await accept(lee, { token: created.json().token })).statusCode).toBe(200);
    expect((await lee.request({ method: 'GET', url: `${base()}/goals` })).statusCode).toBe(200);
    await later(24 * 60);
    const leeAgain = await signIn(t.app, leeSignUp.email, leeSignUp.password);
    expect((await leeAgain.request({ method: 'GET', url: `${base()}/goals` })).statusCode).toBe(
      404,
    );
  });

  it('does not let a supporter or a stranger invite, list or withdraw on someone else’s record (404)', async () => {
    const pending = (await invite()).json();
    const supporter = await signUp(t.app);
    expect((await accept(supporter, { token: pending.token })).statusCode).toBe(200);
    const mine = (await invite()).json();
    const practitioner = await signUpAs(t, 'practitioner');
    const before = await storedInvitations();
    for (const other of [supporter, practitioner]) {
      expect((await invite(INVITE, other)).statusCode).toBe(404);
      expect(
        (await other.request({ method: 'GET', url: `${base()}/invitations` })).statusCode,
      ).toBe(404);
      const withdraw = await other.request({
        method: 'DELETE',
        url: `${base()}/invitations/${mine.id}`,
      });
      expect(withdraw.statusCode).toBe(404);
    }
    expect(await storedInvitations()).toEqual(before);
  });

  it('counts code attempts per account and refuses more than the limit an hour', async () => {
    const guesserSignUp = aSignUp();
    const guesser = await signUp(t.app, guesserSignUp);
    // Looking a code up counts as an attempt, as accepting with one does.
    for (let i = 0; i < CODE_ATTEMPTS_PER_HOUR / 2; i++) {
      expect((await accept(guesser, { code: 'AAA-AAA-AAA-A' })).statusCode).toBe(404);
      const lookUp = { method: 'POST' as const, url: '/api/invitations/preview' };
      expect(
        (await guesser.request({ ...lookUp, payload: { code: 'AAA-AAA-AAA-B' } })).statusCode,
      ).toBe(404);
    }
    const { code } = (await invite()).json();
    const limited = await accept(guesser, { code });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('WM_INVITATION_CODE_ATTEMPTS');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another account is not held up, and the right code still works for it.
    expect((await accept(await signUp(t.app), { code })).statusCode).toBe(200);
    await later(61);
    const { code: next } = (await invite()).json();
    const back = await signIn(t.app, guesserSignUp.email, guesserSignUp.password);
    expect((await accept(back, { code: next })).statusCode).toBe(200);
  });

  it('asks a signed-out visitor to sign in before looking at or accepting an invitation', async () => {
    const { token } = (await invite()).json();
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/invitations/${token}` })).statusCode,
    ).toBe(401);
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token },
    });
    expect(accepted.statusCode).toBe(401);
  });
});
