// Team leads (issue 16, decision 0053) on both databases: the service admin marks and unmarks a
// practitioner as the lead of one of their teams; the staff list and the practitioner's own
// teams say so; nobody else can, and a team, person or membership outside the admin's service
// is the 404 of a page that is not there, changing nothing. Memberships from before migration
// 0031 are not leads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../store/db.ts';
import { expectError } from '../../test/api.ts';
import {
  aServiceAdmin,
  type Client,
  signUp,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS, duringSchemaChanges } from '../../test/dialects.ts';
import { migrateTo, openEmptyStore } from '../../test/migration-store.ts';
import { aPractitionerIn, aTeam } from '../../test/team-fixtures.ts';

type StaffJson = { accountId: string; teams: { id: string; name: string; lead: boolean }[] };

describe.each(DIALECTS)('Team leads on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(() => t.close());

  const setLead = (admin: Client, teamId: string, accountId: string, payload: object) =>
    admin.request({
      method: 'PUT',
      url: `/api/service/teams/${teamId}/members/${accountId}/lead`,
      payload,
    });
  const staffOf = async (admin: Client, accountId: string) => {
    const response = await admin.request({ method: 'GET', url: '/api/service/staff' });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json().staff as StaffJson[]).find((s) => s.accountId === accountId);
  };
  const myTeams = async (practitioner: Client) => {
    const response = await practitioner.request({ method: 'GET', url: '/api/teams' });
    expect(response.statusCode, response.body).toBe(200);
    return response.json().teams as { id: string; lead: boolean; serviceId: string }[];
  };
  const leads = async () =>
    (await t.store.db.selectFrom('team_member').select(['team_id', 'account_id', 'lead']).execute())
      .filter((row) => Number(row.lead) === 1)
      .map((row) => `${row.team_id}/${row.account_id}`)
      .sort();

  it('marks a practitioner as the lead of one team and unmarks them, leaving their other team alone', async () => {
    const admin = await aServiceAdmin(t);
    const crisis = await aTeam(admin, 'Crisis team');
    const recovery = await aTeam(admin, 'Recovery team');
    const priya = await aPractitionerIn(t, admin, crisis.id);
    const invited = await admin.request({
      method: 'POST',
      url: '/api/service/staff',
      payload: {
        name: 'Priya Shah',
        email: (await staffEmail(admin, priya.personId)) ?? '',
        teamId: recovery.id,
      },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    expect((await staffOf(admin, priya.personId))?.teams.map((team) => team.lead)).toEqual([
      false,
      false,
    ]);

    const marked = await setLead(admin, crisis.id, priya.personId, { lead: true });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json().teams).toEqual([
      { id: crisis.id, name: 'Crisis team', lead: true },
      { id: recovery.id, name: 'Recovery team', lead: false },
    ]);
    expect(await myTeams(priya)).toEqual([
      expect.objectContaining({ id: crisis.id, lead: true, serviceId: admin.serviceId }),
      expect.objectContaining({ id: recovery.id, lead: false, serviceId: admin.serviceId }),
    ]);
    // Marking twice is the same as once.
    expect((await setLead(admin, crisis.id, priya.personId, { lead: true })).statusCode).toBe(200);

    const unmarked = await setLead(admin, crisis.id, priya.personId, { lead: false });
    expect(unmarked.statusCode, unmarked.body).toBe(200);
    expect((await staffOf(admin, priya.personId))?.teams.every((team) => !team.lead)).toBe(true);
    expect((await myTeams(priya)).every((team) => !team.lead)).toBe(true);
  });

  it('refuses a bad body, another service, someone not in the team, the admin and anyone but the admin, changing nothing', async () => {
    const admin = await aServiceAdmin(t);
    const team = await aTeam(admin);
    const otherTeam = await aTeam(admin);
    const priya = await aPractitionerIn(t, admin, team.id);
    const other = await aServiceAdmin(t);
    const theirTeam = await aTeam(other);
    const theirs = await aPractitionerIn(t, other, theirTeam.id);
    const person = await signUp(t.app);
    const before = await leads();

    for (const payload of [{}, { lead: 'yes' }, { lead: 1 }, { lead: true, extra: 1 }])
      expectError(
        await setLead(admin, team.id, priya.personId, payload),
        400,
        'WM_VALIDATION_FAILED',
      );
    const refusals = [
      // Another service's team, and another service's practitioner in it.
      await setLead(admin, theirTeam.id, theirs.personId, { lead: true }),
      // Another admin reaching into this service.
      await setLead(other, team.id, priya.personId, { lead: true }),
      // Not in that team; no such team; no such account; the admin themselves.
      await setLead(admin, otherTeam.id, priya.personId, { lead: true }),
      await setLead(admin, 'no-such-team', priya.personId, { lead: true }),
      await setLead(admin, team.id, 'no-such-account', { lead: true }),
      await setLead(admin, team.id, admin.personId, { lead: true }),
      // A practitioner, and a person, are not the service's admin.
      await setLead(priya, team.id, priya.personId, { lead: true }),
      await setLead(person, team.id, priya.personId, { lead: true }),
    ];
    for (const refusal of refusals) expectError(refusal, 404, 'WM_NOT_FOUND');
    const signedOut = await t.app.inject({
      method: 'PUT',
      url: `/api/service/teams/${team.id}/members/${priya.personId}/lead`,
      payload: { lead: true },
    });
    expect(signedOut.statusCode).toBe(401);
    expect(await leads()).toEqual(before);
  });

  it('does not mark someone taken out of the team, and leading ends with their place in it', async () => {
    const admin = await aServiceAdmin(t);
    const team = await aTeam(admin);
    const priya = await aPractitionerIn(t, admin, team.id);
    expect((await setLead(admin, team.id, priya.personId, { lead: true })).statusCode).toBe(200);
    const removed = await admin.request({
      method: 'DELETE',
      url: `/api/service/teams/${team.id}/members/${priya.personId}`,
    });
    expect(removed.statusCode, removed.body).toBe(204);
    expect(await myTeams(priya)).toEqual([]);
    expectError(
      await setLead(admin, team.id, priya.personId, { lead: false }),
      404,
      'WM_NOT_FOUND',
    );
  });
});

/** The email the admin's staff list shows for an account, to invite them to a second team. */
async function staffEmail(admin: Client, accountId: string): Promise<string | undefined> {
  const response = await admin.request({ method: 'GET', url: '/api/service/staff' });
  return (response.json().staff as { accountId: string; email: string }[]).find(
    (s) => s.accountId === accountId,
  )?.email;
}

describe.each(DIALECTS)('Migration 0031 on %s', (dialect) => {
  let store: Awaited<ReturnType<typeof openEmptyStore>>;
  beforeAll(async () => {
    store = await openEmptyStore(dialect);
    await duringSchemaChanges('migrate', () => migrateTo(store.db, '2026-11-30-0030-outcomes'));
  });
  afterAll(() => store.close());

  it('keeps every membership, none of them a lead', async () => {
    const db = store.db;
    const at = '2026-11-01T09:00:00.000Z';
    await db
      .insertInto('account')
      .values({
        id: 'admin',
        email: 'admin@example.test',
        password_hash: 'not used here',
        display_name: 'Admin',
        role: 'practitioner',
        created_at: at,
        welcomed_at: null,
        language: null,
        closed_at: null,
      })
      .execute();
    await db
      .insertInto('service')
      .values({ id: 'svc', name: 'Riverside', created_at: at, disabled_at: null })
      .execute();
    await db
      .insertInto('team')
      .values({
        id: 'team',
        service_id: 'svc',
        name: 'Crisis team',
        created_at: at,
        archived_at: null,
        code_hash: null,
        code_nonce: null,
        code_key_id: null,
      })
      .execute();
    await db
      .insertInto('team_member')
      .values({ team_id: 'team', account_id: 'admin', added_at: at, removed_at: null })
      .execute();
    await duringSchemaChanges('migrate', () => migrate(db));
    const rows = await db.selectFrom('team_member').selectAll().execute();
    expect(rows.map((row) => ({ ...row, lead: Number(row.lead) }))).toEqual([
      { team_id: 'team', account_id: 'admin', added_at: at, removed_at: null, lead: 0 },
    ]);
  });
});
