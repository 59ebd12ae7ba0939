// Every route refuses text that a database cannot keep as sent (a NUL, a lone surrogate), in its
// path, its query and its JSON body, before its schema runs. PostgreSQL answered such a value
// with error 22021 and the person got a 500, while SQLite kept it: now both answer the same 400,
// naming the field. The shared string helpers refuse the same text, so web forms say so too;
// this check also covers plain strings, object keys and answers kept as JSON.
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../domain/errors.ts';
import { say } from '../../domain/i18n/said.ts';
import { findUnstorableText } from '../../domain/validation.ts';

/** Named the way schema errors name them (error-handler.ts): body fields bare, others prefixed. */
const PARTS = [
  ['params', 'params.'],
  ['query', 'querystring.'],
  ['body', ''],
] as const;

export function registerRequestTextCheck(app: FastifyInstance): void {
  // A callback hook, not an async one: it runs on every request and never waits.
  app.addHook('preValidation', (request, _reply, done) => {
    for (const [part, prefix] of PARTS) {
      const path = findUnstorableText(request[part]);
      if (!path) continue;
      const field = path.length ? `${prefix}${path.join('.')}` : prefix.slice(0, -1) || 'body';
      return done(
        new AppError('WM_VALIDATION_FAILED', {
          fields: [{ field, message: say('validation.unstorableText') }],
        }),
      );
    }
    done();
  });
}
