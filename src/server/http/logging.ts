// Structured logs (pino). Requests are logged by method, route pattern and status only:
// never bodies, cookies, tokens or query strings, which could hold record content.
import type { FastifyServerOptions } from 'fastify';

/** Anything pino can write lines to. */
export type LogStream = { write(line: string): void };

export function loggerOptions(level: string, stream?: LogStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: ['req.headers', 'res.headers', '*.password', '*.token', '*.cookie'],
      remove: true,
    },
    serializers: {
      req: (req: { method: string; url: string; routeOptions?: { url?: string }; id: string }) => ({
        id: req.id,
        method: req.method,
        route: req.routeOptions?.url ?? req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
