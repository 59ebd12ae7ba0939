// better-sqlite3 prepares a statement each time Kysely asks, and preparing the same SQL again
// on every query cost about a third of a record read's time (issue 10's profile). Statements are
// reusable, and every call on them is synchronous, so one prepared statement per SQL text can
// serve every query. The cache is bounded (least recently used goes first), because SQL built
// with a varying number of parameters (an `in (…)` list) makes many texts.
import type SQLite from 'better-sqlite3';

export const STATEMENT_CACHE_SIZE = 500;

/** The same database, whose `prepare` hands back a cached statement for SQL it has seen. */
export function withStatementCache(
  sqlite: SQLite.Database,
  size = STATEMENT_CACHE_SIZE,
  onClose: () => void = () => {},
): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = (source: string): SQLite.Statement => {
    const cached = cache.get(source);
    if (cached) {
      // Map keeps insertion order: moving it to the end marks it most recently used.
      cache.delete(source);
      cache.set(source, cached);
      return cached;
    }
    const statement = sqlite.prepare(source);
    cache.set(source, statement);
    if (cache.size > size) cache.delete(cache.keys().next().value as string);
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, property) {
      if (property === 'prepare') return prepare;
      if (property === 'close')
        return () => {
          onClose();
          return target.close();
        };
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
