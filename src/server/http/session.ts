// Reads the session cookie on every request and checks CSRF defences on every request that
// changes something: the Origin must be ours, and signed-in requests must echo the session's
// CSRF token in the X-CSRF-Token header (a page on another site cannot read or send it).
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ActiveSession } from '../../domain/auth/auth.schema.ts';
import { SESSION_ENDS_IN_HEADER } from '../../domain/auth/session-timing.ts';
import { AppError } from '../../domain/errors.ts';
import type { Config } from '../config.ts';
import { isApiRequest } from './access.ts';
import { answerInAccountLanguage } from './language.ts';

declare module 'fastify' {
  interface FastifyRequest {
    session: ActiveSession | null;
  }
}

const SECURE_COOKIE = '__Host-waymark';
const PLAIN_COOKIE = 'waymark';
const SECURE_DEVICE_COOKIE = '__Host-waymark-device';
const PLAIN_DEVICE_COOKIE = 'waymark-device';
const SECURE_PENDING_COOKIE = '__Host-waymark-pending';
const PLAIN_PENDING_COOKIE = 'waymark-pending';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * All the hook needs from sign-in: the live session a cookie's token names, if any. app.ts
 * passes the auth service; this edge does not import it (docs/decisions/0018-layer-rules.md).
 */
export type SessionLookup = { resolve(token: string): Promise<ActiveSession | null> };

/** Compares in time that does not depend on where the strings differ. */
function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function isSecure(request: FastifyRequest, mode: Config['cookieSecure']): boolean {
  return mode === 'always' || (mode === 'auto' && request.protocol === 'https');
}

/**
 * The one cookie name a request may use. Over HTTPS only the __Host- cookie counts: a cookie
 * without the prefix can be planted by a sibling subdomain or over plain HTTP (for example
 * an attacker's own session, to collect what the person then writes).
 */
function cookieName(request: FastifyRequest, mode: Config['cookieSecure']): string {
  return isSecure(request, mode) ? SECURE_COOKIE : PLAIN_COOKIE;
}

/** Tells the browser how long its session has left (the web app warns before the end). */
function sayWhenSessionEnds(reply: FastifyReply, session: { endsInSeconds: number }): void {
  reply.header(SESSION_ENDS_IN_HEADER, String(session.endsInSeconds));
}

export function setSessionCookie(
  reply: FastifyReply,
  session: { token: string; endsInSeconds: number },
  config: Config,
): void {
  sayWhenSessionEnds(reply, session);
  const secure = isSecure(reply.request, config.cookieSecure);
  reply.setCookie(cookieName(reply.request, config.cookieSecure), session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: config.session.absoluteHours * 3600,
  });
}

/**
 * Signs this browser in: the session cookie, then the known-device mark. The session cookie
 * goes first because simple clients keep the first cookie they are given.
 */
export function startSession(
  reply: FastifyReply,
  session: { token: string; endsInSeconds: number; deviceToken: string },
  config: Config,
): void {
  setSessionCookie(reply, session, config);
  setKnownDeviceCookie(reply, session.deviceToken, config);
}

/** The session of a route whose access rule needs one (signed in, own account). */
export function sessionOf(request: FastifyRequest): ActiveSession {
  if (!request.session) throw new Error('signed-in route reached without a session');
  return request.session;
}

/**
 * Marks this browser as a known device of the account it signed in to (decision 0007): its
 * sign-ins skip the waits that strangers' failures put on the account. Long-lived, sent only
 * with requests from our own pages, never readable by script; sign-out keeps it.
 */
export function setKnownDeviceCookie(reply: FastifyReply, token: string, config: Config): void {
  const secure = isSecure(reply.request, config.cookieSecure);
  reply.setCookie(secure ? SECURE_DEVICE_COOKIE : PLAIN_DEVICE_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure,
    maxAge: config.signIn.knownDeviceDays * 86_400,
  });
}

export function knownDeviceToken(request: FastifyRequest, config: Config): string | undefined {
  const secure = isSecure(request, config.cookieSecure);
  return request.cookies[secure ? SECURE_DEVICE_COOKIE : PLAIN_DEVICE_COOKIE];
}

/**
 * A sign-in whose password was right and which waits for its second step (decision 0039): its
 * token goes only in this short-lived cookie, which script cannot read and no other site's
 * request carries; it can do nothing but finish that sign-in.
 */
export function setPendingSignInCookie(
  reply: FastifyReply,
  token: string,
  config: Config,
  minutes: number,
): void {
  const secure = isSecure(reply.request, config.cookieSecure);
  reply.setCookie(secure ? SECURE_PENDING_COOKIE : PLAIN_PENDING_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure,
    maxAge: minutes * 60,
  });
}

export function pendingSignInToken(request: FastifyRequest, config: Config): string | undefined {
  const secure = isSecure(request, config.cookieSecure);
  return request.cookies[secure ? SECURE_PENDING_COOKIE : PLAIN_PENDING_COOKIE];
}

export function clearPendingSignInCookie(reply: FastifyReply): void {
  reply.clearCookie(SECURE_PENDING_COOKIE, { path: '/', secure: true });
  reply.clearCookie(PLAIN_PENDING_COOKIE, { path: '/' });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.removeHeader(SESSION_ENDS_IN_HEADER);
  reply.clearCookie(SECURE_COOKIE, { path: '/', secure: true });
  reply.clearCookie(PLAIN_COOKIE, { path: '/' });
}

/**
 * Our origin is PUBLIC_URL's. Without PUBLIC_URL (one machine), it is the origin the request
 * was made to, whose Host the host check has already limited to this machine's own names.
 */
export function ourOrigin(request: FastifyRequest, config: Config): string {
  return config.publicUrl.local ? `${request.protocol}://${request.host}` : config.publicUrl.origin;
}

function checkOrigin(request: FastifyRequest, config: Config): void {
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none')
    throw new AppError('WM_CSRF_FAILED');
  const origin = request.headers.origin;
  if (origin && origin !== ourOrigin(request, config)) throw new AppError('WM_CSRF_FAILED');
}

export function registerSessions(
  app: FastifyInstance,
  sessions: SessionLookup,
  config: Config,
): void {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request, reply) => {
    if (!isApiRequest(request)) return;
    const token = request.cookies[cookieName(request, config.cookieSecure)];
    const session = token ? await sessions.resolve(token) : null;
    request.session = session;
    if (session) sayWhenSessionEnds(reply, session);
    answerInAccountLanguage(request, session?.account.language ?? null);
    request.actor = session ? { accountId: session.account.id, role: session.account.role } : null;
    if (!UNSAFE_METHODS.has(request.method)) return;
    checkOrigin(request, config);
    if (session) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !safeEqual(sent, session.csrfToken))
        throw new AppError('WM_CSRF_FAILED');
    }
  });
}
