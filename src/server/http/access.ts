// Access is declared on every route and checked before the handler runs. A route with no
// declared rule cannot be registered (deny by default). For a record route the access step
// loads the request's access context once (one query), decides it with the one pure policy,
// and hangs the decision on the RecordScope; a refusal is the same 404 as a record that is not
// there. A read by anyone but the owner is logged by this step, at one point: once the answer
// is known to carry record data and before any of it is sent; if the log cannot be written,
// the request fails and nothing is returned. A staff account without a confirmed second factor
// (decision 0039) is refused every record route by `decide`, with the same 404; a practitioner
// without one also gets WM_SECOND_FACTOR_REQUIRED (403) from every signed-in route outside a
// record except their own account's settings (OWN_ACCOUNT), so the web app can send them to
// set it up.
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AccessContext } from '../../domain/access/context.ts';
import { type AccessDecision, decide } from '../../domain/access/decision.ts';
import { type Action, type Actor, isApiTokenActor } from '../../domain/access/policy.ts';
import { authorize, type RecordScope, scopeFor } from '../../domain/access/scope.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import type { Section } from '../../domain/record/sections.ts';
import { PREVIEW_AS_HEADER } from '../../domain/sharing/grants.schema.ts';
import { findUnstorableText } from '../../domain/validation.ts';

export type { RecordScope } from '../../domain/access/scope.ts';

export type RouteAccess =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  /**
   * The signed-in account's own settings and sign-in, which show nothing of any person: the
   * only routes a staff account without a second factor may use, to set one up.
   */
  | { kind: 'own-account' }
  /** The person's own record settings (sharing): the owner only; anyone else gets the 404. */
  | { kind: 'owner' }
  | { kind: 'record'; section: Section; action: Action }
  /**
   * The FHIR read API (decision 0049): a bearer token the person issued, never a cookie. The
   * token's own person is the record; the decision is its scopes' sections, read-only.
   */
  | { kind: 'fhir-token' };

/** What the access step needs from the store, given by the app (http imports no feature). */
export type AccessGate = {
  /** The request's access context: one indexed query, none for the owner. */
  contextFor(actor: Actor, personId: string): Promise<AccessContext>;
  /** Records a non-owner's read; throwing fails the request. */
  logRead(scope: RecordScope, context: AccessContext, route: string): Promise<void>;
  /** Records an app's read through the FHIR API: one entry per section it looked at. */
  logFhirRead(
    context: AccessContext,
    sections: readonly (Section | null)[],
    route: string,
  ): Promise<void>;
  /**
   * The context of one of the owner's current relationships, as if that person were asking:
   * the owner's preview of what they see. Null when there is no such current relationship.
   */
  previewContextFor(ownerId: string, relationshipId: string): Promise<AccessContext | null>;
};

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    actor: Actor | null;
    recordScope: RecordScope | null;
    /** A non-owner's read, logged once the answer is known to carry record data. */
    pendingReadLog: (() => Promise<void>) | null;
    /** A FHIR API request's access, once its token is checked: the context and its decision. */
    fhirAccess: FhirAccess | null;
  }
}

/** What the access step found for a FHIR API request (decision 0049). */
export type FhirAccess = {
  context: AccessContext;
  decision: AccessDecision;
  /** The sections the handler reports it read (null: the person's name alone); logged once sent. */
  logged: (Section | null)[];
};

export const PUBLIC: RouteAccess = { kind: 'public' };
export const FHIR_TOKEN: RouteAccess = { kind: 'fhir-token' };
export const SIGNED_IN: RouteAccess = { kind: 'signed-in' };
export const OWN_ACCOUNT: RouteAccess = { kind: 'own-account' };
export const OWNER: RouteAccess = { kind: 'owner' };
export const record = (section: Section, action: Action): RouteAccess => ({
  kind: 'record',
  section,
  action,
});

async function checkAccess(request: FastifyRequest, gate: AccessGate): Promise<void> {
  const access = request.routeOptions.config.access;
  if (!access) throw notFound(); // unreachable: registration refuses such routes
  if (access.kind === 'public') return;
  if (access.kind === 'fhir-token') return checkFhirAccess(request, gate);
  if (!request.actor) throw new AppError('WM_AUTH_REQUIRED');
  if (access.kind === 'own-account') return;
  if (access.kind === 'signed-in') {
    // Routes outside any record (shared with me, notifications, ...) may name people: a
    // practitioner without a second factor gets a refusal about their own account (decision
    // 0039). A service admin sees no person anywhere (decision 0038), so their service's own
    // pages still answer; the web app sends them to set it up all the same.
    const account = request.session?.account;
    if (account?.secondFactorRequired && account.role === 'practitioner')
      throw new AppError('WM_SECOND_FACTOR_REQUIRED');
    return;
  }
  const personId = (request.params as { personId?: unknown }).personId;
  // Checked before the access context's query: text no database can keep (a NUL) is no
  // person's id, and PostgreSQL would answer it with an error rather than "not there".
  if (typeof personId !== 'string' || findUnstorableText(personId)) throw notFound();
  const previewAs = request.headers[PREVIEW_AS_HEADER];
  // A preview is read-only everywhere: the owner's settings too take no write carrying it.
  const isRead = request.method === 'GET' || request.method === 'HEAD';
  if (access.kind === 'owner' && previewAs !== undefined && !isRead) throw notFound();
  const context = await gate.contextFor(request.actor, personId);
  if (access.kind === 'owner') {
    if (!decide(context).managesSharing) throw notFound();
    return;
  }
  if (previewAs !== undefined) {
    request.recordScope = await previewScope(request, gate, context, access, previewAs);
    return;
  }
  const scope = authorize(context, access.section, access.action);
  // Working on something together (a review, decision 0043) answers with what is worked on, so
  // someone else's `contribute` is logged as a view of it too.
  const answersWithRecord = access.action === 'read' || access.action === 'contribute';
  if (answersWithRecord && !scope.decision.isOwner) {
    const route = `${request.method} ${request.routeOptions.url}`;
    request.pendingReadLog = () => gate.logRead(scope, context, route);
  }
  request.recordScope = scope;
}

/**
 * A FHIR API request: only an app's token counts (a cookie never does; sessions are not even
 * read on these routes). A token that is unknown, revoked, past its end, or whose person paused
 * sharing gets one and the same 401, so the answer tells nothing of the record. The handler
 * says which sections it read; they are logged, under the app's name, before any is sent.
 */
async function checkFhirAccess(request: FastifyRequest, gate: AccessGate): Promise<void> {
  const actor = request.actor;
  if (!actor || !isApiTokenActor(actor)) throw new AppError('WM_FHIR_TOKEN_INVALID');
  const context = await gate.contextFor(actor, actor.personId);
  const decision = decide(context);
  // The token's decision names it whenever it may read at all (even its Patient alone).
  if (decision.relationshipId === null) throw new AppError('WM_FHIR_TOKEN_INVALID');
  const access: FhirAccess = { context, decision, logged: [] };
  request.fhirAccess = access;
  const route = `${request.method} ${request.routeOptions.url}`;
  request.pendingReadLog = async () => {
    if (access.logged.length > 0) await gate.logFhirRead(context, access.logged, route);
  };
}

/**
 * The owner reading their own record as one of their relationships would see it: the scope
 * carries that relationship's decision, from the same loader and the same `decide`, so rows
 * and sections are withheld exactly as for that person. Read-only, and logged as nothing: the
 * owner is reading their own record. Anyone else, or a write, gets the 404.
 */
async function previewScope(
  request: FastifyRequest,
  gate: AccessGate,
  context: AccessContext,
  access: { section: Section; action: Action },
  previewAs: string | string[],
): Promise<RecordScope> {
  if (
    typeof previewAs !== 'string' ||
    findUnstorableText(previewAs) ||
    access.action !== 'read' ||
    !request.actor
  ) {
    throw notFound();
  }
  if (!decide(context).managesSharing) throw notFound();
  const preview = await gate.previewContextFor(context.ownerId, previewAs);
  if (!preview) throw notFound();
  return scopeFor(request.actor, decide(preview), access.section, access.action);
}

/**
 * Whether a request is for the API, judged by the route it matched rather than the raw URL:
 * the router decodes the path, so /%61pi/... reaches an /api route while its URL does not
 * start with /api/, and must still get the session, CSRF and access checks.
 */
export function isApiRequest(request: FastifyRequest): boolean {
  return (request.routeOptions.url ?? request.url).startsWith('/api/');
}

/** The FHIR read API's prefix (decision 0049): bearer tokens only, no session, no CSRF. */
export const FHIR_BASE = '/fhir/R4';

/** Whether a request is for the FHIR read API, judged by its route as for isApiRequest. */
export function isFhirRequest(request: FastifyRequest): boolean {
  return (request.routeOptions.url ?? request.url).startsWith(`${FHIR_BASE}/`);
}

/** One API route and the access rule it declared: the table the access tests are built from. */
export type ApiRoute = { method: string; url: string; access: RouteAccess };

declare module 'fastify' {
  interface FastifyInstance {
    apiRoutes: ApiRoute[];
    /** The FHIR read API's routes and their rules (decision 0049), tested apart. */
    fhirRoutes: ApiRoute[];
  }
}

/** Headers a handler sets from the record it read; a read that could not be logged drops them. */
const READ_HEADERS = ['etag', 'last-modified', 'content-disposition', 'location', 'content-length'];

export function registerAccessControl(app: FastifyInstance, gate: AccessGate): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('recordScope', null);
  app.decorateRequest('pendingReadLog', null);
  app.decorateRequest('fhirAccess', null);
  const apiRoutes: ApiRoute[] = [];
  app.decorate('apiRoutes', apiRoutes);
  const fhirRoutes: ApiRoute[] = [];
  app.decorate('fhirRoutes', fhirRoutes);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') && !route.url.startsWith(`${FHIR_BASE}/`)) return;
    const access = route.config?.access;
    if (!access) {
      throw new Error(
        `Route ${route.method} ${route.url} has no access rule: declare config.access`,
      );
    }
    const list = route.url.startsWith('/api/') ? apiRoutes : fhirRoutes;
    for (const method of [route.method].flat()) list.push({ method, url: route.url, access });
  });
  // Checked before the body is read, so a request that may not touch this record is refused
  // the same way whatever it sends, and nobody else's upload is buffered at all.
  app.addHook('preParsing', async (request) => {
    if (isApiRequest(request) || isFhirRequest(request)) await checkAccess(request, gate);
  });
  // A non-owner's read is logged here, after the handler and before a byte is sent: only an
  // answer that carries record data (not a 404 for an item that is not there, nor any other
  // refusal) is a read. Registered before compression, so it runs first. If the entry cannot
  // be written, the answer is replaced by the error (500) and its data is never sent.
  // A callback hook: most answers have no read to log and go on at once, without a promise.
  app.addHook('onSend', (request, reply, payload, done) => {
    const logRead = request.pendingReadLog;
    if (!logRead) return done(null, payload);
    request.pendingReadLog = null; // once: the error answer that may follow is not a read
    if (reply.statusCode >= 400) return done(null, payload);
    logRead().then(
      () => done(null, payload),
      (error: Error) => {
        if (payload instanceof Readable) payload.destroy();
        // Nor anything the handler said about the data: its version, its file name.
        for (const header of READ_HEADERS) reply.removeHeader(header);
        done(error);
      },
    );
  });
}

/** The scope a record route was authorised for; routes without one are a programming error. */
export function scopeOf(request: FastifyRequest): RecordScope {
  if (!request.recordScope) throw new Error('Record route used without a record access rule');
  return request.recordScope;
}
