// Response headers for a health record: a strict content security policy (no inline script,
// no third-party origins), no caching of API answers, and no referrer leaking record URLs.
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { isApiRequest } from './access.ts';

/**
 * The headers an API answer must carry, for the few answers Fastify makes before any hook
 * runs (see frameworkErrorHandler), where helmet and the no-store hook never see them.
 */
export const BARE_API_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
} as const;

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
    // Sent below, over HTTPS only: over plain HTTP browsers ignore it, and a local install
    // that sent it for "localhost" would stop every other plain-HTTP local app for a year.
    strictTransportSecurity: false,
  });
  app.addHook('onSend', async (request, reply) => {
    if (isApiRequest(request)) reply.header('Cache-Control', 'no-store');
    if (request.protocol === 'https')
      reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  });
}
