// Access is declared on every route and checked before the handler runs. A route with no
// declared rule cannot be registered (deny by default); record routes go through the one
// policy function and answer 404 when it says no, the same as for a record that is not there.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Action, type Actor, isAllowed } from '../../domain/access/policy.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import type { Section } from '../../domain/record/sections.ts';

export type RouteAccess =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'record'; section: Section; action: Action };

declare const scopeBrand: unique symbol;
/** Proof that the policy allowed `actor` to `action` the `section` of `personId`'s record. */
export type RecordScope = {
  readonly actor: Actor;
  readonly personId: string;
  readonly section: Section;
  readonly action: Action;
  readonly [scopeBrand]: true;
};

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    actor: Actor | null;
    recordScope: RecordScope | null;
  }
}

export const PUBLIC: RouteAccess = { kind: 'public' };
export const SIGNED_IN: RouteAccess = { kind: 'signed-in' };
export const record = (section: Section, action: Action): RouteAccess => ({
  kind: 'record',
  section,
  action,
});

export function authorizeRecord(
  actor: Actor,
  personId: string,
  section: Section,
  action: Action,
): RecordScope {
  if (!isAllowed({ actor, ownerId: personId, section, action })) throw notFound();
  return { actor, personId, section, action } as RecordScope;
}

function checkAccess(request: FastifyRequest): void {
  const access = request.routeOptions.config.access;
  if (!access) throw notFound(); // unreachable: registration refuses such routes
  if (access.kind === 'public') return;
  if (!request.actor) throw new AppError('WM_AUTH_REQUIRED');
  if (access.kind === 'signed-in') return;
  const personId = (request.params as { personId?: unknown }).personId;
  if (typeof personId !== 'string') throw notFound();
  request.recordScope = authorizeRecord(request.actor, personId, access.section, access.action);
}

/**
 * Whether a request is for the API, judged by the route it matched rather than the raw URL:
 * the router decodes the path, so /%61pi/... reaches an /api route while its URL does not
 * start with /api/, and must still get the session, CSRF and access checks.
 */
export function isApiRequest(request: FastifyRequest): boolean {
  return (request.routeOptions.url ?? request.url).startsWith('/api/');
}

/** One API route and the access rule it declared: the table the access tests are built from. */
export type ApiRoute = { method: string; url: string; access: RouteAccess };

declare module 'fastify' {
  interface FastifyInstance {
    apiRoutes: ApiRoute[];
  }
}

export function registerAccessControl(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('recordScope', null);
  const apiRoutes: ApiRoute[] = [];
  app.decorate('apiRoutes', apiRoutes);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const access = route.config?.access;
    if (!access) {
      throw new Error(
        `Route ${route.method} ${route.url} has no access rule: declare config.access`,
      );
    }
    for (const method of [route.method].flat()) apiRoutes.push({ method, url: route.url, access });
  });
  // Checked before the body is read, so a request that may not touch this record is refused
  // the same way whatever it sends, and nobody else's upload is buffered at all.
  app.addHook('preParsing', async (request) => {
    if (isApiRequest(request)) checkAccess(request);
  });
}

/** The scope a record route was authorised for; routes without one are a programming error. */
export function scopeOf(request: FastifyRequest): RecordScope {
  if (!request.recordScope) throw new Error('Record route used without a record access rule');
  return request.recordScope;
}
