// The queries that run on every request (the session, a record section, a list) are built and
// compiled by Kysely once, when the repo is made, and then run as prepared statements: on
// SQLite on a second, read-only connection, and on PostgreSQL as named statements each
// connection parses once. Building and compiling the same query on every request, and going
// through Kysely's one-connection queue, was most of a record read's time (issue 10's profile;
// docs/decisions/0021-prepared-hot-queries.md). The query is still written once in Kysely, so
// both databases keep one query path.
import type { Compilable, Kysely } from 'kysely';
import { CompiledQuery, PostgresAdapter } from 'kysely';

/** Runs compiled SQL outside Kysely's queue; registered by the store for its Kysely instance. */
export type PreparedRunner = {
  all(sql: string, values: readonly unknown[]): Promise<unknown[]>;
};

const runners = new WeakMap<object, PreparedRunner>();

/** Called by the store when it opens a database that can run prepared reads directly. */
export function registerPreparedRunner(db: object, runner: PreparedRunner): void {
  runners.set(db, runner);
}

/** The runner a database was opened with, e.g. for a test that watches what runs through it. */
export const preparedRunnerOf = (db: object): PreparedRunner | undefined => runners.get(db);

/** A parameter's placeholder while compiling: a value no real query ever carries. */
const placeholder = (name: string) => `\u0000waymark-parameter:${name}`;

/**
 * Compiles `build` once and returns a function that runs it with named parameters. Only for
 * reads outside a transaction: on SQLite they see what has been committed, never a write
 * still in progress. On a database without a runner (an in-memory SQLite database in tests),
 * the compiled query goes through Kysely, which still saves building and compiling it.
 */
export function compiledRead<DB, Name extends string, Row>(
  db: Kysely<DB>,
  names: readonly Name[],
  build: (parameters: Record<Name, string>) => Compilable<Row>,
): (values: Record<Name, unknown>) => Promise<Row[]> {
  const parameters = Object.fromEntries(names.map((name) => [name, placeholder(name)])) as Record<
    Name,
    string
  >;
  const compiled = build(parameters).compile();
  const byPlaceholder = new Map(names.map((name) => [placeholder(name), name]));
  // Each position holds a named parameter's value or a constant the query was built with.
  const slots: Array<{ name: Name } | { constant: unknown }> = compiled.parameters.map((value) => {
    const name = typeof value === 'string' ? byPlaceholder.get(value) : undefined;
    return name === undefined ? { constant: value } : { name };
  });
  const unused = names.filter(
    (name) => !slots.some((slot) => 'name' in slot && slot.name === name),
  );
  if (unused.length > 0) throw new Error(`compiledRead: parameter ${unused.join(', ')} not used`);
  const valuesFor = (values: Record<Name, unknown>) =>
    slots.map((slot) => ('name' in slot ? values[slot.name] : slot.constant));
  const runner = runners.get(db);
  if (runner) return async (values) => (await runner.all(compiled.sql, valuesFor(values))) as Row[];
  return async (values) =>
    (await db.executeQuery<Row>(CompiledQuery.raw(compiled.sql, valuesFor(values)))).rows;
}

/** Whether a Kysely instance talks to PostgreSQL, for the few queries shaped per database. */
export const isPostgres = <DB>(db: Kysely<DB>): boolean =>
  db.getExecutor().adapter instanceof PostgresAdapter;
