// Response headers for a health record: a strict content security policy (no inline script,
// no third-party origins), no caching of API answers, and no referrer leaking record URLs.
// They are the same on every answer, so they are written out once here and set as they are
// (docs/decisions/0021-prepared-hot-queries.md): helmet built them again on every request.
import type { FastifyInstance } from 'fastify';
import { isApiRequest, isFhirRequest } from './access.ts';

/** The web app's policy: its own scripts, styles, images and workers, and nothing else. */
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join(';');

/** JSON answers are never a document: they may load nothing and be framed by nobody. */
const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

const EVERY_ANSWER = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
} as const;

const PAGE_HEADERS = { ...EVERY_ANSWER, 'content-security-policy': PAGE_POLICY } as const;

/**
 * The headers an API answer must carry, also for the few answers Fastify makes before any hook
 * runs (see frameworkErrorHandler).
 */
export const BARE_API_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': API_POLICY,
} as const;

const API_HEADERS = { ...EVERY_ANSWER, ...BARE_API_HEADERS } as const;

const STRICT_TRANSPORT = 'max-age=31536000; includeSubDomains';

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  // Callback hooks, not async ones: they run on every request and never wait.
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(isApiRequest(request) || isFhirRequest(request) ? API_HEADERS : PAGE_HEADERS);
    done();
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    // Again as the answer goes: no handler may make an API answer cacheable.
    if (isApiRequest(request) || isFhirRequest(request)) reply.header('cache-control', 'no-store');
    // Over HTTPS only: over plain HTTP browsers ignore it, and a local install that sent it
    // for "localhost" would stop every other plain-HTTP local app for a year.
    if (request.protocol === 'https') reply.header('strict-transport-security', STRICT_TRANSPORT);
    done(null, payload);
  });
}
