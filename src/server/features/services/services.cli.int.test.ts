// `waymark service create | list | disable` as an operator runs it: a real process, configured
// like the server (DATA_DIR for SQLite, DATABASE_URL for PostgreSQL), on a database that
// outlives it. Bad input is one line, a non-zero exit, and no change at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_JOURNAL_KEYS } from '../../test/app-harness.ts';
import { COMMAND_TEST_LIMIT, runCli, scratchDatabase } from '../../test/cli-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { hashToken } from '../auth/tokens.ts';

const LINK = /^(https?:\/\/[^/\s]+)\/set-up\/([A-Za-z0-9_-]{43})$/m;

describe.each(DIALECTS)('waymark service on %s', COMMAND_TEST_LIMIT, (dialect) => {
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  beforeAll(async () => {
    database = await scratchDatabase(dialect);
  });
  afterAll(() => database.drop());

  // The command migrates in its own process, so it runs under the migration lock.
  const cli = (args: string[], env: Record<string, string> = {}) =>
    database.locked('migrate', () =>
      runCli(['service', ...args], {
        ...database.env,
        JOURNAL_KEYS: TEST_JOURNAL_KEYS,
        ...env,
      }),
    );
  /** Every row of the tables a service touches, to prove a refused command changed none. */
  const everything = async () => {
    const store = await database.open();
    try {
      const rows = async (
        table: 'account' | 'service' | 'staff_member' | 'set_up_link' | 'session',
      ) => store.db.selectFrom(table).selectAll().execute();
      return {
        account: await rows('account'),
        service: await rows('service'),
        staff_member: await rows('staff_member'),
        set_up_link: await rows('set_up_link'),
        session: await rows('session'),
      };
    } finally {
      await store.close();
    }
  };

  let serviceId = '';
  let token = '';

  it('creates a service and its first admin, printing the id and a one-time set-up link', async () => {
    const result = await cli(
      [
        'create',
        '--name',
        'Riverside Recovery Team',
        '--admin-email',
        'Alex.Admin@Example.test',
        '--admin-name',
        'Alex',
      ],
      { PUBLIC_URL: 'https://waymark.example.org' },
    );
    expect(result.code, result.stderr).toBe(0);
    const id = result.stdout.match(/Created the service ([0-9a-f-]{36})\./)?.[1];
    const link = result.stdout.match(LINK);
    expect(id).toBeDefined();
    expect(link?.[1]).toBe('https://waymark.example.org');
    expect(result.stdout).toContain('It works once, for 7 days');
    serviceId = id ?? '';
    token = link?.[2] ?? '';
    const rows = await everything();
    expect(rows.service).toEqual([
      expect.objectContaining({
        id: serviceId,
        name: 'Riverside Recovery Team',
        disabled_at: null,
      }),
    ]);
    const admin = rows.account.find((row) => row.email === 'alex.admin@example.test');
    expect(admin).toMatchObject({ display_name: 'Alex', role: 'service_admin' });
    expect(admin?.password_hash.startsWith('$argon2')).toBe(false);
    expect(rows.staff_member).toEqual([
      expect.objectContaining({
        account_id: admin?.id,
        service_id: serviceId,
        role: 'service_admin',
      }),
    ]);
    // Only the token's hash is kept.
    expect(rows.set_up_link).toEqual([
      expect.objectContaining({
        token_hash: hashToken(token),
        account_id: admin?.id,
        used_at: null,
      }),
    ]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('prints a link on http://localhost:3000 when PUBLIC_URL is not set, and names the admin from the email', async () => {
    const result = await cli([
      'create',
      '--name',
      'Northgate',
      '--admin-email',
      'sam.lee@example.test',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.match(LINK)?.[1]).toBe('http://localhost:3000');
    const rows = await everything();
    expect(rows.account.find((row) => row.email === 'sam.lee@example.test')?.display_name).toBe(
      'sam.lee',
    );
  });

  it('lists services with their status, admins and when they were made', async () => {
    const result = await cli(['list']);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('ID\tNAME\tSTATUS\tADMINS\tCREATED');
    const riverside = lines.find((line) => line.startsWith(serviceId))?.split('\t');
    expect(riverside?.slice(1, 4)).toEqual([
      'Riverside Recovery Team',
      'active',
      'alex.admin@example.test (not set up yet)',
    ]);
    expect(Date.parse(riverside?.[4] ?? '')).not.toBeNaN();
    expect(lines.some((line) => line.includes('\tNorthgate\t'))).toBe(true);
  });

  it('refuses bad input with one clear line and a non-zero exit, changing nothing', async () => {
    const before = await everything();
    const cases: [string[], RegExp][] = [
      [['create', '--admin-email', 'a@example.test'], /give the service’s name with --name/],
      [
        ['create', '--name', '   ', '--admin-email', 'a@example.test'],
        /--name: Enter the name of the service/,
      ],
      [['create', '--name', 'X'], /give the first service admin’s email with --admin-email/],
      [['create', '--name', 'X', '--admin-email', 'not-an-email'], /--admin-email: /],
      [
        ['create', '--name', 'X', '--admin-email', 'ALEX.ADMIN@example.test'],
        /an account with the email alex\.admin@example\.test already exists/,
      ],
      [
        ['create', '--name', 'X', '--admin-email', 'b@example.test', '--role', 'x'],
        /--role is not an option/,
      ],
      [['create', '--name'], /--name needs a value/],
      [
        ['create', '--name', 'X', '--name', 'Y', '--admin-email', 'c@example.test'],
        /--name is given twice/,
      ],
      [['create', '--name', 'X'.repeat(101), '--admin-email', 'd@example.test'], /--name: /],
      [['disable', crypto.randomUUID()], /there is no service with the id/],
      [['disable'], /give the id of the service/],
    ];
    for (const [args, says] of cases) {
      const result = await cli(args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr, args.join(' ')).toMatch(says);
      expect(result.stdout, args.join(' ')).toBe('');
    }
    expect(await everything()).toEqual(before);
    const usage = await cli(['rename']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage: node src/server/cli.ts service create --name NAME');
    // A dozen processes, each starting Node and opening the database: about 20 s on 2 cores.
  }, 90_000);

  it('disables a service: its staff’s sessions end, it lists as disabled, and disabling it again is refused', async () => {
    // The admin has signed in somewhere (a session row, as sign-in makes).
    const store = await database.open();
    try {
      const admin = await store.db
        .selectFrom('staff_member')
        .select('account_id')
        .where('service_id', '=', serviceId)
        .executeTakeFirstOrThrow();
      const at = new Date().toISOString();
      await store.db
        .insertInto('session')
        .values({
          token_hash: hashToken('a session of the admin'),
          account_id: admin.account_id,
          csrf_token: 'csrf',
          created_at: at,
          last_seen_at: at,
        })
        .execute();
    } finally {
      await store.close();
    }
    const result = await cli(['disable', serviceId]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Disabled the service "Riverside Recovery Team"');
    expect(result.stdout).toContain('1 session ended');
    const rows = await everything();
    expect(rows.session).toEqual([]);
    expect(rows.service.find((row) => row.id === serviceId)?.disabled_at).not.toBeNull();
    const listed = await cli(['list']);
    expect(listed.stdout).toMatch(new RegExp(`${serviceId}\\tRiverside Recovery Team\\tdisabled `));
    const before = await everything();
    const again = await cli(['disable', serviceId]);
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toBe(
      `Nothing was changed: the service ${serviceId} is already disabled.`,
    );
    expect(await everything()).toEqual(before);
  });
});
