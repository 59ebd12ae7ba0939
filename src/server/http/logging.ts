// Structured logs (pino). Requests are logged by method, route pattern and status only:
// never bodies, cookies, tokens or query strings, which could hold record content.
import type { FastifyServerOptions } from 'fastify';

export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: ['req.headers', 'res.headers', '*.password', '*.token', '*.cookie'], remove: true },
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
