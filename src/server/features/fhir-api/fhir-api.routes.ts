// The FHIR read API at /fhir/R4 (issue 15, decision 0049): metadata (public), read and search of
// the types a token's scopes name, and Patient/$everything. A bearer token the person issued is
// the only way in: these routes read no session cookie, so a cookie alone never reads anything.
// JSON only: anything else asked for (Accept, _format) is a 406. Errors are OperationOutcomes
// (http/error-handler.ts). Every answer with record data is logged by the access step.
import '../../../domain/i18n/api-tokens.messages.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../../domain/errors.ts';
import { type FhirApiType, isFhirApiType } from '../../../domain/fhir-api/scopes.ts';
import { parseSearch } from '../../../domain/fhir-api/search.ts';
import { findUnstorableText } from '../../../domain/validation.ts';
import {
  FHIR_BASE,
  FHIR_TOKEN,
  type FhirAccess,
  isFhirRequest,
  PUBLIC,
} from '../../http/access.ts';
import { hashToken } from '../auth/tokens.ts';
import type { ApiTokenRepo } from './api-tokens.repo.ts';
import { capabilityStatement } from './capability-statement.ts';
import type { FhirApiService } from './fhir-api.service.ts';

const FHIR_JSON = 'application/fhir+json; charset=utf-8';
/**
 * Each read gathers the asked parts of one record: per client address and route, at most this
 * many a minute (counted across server processes, like sign-in's limit). Over it: 429.
 */
export const FHIR_RATE_LIMIT = { max: 600, timeWindow: '1 minute' };
/** What a client may ask for: FHIR JSON, plain JSON, or anything. */
const ACCEPTED = new Set(['application/fhir+json', 'application/json', 'application/*', '*/*']);
const FORMATS = new Set(['json', 'application/json', 'application/fhir+json']);

/** Refuses (406) a request for anything but JSON, in Accept or _format. */
export function checkFormat(request: FastifyRequest): void {
  const accept = request.headers.accept;
  if (accept) {
    const types = accept.split(',').map((part) => part.split(';')[0]?.trim().toLowerCase() ?? '');
    if (!types.some((type) => ACCEPTED.has(type))) throw new AppError('WM_FHIR_NOT_ACCEPTABLE');
  }
  const format = (request.query as Record<string, unknown> | undefined)?._format;
  if (format !== undefined && (typeof format !== 'string' || !FORMATS.has(format.toLowerCase())))
    throw new AppError('WM_FHIR_NOT_ACCEPTABLE');
}

function send(reply: FastifyReply, body: object) {
  return reply.type(FHIR_JSON).send(JSON.stringify(body));
}

function accessOf(request: FastifyRequest): FhirAccess {
  if (!request.fhirAccess) throw new Error('FHIR route used without the fhir-token rule');
  return request.fhirAccess;
}

function typeOf(value: string): FhirApiType {
  if (!isFhirApiType(value))
    throw new AppError('WM_FHIR_UNKNOWN_TYPE', { params: { type: value.slice(0, 40) } });
  return value;
}

/** A page's own address, with the search's parameters and the page's start. */
function pageUrl(baseUrl: string, request: FastifyRequest) {
  const path = request.url.split('?')[0] ?? '';
  const query = request.query as Record<string, string | string[]>;
  return (offset: number) => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query))
      if (name !== '_offset') for (const v of [value].flat()) params.append(name, v);
    params.set('_offset', String(offset));
    return `${baseUrl.replace(/\/+$/, '')}${path}?${params}`;
  };
}

export function registerFhirApiRoutes(
  app: FastifyInstance,
  deps: { fhir: FhirApiService; tokens: ApiTokenRepo; clock: () => Date; baseUrl: string },
): void {
  const { fhir, tokens, clock, baseUrl } = deps;

  // The bearer token, and the format asked for, before the access step: the token becomes
  // the request's actor (the app); no token, or one the store does not know, is no actor.
  app.addHook('onRequest', async (request) => {
    if (!isFhirRequest(request)) return;
    checkFormat(request);
    const header = request.headers.authorization;
    const match =
      typeof header === 'string' ? /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(header) : null;
    if (!match?.[1]) return;
    const found = await tokens.findByHash(hashToken(match[1]));
    if (found) request.actor = { kind: 'api_token', tokenId: found.id, personId: found.person_id };
  });
  // When the token was last used, for the person's list: once it was let in.
  const touch = async (request: FastifyRequest) => {
    const actor = request.actor;
    if (actor && 'kind' in actor && actor.kind === 'api_token')
      await tokens.touch(actor.personId, actor.tokenId, clock().toISOString());
  };

  app.get(`${FHIR_BASE}/metadata`, {
    config: { access: PUBLIC },
    handler: async (_request, reply) =>
      send(reply, capabilityStatement(baseUrl, clock().toISOString())),
  });

  app.get(`${FHIR_BASE}/Patient/:id/$everything`, {
    config: { access: FHIR_TOKEN, rateLimit: FHIR_RATE_LIMIT },
    handler: async (request, reply) => {
      const { id } = request.params as { id: string };
      const search = parseSearch('$everything', request.query as Record<string, unknown>);
      const access = accessOf(request);
      await touch(request);
      return send(reply, await fhir.everything(access, id, search, pageUrl(baseUrl, request)));
    },
  });

  app.get(`${FHIR_BASE}/:type`, {
    config: { access: FHIR_TOKEN, rateLimit: FHIR_RATE_LIMIT },
    handler: async (request, reply) => {
      const type = typeOf((request.params as { type: string }).type);
      const search = parseSearch(type, request.query as Record<string, unknown>);
      const access = accessOf(request);
      await touch(request);
      return send(reply, await fhir.search(access, type, search, pageUrl(baseUrl, request)));
    },
  });

  app.get(`${FHIR_BASE}/:type/:id`, {
    config: { access: FHIR_TOKEN, rateLimit: FHIR_RATE_LIMIT },
    handler: async (request, reply) => {
      const params = request.params as { type: string; id: string };
      const type = typeOf(params.type);
      // Text no database keeps is no resource's id (as for a person's id in the access step).
      if (findUnstorableText(params.id) || params.id.length > 64)
        throw new AppError('WM_NOT_FOUND');
      const query = request.query as Record<string, unknown>;
      for (const name of Object.keys(query))
        if (name !== '_format')
          throw new AppError('WM_FHIR_UNKNOWN_PARAMETER', { params: { name: name.slice(0, 40) } });
      const access = accessOf(request);
      await touch(request);
      return send(reply, await fhir.read(access, type, params.id));
    },
  });
}
