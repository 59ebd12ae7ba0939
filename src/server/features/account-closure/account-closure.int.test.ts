// Closing an account, on both databases. Sam fills every section of the record (one item in
// every collection, every plan saved, a journal entry, a measure, a file, a shared relationship,
// an invitation, a suggestion waiting), and is also a supporter of Pat: Sam read Pat's goals,
// commented on one, and made two suggestions, one of which Pat took. After Sam closes the
// account, EVERY table of the database is read, whatever tables exist then: no row may hold
// Sam's id, email or name except those the decision record says stay (in Pat's record: the
// ended relationship, Pat's access log, the suggestion Pat accepted and the version it wrote;
// the account's bare row), and none of them holds Sam's words.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../store/db.ts';
import { expectError } from '../../test/api.ts';
import {
  aServiceAdmin,
  type Client,
  signIn,
  signUp,
  signUpAs,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aGoal, aSignUp } from '../../test/fixtures.ts';
import { ownerRequests } from '../../test/owner-requests.ts';
import { recordRequests } from '../../test/record-requests.ts';
import { aTeam } from '../../test/team-fixtures.ts';
import { hashToken, randomToken } from '../auth/tokens.ts';

const PASSWORD = 'a long enough password';
const SAM_NAME = 'Zebedee Quillfeather';
const SAM_WORDS = 'Quillfeather-words-nobody-else-writes';

type Row = Record<string, unknown>;

/** Every row of every table in the database, read through whatever tables exist now. */
async function everyRow(store: Store): Promise<Map<string, Row[]>> {
  const schema =
    store.dialect === 'postgres'
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(store.db)).rows[0]?.s
      : undefined;
  const tables = (await store.db.introspection.getTables()).filter(
    (table) => !table.isView && (schema === undefined || table.schema === schema),
  );
  const rows = new Map<string, Row[]>();
  for (const table of tables) {
    if (table.name.startsWith('kysely_')) continue;
    const found = await sql<Row>`select * from ${sql.table(table.name)}`.execute(store.db);
    rows.set(table.name, found.rows);
  }
  return rows;
}

describe.each(DIALECTS)('Closing an account on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  let pat: Client;
  let samEmail: string;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    samEmail = aSignUp().email;
    sam = await signUp(t.app, { email: samEmail, password: PASSWORD, displayName: SAM_NAME });
    // One of everything in Sam's own record, and the owner-only things (a relationship, a
    // journal entry, a suggestion waiting for Sam).
    const requests = await recordRequests(t, sam);
    await ownerRequests(t, sam);
    // Every write Sam could make, as Sam, so settings and documents are saved too.
    for (const request of requests.filter((r) => ['PUT', 'POST'].includes(r.route.method))) {
      await sam.request(request.build(sam.personId));
    }
    const about = `/api/people/${sam.personId}/about-me`;
    const aboutMe = (await sam.request({ method: 'GET', url: about })).json();
    await sam.request({
      method: 'PUT',
      url: about,
      headers: { 'if-match': `W/"${aboutMe.version}"` },
      payload: { ...aboutMe.data, values: SAM_WORDS },
    });

    // Two teams invite Sam by email (decision 0050): one waits, Sam says no to the other.
    const admin = await aServiceAdmin(t);
    const waiting = await admin.request({
      method: 'POST',
      url: `/api/teams/${(await aTeam(admin)).id}/invitations`,
      payload: { email: samEmail, message: `${SAM_WORDS} invitation` },
    });
    expect(waiting.statusCode, waiting.body).toBe(201);
    const token = randomToken();
    await t.store.db
      .insertInto('team_invitation')
      .values({
        id: crypto.randomUUID(),
        team_id: (await aTeam(admin)).id,
        email: samEmail,
        message: null,
        invited_by: admin.personId,
        token_hash: hashToken(token),
        created_at: t.clock.now.toISOString(),
        expires_at: new Date(t.clock.now.getTime() + 86_400_000).toISOString(),
        ended_at: null,
        outcome: null,
        answered_by: null,
      })
      .execute();
    const declined = await sam.request({
      method: 'POST',
      url: `/api/people/${sam.personId}/teams/invitation/decline`,
      payload: { token },
    });
    expect(declined.statusCode, declined.body).toBe(204);

    // Sam as Pat's supporter: reads, comments, suggests twice; Pat takes one suggestion.
    pat = await signUp(t.app, { displayName: 'Pat' });
    await t.services.sharing.createRelationship({
      personId: pat.personId,
      accountId: sam.personId,
      role: 'friend',
      knownAs: 'Zeb',
      grants: [{ section: 'goals', level: 'suggest', endsAt: null }],
    });
    const goal = (
      await pat.request({
        method: 'POST',
        url: `/api/people/${pat.personId}/goals`,
        payload: aGoal({ title: 'Pat’s goal' }),
      })
    ).json();
    await sam.request({ method: 'GET', url: `/api/people/${pat.personId}/goals` });
    const commented = await sam.request({
      method: 'POST',
      url: `/api/people/${pat.personId}/goals/${goal.id}/comments`,
      payload: { text: `${SAM_WORDS} comment` },
    });
    expect(commented.statusCode, commented.body).toBe(201);
    const suggest = (title: string) =>
      sam.request({
        method: 'POST',
        url: `/api/people/${pat.personId}/suggestions/goals`,
        payload: { itemId: goal.id, baseVersion: goal.version, data: aGoal({ title }) },
      });
    const taken = await suggest('Swim with Zeb on Fridays');
    expect(taken.statusCode, taken.body).toBe(201);
    expect((await suggest(`${SAM_WORDS} suggestion`)).statusCode).toBe(201);
    const accepted = await pat.request({
      method: 'POST',
      url: `/api/people/${pat.personId}/suggestions/${taken.json().id}/accept`,
      headers: { 'if-match': `W/"${goal.version}"` },
      payload: {},
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
  });
  afterAll(async () => t.close());

  const mentionsSam = (row: Row) => {
    const text = JSON.stringify(row);
    return text.includes(sam.personId) || text.includes(samEmail) || text.includes(SAM_NAME);
  };

  /**
   * Rows about Sam, leaving out what every request changes by design: the session's last-seen
   * time, the rate limits' counters, and a wrong password counted as a failed sign-in.
   */
  const samRows = async () =>
    [...(await everyRow(t.store)).entries()]
      .filter(([table]) => !['login_failure', 'session', 'rate_limit_window'].includes(table))
      .flatMap(([, rows]) => rows.filter(mentionsSam));

  it('refuses a wrong password, or no tick, and erases nothing', async () => {
    const before = await samRows();
    expect(before.length).toBeGreaterThan(50);
    const close = (payload: object) =>
      sam.request({ method: 'POST', url: '/api/account/close', payload });
    expectError(
      await close({ currentPassword: 'not my password', understood: true }),
      400,
      'WM_AUTH_WRONG_PASSWORD',
      'currentPassword',
    );
    expectError(
      await close({ currentPassword: PASSWORD, understood: false }),
      400,
      'WM_VALIDATION_FAILED',
      'understood',
    );
    expect(await samRows()).toEqual(before);
  });

  it('refuses a staff account, which its service turns off instead', async () => {
    const priya = await signUpAs(t, 'practitioner');
    expectError(
      await priya.request({
        method: 'POST',
        url: '/api/account/close',
        payload: { currentPassword: PASSWORD, understood: true },
      }),
      403,
      'WM_ACCOUNT_CLOSE_STAFF',
    );
  });

  it('erases the record and the account, leaving only what Pat’s record must keep', async () => {
    const tablesWithSam = [...(await everyRow(t.store)).entries()]
      .filter(([, rows]) => rows.some(mentionsSam))
      .map(([table]) => table);
    expect(tablesWithSam.length).toBeGreaterThan(20);

    const closed = await sam.request({
      method: 'POST',
      url: '/api/account/close',
      payload: { currentPassword: PASSWORD, understood: true },
    });
    expect(closed.statusCode, closed.body).toBe(204);
    expect(closed.headers['clear-site-data']).toContain('storage');

    const rows = await everyRow(t.store);
    const left = [...rows.entries()].flatMap(([table, found]) =>
      found.filter(mentionsSam).map((row) => ({ table, row })),
    );
    const kept = left.map(({ table, row }) => {
      if (table === 'account') {
        expect(row).toMatchObject({ id: sam.personId, display_name: '', language: null });
        expect(row.closed_at).not.toBeNull();
        return 'account';
      }
      // Everything else that stays is in Pat's record, never Sam's.
      expect(row.person_id, `${table}: ${JSON.stringify(row)}`).toBe(pat.personId);
      return table;
    });
    expect(new Set(kept)).toEqual(
      new Set(['account', 'relationship', 'access_log', 'suggestion', 'record_revision']),
    );
    const relationship = left.find(({ table }) => table === 'relationship')?.row;
    expect(relationship?.ended_at).not.toBeNull();
    // None of Sam's own words is anywhere, and nothing is kept about Sam's own record.
    for (const [table, found] of rows) {
      for (const row of found) {
        expect(JSON.stringify(row), table).not.toContain(SAM_WORDS);
        if ('person_id' in row) expect(row.person_id, table).not.toBe(sam.personId);
      }
    }
  });

  it('ends every way in: the session, the password, and what Sam was shown', async () => {
    expect((await sam.request({ method: 'GET', url: '/api/account' })).statusCode).toBe(401);
    await expect(signIn(t.app, samEmail, PASSWORD)).rejects.toThrow(/401/);
    // Pat's goals, which Sam could read a moment ago: the same 404 as any stranger.
    const again = await signUp(t.app, { email: samEmail, password: PASSWORD });
    const pats = await again.request({ method: 'GET', url: `/api/people/${pat.personId}/goals` });
    expect(pats.statusCode).toBe(404);
    // The email is free again: Sam came back as a new, empty account.
    expect(again.personId).not.toBe(sam.personId);
  });
});
