// SQLite with synchronous=FULL waits for the disk at every commit, and better-sqlite3 waits on
// the event loop: 0.3–1 ms per commit on our machines, so one commit per write capped every
// server at about a thousand writes a second, whatever else we did (decision 0021). Here the
// writes that arrive together are committed together (group commit), with the same promise as
// before: nobody is told a write is done until it is on disk.
//
// - The one connection has one user at a time, queued here (not by Kysely), so a request can
//   let the next one in and then wait for its commit.
// - All writes go into one open transaction, the batch. A request's transaction is a savepoint
//   in it: its rollback undoes its own work only.
// - The batch commits, one flush to disk, when the event loop has handled what arrived with it
//   and the connection is between users. Only then do the promises of the queries and
//   transactions that wrote resolve; if the commit fails, they all fail and none is kept.
// - A read outside a transaction on this connection may see a write of the open batch that
//   has not been committed yet; the reads made on every request use the second, read-only
//   connection (compiled-query.ts), which sees committed data only.
// - Transactions are `db.transaction().execute(…)`, whose promise Kysely resolves after the
//   driver's release, so after the commit. A controlled transaction (`startTransaction`) would
//   be answered before it, so the server uses none (a test in sqlite-group-commit.int.test.ts).
import type SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';

/** The savepoint a request's transaction is, inside the batch. */
const REQUEST = 'waymark_request';

class QueuedByDriverAdapter extends SqliteAdapter {
  // Kysely would otherwise hold its own lock until the driver's release has finished, which
  // here includes waiting for the commit: no other request could join the batch.
  override get supportsMultipleConnections(): boolean {
    return true;
  }
}

type Waiter = { resolve(): void; reject(error: unknown): void };

export class GroupCommitDriver implements Driver {
  readonly #db: SQLite.Database;
  readonly #connection: DatabaseConnection;
  #inUse = false;
  readonly #queue: Array<() => void> = [];
  /** Whether the present user of the connection wrote (or opened a transaction). */
  #userWrote = false;
  #batchOpen = false;
  #waiters: Waiter[] = [];
  #commitScheduled = false;
  #commitWhenFree = false;

  constructor(db: SQLite.Database) {
    this.#db = db;
    this.#connection = {
      executeQuery: async <R>(query: CompiledQuery) => this.#execute<R>(query),
      streamQuery: () => {
        throw new Error('Streaming is not used with SQLite');
      },
    };
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    if (this.#inUse) await new Promise<void>((resolve) => this.#queue.push(resolve));
    this.#inUse = true;
    this.#userWrote = false;
    return this.#connection;
  }

  async beginTransaction(): Promise<void> {
    this.#openBatch();
    this.#userWrote = true;
    this.#db.exec(`savepoint ${REQUEST}`);
  }

  async commitTransaction(): Promise<void> {
    this.#db.exec(`release ${REQUEST}`);
  }

  async rollbackTransaction(): Promise<void> {
    // After an error that made SQLite roll the whole batch back there is nothing to undo.
    if (!this.#db.inTransaction) return;
    this.#db.exec(`rollback to ${REQUEST}`);
    this.#db.exec(`release ${REQUEST}`);
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint "${name}"`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to "${name}"`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release "${name}"`));
  }

  async releaseConnection(): Promise<void> {
    const committed = this.#userWrote ? this.#waitForCommit() : null;
    this.#userWrote = false;
    if (this.#commitWhenFree) this.#commitBatch();
    const next = this.#queue.shift();
    if (next) next();
    else this.#inUse = false;
    if (committed) await committed;
  }

  async destroy(): Promise<void> {
    this.#commitBatch();
    this.#db.close();
  }

  async #execute<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const statement = this.#db.prepare(query.sql);
    const parameters = query.parameters as unknown[];
    if (!statement.readonly) {
      this.#openBatch();
      this.#userWrote = true;
    }
    if (statement.reader) return { rows: statement.all(parameters) as R[] };
    const { changes, lastInsertRowid } = statement.run(parameters);
    return {
      insertId: lastInsertRowid != null ? BigInt(lastInsertRowid) : undefined,
      numAffectedRows: changes != null ? BigInt(changes) : undefined,
      rows: [],
    };
  }

  #openBatch(): void {
    // SQLite rolls a whole transaction back after some errors (a full disk): that batch is gone,
    // and those who wrote in it must hear so, not that their writes were kept.
    if (this.#batchOpen && !this.#db.inTransaction)
      this.#settle(new Error('The database undid a group of writes after an error'));
    if (this.#batchOpen) return;
    this.#db.exec('begin');
    this.#batchOpen = true;
  }

  #waitForCommit(): Promise<void> {
    const committed = new Promise<void>((resolve, reject) =>
      this.#waiters.push({ resolve, reject }),
    );
    if (!this.#commitScheduled) {
      this.#commitScheduled = true;
      // After the event loop has handled what arrived with this write, so those join it.
      setImmediate(() => {
        this.#commitScheduled = false;
        if (this.#inUse) this.#commitWhenFree = true;
        else this.#commitBatch();
      });
    }
    return committed;
  }

  #commitBatch(): void {
    this.#commitWhenFree = false;
    if (!this.#batchOpen) {
      this.#settle(null);
      return;
    }
    try {
      if (!this.#db.inTransaction)
        throw new Error('The database undid a group of writes after an error');
      this.#db.exec('commit');
      this.#settle(null);
    } catch (error) {
      if (this.#db.inTransaction) this.#db.exec('rollback');
      this.#settle(error);
    }
  }

  /** Ends the batch and tells everyone who wrote in it how it went. */
  #settle(error: unknown): void {
    this.#batchOpen = false;
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const waiter of waiters) {
      if (error) waiter.reject(error);
      else waiter.resolve();
    }
  }
}

/** Kysely's SQLite dialect, with the driver above. */
export function groupCommitDialect(db: SQLite.Database): Dialect {
  return {
    createAdapter: () => new QueuedByDriverAdapter(),
    createDriver: () => new GroupCommitDriver(db),
    createIntrospector: (kysely) => new SqliteIntrospector(kysely),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  };
}
