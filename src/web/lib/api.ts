// The one way the web app talks to the server: JSON in and out, the CSRF token on every
// change, If-Match for version-aware writes, and one error type the pages can read.
import { SESSION_ENDS_IN_HEADER } from '../../domain/auth/session-timing.ts';
import type { ErrorBody, ErrorCode, FieldError } from '../../domain/errors.ts';
import { asSentence, type SaidCode, wordsOfCode } from '../../domain/i18n/said.ts';
import { locale, t } from '../../domain/i18n/translate.ts';
import { PREVIEW_AS_HEADER } from '../../domain/sharing/preview-header.ts';

export type ClientErrorCode = ErrorCode | 'WM_NETWORK';

export class ApiError extends Error {
  readonly status: number;
  readonly code: ClientErrorCode;
  readonly fields: FieldError[];
  /** For a version conflict (412): the item as it is saved now. */
  readonly current: unknown;

  constructor(
    status: number,
    code: ClientErrorCode,
    message: string,
    fields: FieldError[] = [],
    current?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.current = current;
  }

  get isConflict(): boolean {
    return this.code === 'WM_VERSION_CONFLICT';
  }
}

let csrfToken: string | null = null;
let onSignedOut: (() => void) | null = null;

/** Kept in memory only: it comes back from sign-in, sign-up and the session check. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
  if (token === null) earlyAnswers.clear();
}

/** Called when the server says the session has ended (timed out, or signed out elsewhere). */
export function whenSessionEnds(handler: (() => void) | null): void {
  onSignedOut = handler;
}

/** When the session ends if nothing more is asked (this device's clock), and its full length. */
export type SessionTime = { endsAt: number; seconds: number };
let sessionTime: SessionTime = { endsAt: 0, seconds: 0 };
let onSessionTime: ((time: SessionTime) => void) | null = null;

/**
 * Every answer to a signed-in request says how long the session has left; counted from when the
 * request was sent, so the web app never thinks it has longer than the server does.
 */
export function noteSessionTime(response: Response, sentAt: number): SessionTime | null {
  const seconds = Number(response.headers.get(SESSION_ENDS_IN_HEADER));
  if (!(seconds > 0)) return null;
  sessionTime = { endsAt: sentAt + seconds * 1000, seconds };
  onSessionTime?.(sessionTime);
  return sessionTime;
}

/** For the time-out warning: the latest session time now, and each one after. */
export function watchSessionTime(handler: ((time: SessionTime) => void) | null): SessionTime {
  onSessionTime = handler;
  return sessionTime;
}

/**
 * The server sends each error's code and values (issue 13), worded here in the language showing.
 * A message whose words are in a part this page has not loaded takes the server's own words,
 * which are in the same language: every request says which one (send, below).
 */
function wordedOr(said: SaidCode, serverWords: string | undefined, fallback: () => string): string {
  return wordsOfCode(said) ?? serverWords ?? fallback();
}

function errorFrom(status: number, body: unknown): ApiError {
  const error = (body as Partial<ErrorBody> | null)?.error;
  if (!error?.code) return new ApiError(status, 'WM_INTERNAL', t('error.WM_INTERNAL'));
  const message = wordedOr(
    { code: `error.${error.code}`, params: error.params },
    error.message,
    () => t('error.WM_INTERNAL'),
  );
  const fields = (error.fields ?? []).map((field) => ({
    field: field.field,
    message: asSentence(
      wordedOr(field, field.message, () => t('validation.invalid')),
      locale(),
    ),
  }));
  return new ApiError(status, error.code, message, fields, (body as ErrorBody).current);
}

export function networkError(): ApiError {
  return new ApiError(0, 'WM_NETWORK', t('errors.network'));
}

/** Any thrown value as an ApiError, so pages only ever deal with one kind of error. */
export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : networkError();
}

/**
 * While the person previews what one of the people they share with sees, their reads carry
 * that relationship, and the server answers with that person's decision (read-only).
 */
let previewAs: string | null = null;
export function previewRecordAs(relationshipId: string | null): void {
  previewAs = relationshipId;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type RequestOptions = { body?: unknown; version?: number; signal?: AbortSignal };

async function send(method: Method, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': locale(),
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (options.version !== undefined) headers['If-Match'] = `W/"${options.version}"`;
  if (previewAs !== null && method === 'GET') headers[PREVIEW_AS_HEADER] = previewAs;
  const sentAt = Date.now();
  try {
    const response = await fetch(`/api${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
    noteSessionTime(response, sentAt);
    return response;
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw networkError();
  }
}

async function isCsrfFailure(response: Response): Promise<boolean> {
  if (response.status !== 403) return false;
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as Partial<ErrorBody> | null;
  return body?.error?.code === 'WM_CSRF_FAILED';
}

/** After signing in again in another tab, this tab's CSRF token is old: fetch the new one. */
async function refreshCsrfToken(): Promise<boolean> {
  const response = await send('GET', '/auth/session', {});
  if (!response.ok) return false;
  const session = (await response.json()) as { csrfToken?: string };
  csrfToken = session.csrfToken ?? null;
  return csrfToken !== null;
}

export async function request<T>(
  method: Method,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  let response = await send(method, path, options);
  // The server refused before doing anything, so sending again with the new token is safe.
  if (method !== 'GET' && (await isCsrfFailure(response)) && (await refreshCsrfToken())) {
    response = await send(method, path, options);
  }
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body as T;
  const error = errorFrom(response.status, body);
  if (error.code !== 'WM_AUTH_REQUIRED') throw error;
  // A page that cannot load because the session ended goes to Sign in. A failed save does
  // not: the form keeps the typed text and says how to carry on.
  if (method === 'GET') {
    onSignedOut?.();
    throw error;
  }
  throw new ApiError(401, error.code, t('errors.signInAgain'));
}

/**
 * GETs asked for before the page that needs them has loaded (early-start.ts): the page's own GET
 * of the same path takes the answer, once, within EARLY_ANSWER_MS. Forgotten when the session
 * ends, so no answer asked for under one session reaches another.
 */
const earlyAnswers = new Map<string, { askedAt: number; answer: Promise<unknown> }>();
const EARLY_ANSWER_MS = 10_000;

export function askEarly(path: string): void {
  const answer = request('GET', path, {});
  // Read by the page's own GET, which handles a failure; this only keeps it from being unhandled.
  answer.catch(() => undefined);
  earlyAnswers.set(path, { askedAt: Date.now(), answer });
}

function takeEarly<T>(path: string): Promise<T> | undefined {
  const early = earlyAnswers.get(path);
  if (!early) return undefined;
  earlyAnswers.delete(path);
  return Date.now() - early.askedAt < EARLY_ANSWER_MS ? (early.answer as Promise<T>) : undefined;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) =>
    takeEarly<T>(path) ?? request<T>('GET', path, { signal }),
  post: <T>(path: string, body?: unknown, version?: number) =>
    request<T>('POST', path, { body, version }),
  put: <T>(path: string, body: unknown, version: number) =>
    request<T>('PUT', path, { body, version }),
  delete: <T>(path: string, version: number) => request<T>('DELETE', path, { version }),
};

/**
 * Sends a file as the raw request body (uploads are the only non-JSON requests). The server
 * decides what the file is by its content, so the declared type is always the generic one.
 */
export async function uploadFile<T>(path: string, file: File): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Content-Type': 'application/octet-stream',
    'X-File-Name': encodeURIComponent(file.name),
  };
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  const sentAt = Date.now();
  try {
    response = await fetch(`/api${path}`, {
      method: 'POST',
      headers,
      body: file,
      credentials: 'same-origin',
    });
    noteSessionTime(response, sentAt);
  } catch {
    throw networkError();
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body as T;
  const error = errorFrom(response.status, body);
  if (error.code === 'WM_AUTH_REQUIRED') onSignedOut?.();
  throw error;
}

/** The base path of one person's record. */
export function recordPath(personId: string, rest: string): string {
  return `/people/${encodeURIComponent(personId)}${rest}`;
}
