// The one JSON body parser. Before anything is built from a body, one pass over its text counts
// how deeply it nests and how many parts it has, and refuses it when either is beyond what any
// Waymark request needs. Without this, a 24 KB answer nested 1,000 deep kept the event loop busy
// for a second, and deeper ones overflowed the stack in validation. The scan is a plain loop
// (nothing recursive), so no input can overflow it; it stops at the first limit crossed.
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../domain/errors.ts';

export const JSON_LIMITS = {
  /** Levels of objects and arrays; a measure answer with groups inside groups needs about 12. */
  depth: 32,
  /** Objects, arrays and the commas between members and elements; real bodies use hundreds. */
  parts: 10_000,
} as const;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;

/**
 * Whether JSON text stays within the limits. Counts only structure outside strings: each
 * container opened is one part and each comma one more. A text that is not valid JSON is left
 * for the parser to refuse.
 */
export function withinJsonLimits(
  text: string,
  limits: { depth: number; parts: number } = JSON_LIMITS,
): boolean {
  let depth = 0;
  let parts = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      depth++;
      parts++;
      if (depth > limits.depth || parts > limits.parts) return false;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) depth--;
    else if (c === COMMA && ++parts > limits.parts) return false;
  }
  return true;
}

/** Replaces Fastify's JSON parser with the same safe parser behind the limits check. */
export function registerJsonBodyParser(app: FastifyInstance): void {
  // 'error' for both: a body with __proto__ or constructor.prototype keys is refused outright.
  const parseSafely = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (!withinJsonLimits(body as string)) {
      done(new AppError('WM_REQUEST_TOO_COMPLEX'), undefined);
      return;
    }
    parseSafely(request, body as string, done);
  });
}
