// Suggestions (decision 0029). Making one is a record route whose rule is the grant level:
// `record(section, 'suggest')`, decided by the one access model like every other. Deciding is
// the person's alone (the `owner` rule). The suggester's own list and withdrawing sit outside
// any record (signed in): they carry no record content, only what became of each suggestion.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { isAccountActor } from '../../../domain/access/policy.ts';
import { AppError } from '../../../domain/errors.ts';
import { SECTION_OF_KIND } from '../../../domain/record/sections.ts';
import {
  acceptSuggestionSchema,
  createdSuggestionSchema,
  declineSuggestionSchema,
  mySuggestionSchema,
  mySuggestionsSchema,
  SUGGESTABLE,
  SUGGESTABLE_KINDS,
  suggestionRequestSchemas,
  suggestionSchema,
  suggestionsSchema,
} from '../../../domain/suggestions/suggestion.schema.ts';
import { suggestionCountSchema } from '../../../domain/suggestions/suggestion-count.schema.ts';
import { id, z } from '../../../domain/validation.ts';
import { OWNER, record, SIGNED_IN, scopeOf } from '../../http/access.ts';
import { ifMatchHeaders, ifMatchOf } from '../record/versioned-write.ts';
import type { SuggestionService } from './suggestions.service.ts';

const base = '/api/people/:personId/suggestions';
const params = z.object({ personId: z.string() });
const oneParams = params.extend({ id: id() });

function accountOf(request: FastifyRequest): string {
  const actor = request.actor;
  if (!actor || !isAccountActor(actor)) throw new AppError('WM_AUTH_REQUIRED');
  return actor.accountId;
}

export function registerSuggestionRoutes(app: FastifyInstance, suggestions: SuggestionService) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  // One route per kind that takes suggestions, each under its section's `suggest` rule; the
  // body's words are checked by the same schema as the section's own save.
  for (const kind of SUGGESTABLE_KINDS) {
    api.post(`${base}/${SUGGESTABLE[kind].path}`, {
      config: { access: record(SECTION_OF_KIND[kind], 'suggest') },
      schema: {
        params,
        body: suggestionRequestSchemas[kind],
        response: { 201: createdSuggestionSchema },
      },
      handler: async (request, reply) => {
        const made = await suggestions.suggest(scopeOf(request), kind, request.body);
        return reply.code(201).send(made);
      },
    });
  }

  api.get(base, {
    config: { access: OWNER },
    schema: { params, response: { 200: suggestionsSchema } },
    handler: async (request) => suggestions.list(request.params.personId),
  });

  api.get(`${base}/count`, {
    config: { access: OWNER },
    schema: { params, response: { 200: suggestionCountSchema } },
    handler: async (request) => suggestions.count(request.params.personId),
  });

  api.get(`${base}/:id`, {
    config: { access: OWNER },
    schema: { params: oneParams, response: { 200: suggestionSchema } },
    handler: async (request) => suggestions.get(request.params.personId, request.params.id),
  });

  api.post(`${base}/:id/accept`, {
    config: { access: OWNER },
    schema: {
      params: oneParams,
      headers: ifMatchHeaders,
      body: acceptSuggestionSchema,
      response: { 200: suggestionSchema },
    },
    handler: async (request) =>
      suggestions.accept(
        request.params.personId,
        request.params.id,
        ifMatchOf(request),
        request.body,
      ),
  });

  api.post(`${base}/:id/decline`, {
    config: { access: OWNER },
    schema: {
      params: oneParams,
      body: declineSuggestionSchema,
      response: { 200: suggestionSchema },
    },
    handler: async (request) =>
      suggestions.decline(request.params.personId, request.params.id, request.body),
  });

  api.get('/api/suggestions/mine', {
    config: { access: SIGNED_IN },
    schema: { response: { 200: mySuggestionsSchema } },
    handler: async (request) => ({ suggestions: await suggestions.mine(accountOf(request)) }),
  });

  api.post('/api/suggestions/mine/:id/withdraw', {
    config: { access: SIGNED_IN },
    schema: { params: z.object({ id: id() }), response: { 200: mySuggestionSchema } },
    handler: async (request) => suggestions.withdraw(accountOf(request), request.params.id),
  });
}
