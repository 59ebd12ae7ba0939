// The language each answer is worded in (issue 13). The server answers many people at once, so
// the language is kept per request, never in a global: the signed-in account's choice leads,
// else the request's Accept-Language (the web app sends the language showing), else en-GB.
// Work done for someone else, such as an email to the person it tells, is worded in theirs.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  bestLanguage,
  DEFAULT_LANGUAGE,
  isLanguageCode,
  type LanguageCode,
} from '../../domain/i18n/languages.ts';
import { useLanguageOf } from '../../domain/i18n/translate.ts';

type LanguageNow = { language: LanguageCode };

const languageNow = new AsyncLocalStorage<LanguageNow>();
useLanguageOf(() => languageNow.getStore()?.language);

declare module 'fastify' {
  interface FastifyRequest {
    /** The language this request is answered in. */
    answerLanguage: LanguageNow;
  }
}

/** Runs `work` with words in `language`: an email to another person is in their language. */
export function inLanguage<T>(language: LanguageCode, work: () => T): T {
  return languageNow.run({ language }, work);
}

/** Runs `work` in an account's chosen language, or en-GB when it has not chosen one. */
export function inAccountLanguage<T>(language: string | null, work: () => T): T {
  return inLanguage(isLanguageCode(language) ? language : DEFAULT_LANGUAGE, work);
}

/** The languages an Accept-Language header asks for, best first ("cy, en-GB;q=0.8"). */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag = '', ...options] = part.trim().split(';');
      const q = options.map((o) => o.trim()).find((o) => o.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((wanted) => wanted.tag !== '' && wanted.tag !== '*' && wanted.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((wanted) => wanted.tag);
}

/** Once the session is known: a signed-in account's own choice of language leads. */
export function answerInAccountLanguage(
  request: FastifyRequest,
  language: LanguageCode | null,
): void {
  if (language) request.answerLanguage.language = language;
}

export function registerRequestLanguage(app: FastifyInstance): void {
  app.decorateRequest('answerLanguage', null as unknown as LanguageNow);
  app.addHook('onRequest', (request, _reply, done) => {
    const header = request.headers['accept-language'];
    request.answerLanguage = { language: bestLanguage(acceptedLanguages(header)) };
    languageNow.run(request.answerLanguage, done);
  });
  // Reading a body runs in the socket's own context, not the request's: enter it again after.
  app.addHook('preValidation', (request, _reply, done) => {
    languageNow.run(request.answerLanguage, done);
  });
}

/** Runs `work` in the request's language: errors are answered outside the request's context. */
export function inRequestLanguage<T>(request: FastifyRequest, work: () => T): T {
  return request.answerLanguage ? languageNow.run(request.answerLanguage, work) : work();
}
