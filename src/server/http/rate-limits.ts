// Rate limits that hold across every server process: @fastify/rate-limit (per client address,
// on the routes that declare `config.rateLimit`) counts in the database through the store
// below, and every write by a signed-in account counts against WRITES_PER_MINUTE.
import rateLimit, { type FastifyRateLimitStore } from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { RetryLaterError } from '../../domain/errors.ts';

/**
 * What the limits need from a counter: one hit counted for a key, and the hits in its current
 * window. app.ts passes the database counter (features/limits), so this edge imports no feature.
 */
export type HitCounter = {
  hit(key: string, windowMs: number): Promise<{ hits: number; resetsInMs: number }>;
};

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const MINUTE_MS = 60_000;
/** Signing out must always work, however busy the account has been. */
const NEVER_LIMITED = new Set(['/api/auth/sign-out']);

type RouteInfo = { method?: string | string[]; url?: string };

/** A store for @fastify/rate-limit that counts in the database; one key space per route. */
function databaseStore(counter: HitCounter) {
  return class DatabaseRateLimitStore implements FastifyRateLimitStore {
    private readonly prefix: string;

    constructor(options: { routeInfo?: RouteInfo } = {}) {
      const route = options.routeInfo;
      const method = [route?.method ?? ''].flat().join(',');
      this.prefix = `address:${method} ${route?.url ?? '*'}:`;
    }

    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ): void {
      counter.hit(this.prefix + key, timeWindow).then(
        ({ hits, resetsInMs }) => callback(null, { current: hits, ttl: resetsInMs }),
        (error: Error) => callback(error),
      );
    }

    child(routeOptions: unknown): FastifyRateLimitStore {
      return new DatabaseRateLimitStore(routeOptions as { routeInfo?: RouteInfo });
    }
  };
}

export async function registerRateLimits(
  app: FastifyInstance,
  counter: HitCounter,
  writesPerMinute: number,
): Promise<void> {
  await app.register(rateLimit, { global: false, store: databaseStore(counter) });

  // Runs after the session hook, so it knows the account; one key per account, shared by all
  // the account's sessions and every server process.
  app.addHook('onRequest', async (request) => {
    const session = request.session;
    if (!session || !WRITE_METHODS.has(request.method)) return;
    if (NEVER_LIMITED.has(request.routeOptions.url ?? '')) return;
    const { hits, resetsInMs } = await counter.hit(`writes:${session.account.id}`, MINUTE_MS);
    if (hits <= writesPerMinute) return;
    throw new RetryLaterError('WM_RATE_LIMITED', resetsInMs / 1000);
  });
}
