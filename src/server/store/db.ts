// Opens the store: embedded SQLite by default, PostgreSQL when DATABASE_URL is set. Both
// go through the same Kysely queries; only the connection set-up differs.
import { createHash } from 'node:crypto';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { isPostgres, type PreparedRunner, registerPreparedRunner } from './compiled-query.ts';
import { migrations } from './migrations/index.ts';
import { connectionWasGone, reconnectingPool } from './postgres-reconnect.ts';
import {
  describeTightened,
  keepFilePrivate,
  keepFolderPrivate,
  type Tightened,
} from './private-files.ts';
import type { Database } from './schema.ts';
import { groupCommitDialect } from './sqlite-group-commit.ts';
import { withStatementCache } from './statement-cache.ts';

/**
 * Where the data lives. The store's own type, so it imports nothing from the app: config.ts
 * builds one from DATABASE_URL and DATA_DIR, and tools and tests can build one themselves.
 */
export type DatabaseConfig =
  | { dialect: 'sqlite'; file: string }
  | { dialect: 'postgres'; url: string };

export type Store = {
  db: Kysely<Database>;
  dialect: DatabaseConfig['dialect'];
  close(): Promise<void>;
};

export type OpenOptions = {
  /** Other files kept in the data folder that must be private too, e.g. the journal key. */
  alsoPrivate?: string[];
  /** Hears the one line saying which permissions were tightened, if any were. */
  log?: (message: string) => void;
};

/** The files SQLite keeps beside the database in WAL mode. */
const sqliteCompanions = (file: string) => [`${file}-wal`, `${file}-shm`];

export function openSqlite(file: string, options: OpenOptions = {}): Kysely<Database> {
  const log = options.log ?? ((message: string) => console.warn(message));
  const onDisk = file !== ':memory:';
  const tightened: Tightened[] = [];
  if (onDisk) {
    // Folder 0700 and database 0600 before SQLite opens it; SQLite then gives the -wal and -shm
    // files it creates the database file's mode, whatever the umask.
    tightened.push(...keepFolderPrivate(path.dirname(file)));
    tightened.push(...keepFilePrivate(file, { create: true }));
    for (const other of [...sqliteCompanions(file), ...(options.alsoPrivate ?? [])])
      tightened.push(...keepFilePrivate(other, { create: false }));
  }
  const sqlite = new SQLite(file);
  // WAL with synchronous=FULL: a write the server has answered survives a power cut.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  if (onDisk) {
    // Opening in WAL mode has made -wal and -shm by now; checked again in case a file system
    // or SQLite build did not carry the database file's mode over to them.
    for (const companion of sqliteCompanions(file))
      tightened.push(...keepFilePrivate(companion, { create: false }));
  }
  if (tightened.length > 0) log(describeTightened(tightened));
  const reads = onDisk ? sqliteReadConnection(file) : undefined;
  const db = new Kysely<Database>({
    // Writes that arrive together share one commit (sqlite-group-commit.ts, decision 0021).
    dialect: groupCommitDialect(withStatementCache(sqlite, undefined, () => reads?.close())),
  });
  if (reads) registerPreparedRunner(db, reads);
  return db;
}

/**
 * A second connection for compiled reads (compiled-query.ts), opened on first use. In WAL mode
 * it reads the last committed state while the main connection writes, and a transaction in
 * progress there (Kysely holds its one connection across awaits) is never seen half done.
 */
function sqliteReadConnection(file: string): PreparedRunner & { close(): void } {
  let reader: SQLite.Database | undefined;
  const statements = new Map<string, SQLite.Statement>();
  const open = () => {
    const connection = new SQLite(file, { fileMustExist: true });
    connection.pragma('query_only = ON');
    connection.pragma('busy_timeout = 5000');
    return connection;
  };
  return {
    async all(text, values) {
      reader ??= open();
      let statement = statements.get(text);
      if (!statement) {
        statement = reader.prepare(text);
        statements.set(text, statement);
      }
      return statement.all(values as unknown[]);
    },
    close() {
      reader?.close();
      reader = undefined;
      statements.clear();
    },
  };
}

export type PostgresOptions = {
  /**
   * Every transaction read only (the reports database): a replica refuses writes anyway, and
   * a REPORTS_DATABASE_URL that names a primary by mistake must not let a report write either.
   */
  readOnly?: boolean;
};

export function openPostgres(url: string, options: PostgresOptions = {}): Kysely<Database> {
  // min 1: one connection stays open for the process's life, so `waymark restore` can tell a
  // running server from its label below even when it has been idle.
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    min: 1,
    // Labelled before the pool hands the connection out, for Kysely and compiled reads alike.
    onConnect: async (client) => {
      await client.query(LABEL_CONNECTION);
      if (options.readOnly) await client.query('set default_transaction_read_only = on');
    },
  });
  // PostgreSQL may end an idle connection (a restart, an administrator). The pool drops it and
  // the next query opens a new one; without a listener, Node would stop the whole server.
  pool.on('error', (error) =>
    console.warn(
      `PostgreSQL closed an idle connection; a new one opens when needed (${error.message})`,
    ),
  );
  // Labelled as the pool opens it, so connections used by compiled reads carry it too.
  pool.on('connect', (client) => {
    client
      .query(LABEL_CONNECTION)
      .catch((error: Error) =>
        console.warn(`Could not label a PostgreSQL connection (${error.message})`),
      );
  });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: reconnectingPool(pool) }),
  });
  registerPreparedRunner(db, postgresNamedStatements(pool));
  return db;
}

/**
 * Compiled reads as named statements: each pooled connection parses one the first time it
 * runs it and afterwards only binds and executes. The name is derived from the SQL, so the
 * same name always means the same text on every connection.
 */
function postgresNamedStatements(pool: pg.Pool): PreparedRunner {
  const names = new Map<string, string>();
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (!name) {
      name = `waymark_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
      names.set(text, name);
    }
    return name;
  };
  return {
    async all(text, values) {
      const run = () => pool.query({ name: nameOf(text), text, values: values as unknown[] });
      // A read sent on a connection PostgreSQL had already ended ran nothing: once more.
      const result = await run().catch((error: unknown) => {
        if (connectionWasGone(error)) return run();
        throw error;
      });
      return result.rows;
    },
  };
}

/** `application_name` of a Waymark process's connections to a schema, in pg_stat_activity. */
export const serverConnectionLabel = (schema: string) => `waymark ${schema}`.slice(0, 63); // PostgreSQL keeps 63 bytes of it

/** serverConnectionLabel, worked out by PostgreSQL as the connection opens (queued first). */
const LABEL_CONNECTION =
  "select set_config('application_name', left('waymark ' || coalesce(current_schema(), ''), 63), false)";

export async function migrate(db: Kysely<Database>): Promise<void> {
  // On PostgreSQL, name the schema for Kysely's own tables. Without it Kysely looks for
  // kysely_migration_lock in every schema of the database, so one left by another app (or by
  // a parallel test) makes it skip creating ours and then fail to find it.
  const migrationTableSchema = isPostgres(db) ? await currentSchema(db) : undefined;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableSchema,
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed`, { cause: error });
  }
}

async function currentSchema(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('PostgreSQL has no current schema: check search_path');
  return schema;
}

/**
 * The database service outcome reports read (issue 16): REPORTS_DATABASE_URL's replica, read
 * only, or the main store's own connection when none is configured. Not migrated: a replica
 * follows the primary's schema; `close()` leaves the main store open.
 */
export function openReportsDb(
  reports: { url: string } | null,
  store: Store,
): { db: Kysely<Database>; close(): Promise<void> } {
  if (!reports) return { db: store.db, close: async () => {} };
  const db = openPostgres(reports.url, { readOnly: true });
  return { db, close: () => db.destroy() };
}

export async function openStore(
  database: DatabaseConfig,
  options: OpenOptions = {},
): Promise<Store> {
  const db =
    database.dialect === 'sqlite' ? openSqlite(database.file, options) : openPostgres(database.url);
  await migrate(db);
  return { db, dialect: database.dialect, close: () => db.destroy() };
}
