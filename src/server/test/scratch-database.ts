// A database that outlives one app or one server process, so tests can come back to the same
// rows with other keys or after a restart: a SQLite file in a temporary data folder, or a
// PostgreSQL schema. `env` points a server process or the CLI at it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate, openPostgres, openSqlite, type Store } from '../store/db.ts';
import { createPostgresSchema, type Dialect, duringSchemaChanges } from './dialects.ts';

export type ScratchDatabase = {
  env: { DATA_DIR: string } | { DATABASE_URL: string };
  /** The data folder (SQLite), where a development key file would live. */
  dataDir?: string;
  open(): Promise<Store>;
  drop(): Promise<void>;
  /**
   * Runs `work` that migrates this database from another process (a server, the CLI) under the
   * test schemas' shared lock (PostgreSQL), so no other test file's schema is dropped while the
   * migration reads the catalogue.
   */
  migrating<T>(work: () => Promise<T>): Promise<T>;
};

export async function scratchDatabase(dialect: Dialect): Promise<ScratchDatabase> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-scratch-'));
    return {
      env: { DATA_DIR: dir },
      dataDir: dir,
      open: async () => {
        const db = openSqlite(path.join(dir, 'waymark.db'));
        await migrate(db);
        return { db, dialect, close: () => db.destroy() };
      },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
      migrating: (work) => work(),
    };
  }
  const scratch = await createPostgresSchema();
  return {
    env: { DATABASE_URL: scratch.url },
    open: () =>
      duringSchemaChanges('migrate', async () => {
        const db = openPostgres(scratch.url);
        await migrate(db);
        return { db, dialect, close: () => db.destroy() };
      }),
    drop: scratch.drop,
    migrating: (work) => duringSchemaChanges('migrate', work),
  };
}
