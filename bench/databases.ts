// The database each run of the suite measures, made for it and removed after: a SQLite file in a
// temporary folder, or a scratch PostgreSQL database (waymark_bench_<random>) that the suite
// creates and drops on the server of BENCH_POSTGRES_URL.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import type { DatabaseName } from './options.ts';

export type BenchDatabase = {
  name: DatabaseName;
  /** What the server is started with. */
  env: Record<string, string>;
  /** Engine and version, for the report. */
  description: string;
  /** PostgreSQL's backend processes serving this database, to read their CPU. */
  backendPids?: () => Promise<number[]>;
  drop(): Promise<void>;
};

function sqliteDatabase(): BenchDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-bench-'));
  const probe = new Sqlite(':memory:');
  const version = (probe.prepare('select sqlite_version() as v').get() as { v: string }).v;
  probe.close();
  return {
    name: 'sqlite',
    env: { DATA_DIR: dir },
    description: `SQLite ${version} (WAL, synchronous=FULL)`,
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

async function postgresDatabase(adminUrl: string): Promise<BenchDatabase> {
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  await admin.connect();
  const name = `waymark_bench_${randomBytes(6).toString('hex')}`;
  await admin.query(`create database ${name}`);
  const version = (await admin.query<{ server_version: string }>('show server_version')).rows[0]
    ?.server_version;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name: 'postgres',
    env: { DATABASE_URL: url.toString() },
    // "15.20 (Debian 15.20-0+deb12u1)": the number is enough.
    description: `PostgreSQL ${version?.split(' ')[0] ?? '?'} (same machine, over TCP)`,
    backendPids: async () =>
      (
        await admin.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [
          name,
        ])
      ).rows.map((row) => row.pid),
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Makes the database, or says why it cannot (PostgreSQL not reachable). */
export async function openBenchDatabase(
  name: DatabaseName,
  postgresAdminUrl: string,
): Promise<BenchDatabase> {
  return name === 'sqlite' ? sqliteDatabase() : postgresDatabase(postgresAdminUrl);
}
