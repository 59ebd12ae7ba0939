// Access is declared on every route and checked before the handler runs. A route with no
// declared rule cannot be registered (deny by default). For a record route the access step
// loads the request's access context once (one query), decides it with the one pure policy,
// and hangs the decision on the RecordScope; a refusal is the same 404 as a record that is not
// there. A read by anyone but the owner is logged here, at this one point, before any handler
// runs: if the log cannot be written, the request fails and nothing is returned.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AccessContext } from '../../domain/access/context.ts';
import type { Action, Actor } from '../../domain/access/policy.ts';
import { authorize, type RecordScope } from '../../domain/access/scope.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import type { Section } from '../../domain/record/sections.ts';
import { isStorableText } from '../../domain/validation.ts';

export type { RecordScope } from '../../domain/access/scope.ts';

export type RouteAccess =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'record'; section: Section; action: Action };

/** What the access step needs from the store, given by the app (http imports no feature). */
export type AccessGate = {
  /** The request's access context: one indexed query, none for the owner. */
  contextFor(actor: Actor, personId: string): Promise<AccessContext>;
  /** Records a non-owner's read; throwing fails the request. */
  logRead(scope: RecordScope, context: AccessContext, route: string): Promise<void>;
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

async function checkAccess(request: FastifyRequest, gate: AccessGate): Promise<void> {
  const access = request.routeOptions.config.access;
  if (!access) throw notFound(); // unreachable: registration refuses such routes
  if (access.kind === 'public') return;
  if (!request.actor) throw new AppError('WM_AUTH_REQUIRED');
  if (access.kind === 'signed-in') return;
  const personId = (request.params as { personId?: unknown }).personId;
  // No account id holds a NUL or a lone surrogate, and PostgreSQL cannot even compare one:
  // such an id is a record that does not exist, before any query.
  if (typeof personId !== 'string' || !isStorableText(personId)) throw notFound();
  const context = await gate.contextFor(request.actor, personId);
  const scope = authorize(context, access.section, access.action);
  if (access.action === 'read' && !scope.decision.isOwner) {
    await gate.logRead(scope, context, `${request.method} ${request.routeOptions.url}`);
  }
  request.recordScope = scope;
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

export function registerAccessControl(app: FastifyInstance, gate: AccessGate): void {
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
    if (isApiRequest(request)) await checkAccess(request, gate);
  });
}

/** The scope a record route was authorised for; routes without one are a programming error. */
export function scopeOf(request: FastifyRequest): RecordScope {
  if (!request.recordScope) throw new Error('Record route used without a record access rule');
  return request.recordScope;
}
