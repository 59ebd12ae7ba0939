// PostgreSQL may end a connection while it sits idle in the pool (a restart, an administrator).
// The pool drops it when it hears, but a request can take it first, and its first query then
// fails although nothing has run on it. Such a query is sent again, once, on a new connection:
// only when it is the connection's first since it was taken from the pool, so never inside a
// transaction or after anything else has run on it.
import type pg from 'pg';

/** Errors meaning the connection was already gone (admin shutdown, crash, closed socket). */
export function connectionWasGone(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  if (code === '57P01' || code === '57P02' || code === '57P03') return true;
  return error instanceof Error && /Connection terminated/i.test(error.message);
}

type Held = { client: pg.PoolClient; used: boolean };

function resilientClient(pool: pg.Pool, held: Held): pg.PoolClient {
  const query = async (...args: unknown[]) => {
    const first = !held.used;
    held.used = true;
    try {
      return await (held.client.query as (...a: unknown[]) => Promise<unknown>)(...args);
    } catch (error) {
      if (!first || !connectionWasGone(error)) throw error;
      held.client.release(error as Error);
      held.client = await pool.connect();
      return (held.client.query as (...a: unknown[]) => Promise<unknown>)(...args);
    }
  };
  return new Proxy(held.client, {
    get(_target, property) {
      if (property === 'query') return query;
      if (property === 'release')
        return (error?: Error | boolean) => {
          held.used = false;
          held.client.release(error);
        };
      const value = Reflect.get(held.client, property, held.client);
      return typeof value === 'function' ? value.bind(held.client) : value;
    },
  });
}

/** The pool as Kysely sees it: connections whose first query survives a connection already gone. */
export function reconnectingPool(pool: pg.Pool): pg.Pool {
  return new Proxy(pool, {
    get(target, property) {
      if (property === 'connect')
        return async () => resilientClient(target, { client: await target.connect(), used: false });
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
