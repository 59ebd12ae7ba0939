// A real PostgreSQL streaming replica (hot standby) of the test PostgreSQL, for the tests that
// prove reports read from REPORTS_DATABASE_URL (issue 16). `pg_basebackup -R` copies the whole
// primary cluster into a temporary folder, which is started on a free port as its own server.
// PostgreSQL will not run as root: as root, every PostgreSQL program runs as the `postgres`
// user (runuser). Whatever is missing is said plainly; the tests skip with that message, or
// fail with it when WAYMARK_REQUIRE_POSTGRES=1.
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { POSTGRES_URL } from './dialects.ts';

const run = promisify(execFile);

export type StreamingReplica = {
  port: number;
  /** `primaryUrl` (database, user, search_path …) pointed at the replica instead. */
  urlFor(primaryUrl: string): string;
  /** Stops applying the primary's changes (WAL replay), until `resumeReplay`. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** Waits until the replica has applied everything the primary had written when called. */
  waitForCatchUp(timeoutMs?: number): Promise<void>;
  /** Stops the replica and removes its folder; safe to call twice. */
  stop(): Promise<void>;
};

type Setup = { bin: string; asPostgres: string[]; owner: { uid: number; gid: number } | null };

async function query<T extends pg.QueryResultRow>(url: string, text: string, values?: unknown[]) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * What stops a replica being made of `primaryUrl` here, in words that say how to fix it; null
 * when nothing does. Checks the primary's settings and pg_hba.conf (PostgreSQL's own reading of
 * it), the PostgreSQL programs, and the `postgres` user when running as root.
 */
export async function replicaProblem(primaryUrl = POSTGRES_URL): Promise<string | null> {
  try {
    const setup = await setupFor(primaryUrl);
    return typeof setup === 'string' ? setup : null;
  } catch (error) {
    return `PostgreSQL at ${redacted(primaryUrl)} could not be asked about replication: ${(error as Error).message}`;
  }
}

async function setupFor(primaryUrl: string): Promise<Setup | string> {
  const [settings] = await query<{ major: string; wal_level: string; senders: string }>(
    primaryUrl,
    `select current_setting('server_version_num')::int / 10000 as major,
            current_setting('wal_level') as wal_level,
            current_setting('max_wal_senders') as senders`,
  );
  if (!settings) return 'PostgreSQL gave no settings';
  if (!['replica', 'logical'].includes(settings.wal_level))
    return `the primary's wal_level is ${settings.wal_level}; a streaming replica needs wal_level = replica`;
  if (Number(settings.senders) < 1)
    return "the primary's max_wal_senders is 0; a streaming replica needs at least 1";
  // "all" in pg_hba.conf's database column does not cover replication connections.
  const host = new URL(primaryUrl).hostname;
  const rules = await query<{ n: number }>(
    primaryUrl,
    `select count(*)::int as n from pg_hba_file_rules
      where error is null and type in ('host', 'hostnossl')
        and 'replication' = any(database)
        and (address in ('all', 'samehost')
             or (address ~ '^[0-9.]+$' and netmask is not null
                 and ($1::inet & inet(netmask)) = (inet(address) & inet(netmask))))`,
    [host === 'localhost' ? '127.0.0.1' : host],
  );
  if ((rules[0]?.n ?? 0) === 0)
    return (
      `pg_hba.conf of the PostgreSQL at ${redacted(primaryUrl)} has no "host replication" line for ${host}, ` +
      'so pg_basebackup cannot copy it. Add the line "host replication all 127.0.0.1/32 trust" to the file ' +
      '`psql -Atc "show hba_file"` names, then run: psql -c "select pg_reload_conf()" (.ci/run does this)'
    );
  const bin = process.env.WAYMARK_PG_BIN ?? `/usr/lib/postgresql/${settings.major}/bin`;
  for (const program of ['pg_basebackup', 'pg_ctl'])
    if (!fs.existsSync(path.join(bin, program)))
      return `${program} of PostgreSQL ${settings.major} is not in ${bin} (set WAYMARK_PG_BIN to the folder holding it)`;
  if (process.getuid?.() !== 0) return { bin, asPostgres: [], owner: null };
  // PostgreSQL refuses to run as root: its programs run as the postgres user.
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    execFileSync('runuser', ['--version'], { stdio: 'ignore' });
    return { bin, asPostgres: ['runuser', '-u', 'postgres', '--'], owner: { uid, gid } };
  } catch {
    return 'running as root, a replica needs the `postgres` user and `runuser` to start PostgreSQL as it';
  }
}

const redacted = (url: string) => {
  const parsed = new URL(url);
  parsed.password = '';
  return `${parsed.host}${parsed.pathname}`;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Settings a hot standby must have at least as high as its primary's, or it will not start. */
const AT_LEAST_PRIMARY = [
  'max_connections',
  'max_prepared_transactions',
  'max_locks_per_transaction',
  'max_wal_senders',
  'max_worker_processes',
];

/** Copies the primary with pg_basebackup -R and starts the copy as a hot standby. */
export async function startStreamingReplica(primaryUrl = POSTGRES_URL): Promise<StreamingReplica> {
  const setup = await setupFor(primaryUrl);
  if (typeof setup === 'string') throw new Error(`No streaming replica can be made: ${setup}`);
  const primary = new URL(primaryUrl);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-replica-'));
  if (setup.owner) fs.chownSync(folder, setup.owner.uid, setup.owner.gid);
  const data = path.join(folder, 'data');
  const logFile = path.join(folder, 'postgres.log');
  // [command, ...args] of a PostgreSQL program, as the postgres user when running as root.
  const commandOf = (name: string, args: string[]): [string, string[]] => {
    const [runAs, ...runAsArgs] = setup.asPostgres;
    const full = path.join(setup.bin, name);
    return runAs ? [runAs, [...runAsArgs, full, ...args]] : [full, args];
  };
  const program = (name: string, args: string[]) => run(...commandOf(name, args));
  let started = false;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stopNow);
    try {
      if (started) await program('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  };
  // Should the test process end without stop() (a crash), the replica must not outlive it.
  const stopNow = () => {
    if (!started || stopped) return;
    try {
      execFileSync(...commandOf('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']), {
        stdio: 'ignore',
      });
    } catch {
      // Already stopped: the folder is removed below all the same.
    }
    fs.rmSync(folder, { recursive: true, force: true });
  };
  process.on('exit', stopNow);
  try {
    const [limits] = await query<Record<string, string>>(
      primaryUrl,
      `select ${AT_LEAST_PRIMARY.map((name) => `current_setting('${name}') as ${name}`).join(', ')}`,
    );
    await program('pg_basebackup', [
      '-h',
      primary.hostname,
      '-p',
      primary.port || '5432',
      '-U',
      decodeURIComponent(primary.username || 'postgres'),
      '-D',
      data,
      '-R', // standby.signal and primary_conninfo: start as a streaming replica
      '-X',
      'stream',
      '-c',
      'fast',
    ]);
    const port = await freePort();
    // Settings appended last win over any copied postgresql.conf (Debian keeps it in /etc).
    const settings = [
      `port = ${port}`,
      "listen_addresses = '127.0.0.1'",
      `unix_socket_directories = '${folder}'`,
      'hot_standby = on',
      'ssl = off',
      'fsync = off', // a test copy: losing it in a power cut loses nothing
      'shared_buffers = 32MB',
      ...AT_LEAST_PRIMARY.map((name) => `${name} = ${limits?.[name]}`),
    ];
    fs.appendFileSync(path.join(data, 'postgresql.conf'), `\n${settings.join('\n')}\n`);
    fs.writeFileSync(
      path.join(data, 'pg_hba.conf'),
      'local all all trust\nhost all all 127.0.0.1/32 trust\n',
    );
    if (setup.owner)
      for (const file of ['postgresql.conf', 'pg_hba.conf'])
        fs.chownSync(path.join(data, file), setup.owner.uid, setup.owner.gid);
    started = true;
    try {
      await program('pg_ctl', ['-D', data, '-l', logFile, '-w', '-t', '60', 'start']);
    } catch (error) {
      const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-2000) : '';
      throw new Error(`The replica did not start: ${(error as Error).message}\n${log}`);
    }
    const replicaUrl = (from: string) => {
      const url = new URL(from);
      url.hostname = '127.0.0.1';
      url.port = String(port);
      return url.toString();
    };
    const admin = replicaUrl(primaryUrl);
    const [state] = await query<{ recovering: boolean }>(
      admin,
      'select pg_is_in_recovery() as recovering',
    );
    if (!state?.recovering) throw new Error('The copy started, but not as a standby');
    return {
      port,
      urlFor: replicaUrl,
      async pauseReplay() {
        await query(admin, 'select pg_wal_replay_pause()');
        // The pause is asked for, then happens: wait until replay has really stopped.
        await waitUntil(async () => {
          const [row] = await query<{ state: string }>(
            admin,
            'select pg_get_wal_replay_pause_state() as state',
          );
          return row?.state === 'paused';
        }, 10_000);
      },
      async resumeReplay() {
        await query(admin, 'select pg_wal_replay_resume()');
      },
      async waitForCatchUp(timeoutMs = 30_000) {
        const [written] = await query<{ lsn: string }>(
          primaryUrl,
          'select pg_current_wal_lsn()::text as lsn',
        );
        await waitUntil(async () => {
          const [row] = await query<{ caught: boolean }>(
            admin,
            'select pg_last_wal_replay_lsn() >= $1::pg_lsn as caught',
            [written?.lsn],
          );
          return row?.caught === true;
        }, timeoutMs);
      },
      stop,
    };
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
}

async function waitUntil(done: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > until) throw new Error(`The replica did not get there in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
