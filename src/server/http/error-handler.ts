// The one place error codes become HTTP statuses. Every error leaves as
// { error: { code, params?, message, field?, fields? } }, worded in the request's language
// (language.ts), and never carries stack traces or record content.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  AppError,
  type ErrorBody,
  type ErrorCode,
  type FieldError,
  RetryLaterError,
} from '../../domain/errors.ts';
import { type SaidCode, say } from '../../domain/i18n/said.ts';
import { isFhirRequest } from './access.ts';
import { operationOutcome } from './fhir-outcome.ts';
import { inRequestLanguage } from './language.ts';
import { BARE_API_HEADERS } from './security.ts';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  WM_VALIDATION_FAILED: 400,
  WM_REQUEST_MALFORMED: 400,
  WM_REQUEST_TOO_LARGE: 413,
  WM_REQUEST_UNSUPPORTED_MEDIA_TYPE: 415,
  WM_AUTH_REQUIRED: 401,
  WM_AUTH_WRONG_CREDENTIALS: 401,
  WM_AUTH_EMAIL_TAKEN: 409,
  WM_AUTH_TOO_MANY_ATTEMPTS: 429,
  // Changing the password: the current password given is not the account's (a field error).
  WM_AUTH_WRONG_PASSWORD: 400,
  WM_CSRF_FAILED: 403,
  WM_NOT_FOUND: 404,
  WM_VERSION_REQUIRED: 428,
  WM_VERSION_INVALID: 400,
  WM_VERSION_CONFLICT: 412,
  WM_RATE_LIMITED: 429,
  WM_UPLOAD_TOO_LARGE: 413,
  WM_UPLOAD_WRONG_TYPE: 415,
  // The server cannot open a journal entry: its configuration or the stored row is at fault.
  WM_JOURNAL_KEY_UNAVAILABLE: 500,
  WM_JOURNAL_UNREADABLE: 500,
  // A skeleton cannot be answered until the service loads its licensed wording.
  WM_MEASURE_NEEDS_WORDING: 400,
  WM_INTERNAL: 500,
  // Saved by a newer Waymark than this server (during an upgrade): another server, or this
  // one once updated, can read it. Decision 0016.
  WM_RECORD_ITEM_TOO_NEW: 503,
  // The stored words of this one item fail today's schema even after upgrading: the item, not
  // the request, is at fault, and an earlier version can still be restored. Decision 0016.
  WM_RECORD_ITEM_UNREADABLE: 409,
  // The Host is not this installation's (PUBLIC_URL): a DNS rebinding page, or a wrong proxy.
  WM_HOST_NOT_ALLOWED: 421,
  // The file would take the person's files past their storage quota.
  WM_STORAGE_QUOTA_EXCEEDED: 413,
  // Nested deeper, or made of more parts, than any request of ours (json-body.ts).
  WM_REQUEST_TOO_COMPLEX: 400,
  // Someone tried to accept the invitation they made themselves.
  WM_INVITATION_OWN: 409,
  // The accepting account already has a current relationship with this person.
  WM_INVITATION_ALREADY_SHARING: 409,
  // Too many phone codes tried by one account: codes are short, so guesses are counted.
  WM_INVITATION_CODE_ATTEMPTS: 429,
  // Accepting, declining or withdrawing a suggestion already decided or withdrawn.
  WM_SUGGESTION_DECIDED: 409,
  WM_REVIEW_ACTION_DECIDED: 409,
  // A suggestion on an item that was deleted (when made, or before it was accepted).
  WM_SUGGESTION_ITEM_GONE: 409,
  WM_SUGGESTION_TOO_MANY: 429,
  // Life areas from a framing "instead" of the starting ones, once those were changed or used.
  WM_LIFE_AREAS_IN_USE: 409,
  // The right password, but the account's service was disabled (or the staff member was).
  WM_AUTH_SERVICE_DISABLED: 403,
  // A set-up link that is unknown, used, expired, or for a disabled service: all the same 404.
  WM_SET_UP_LINK_INVALID: 404,
  // A password reset link that is unknown, used or more than an hour old: one refusal (issue 15).
  WM_RESET_LINK_INVALID: 400,
  // Staff own no record to erase: their service's admin turns their account off (issue 15).
  WM_ACCOUNT_CLOSE_STAFF: 403,
  // Another of the service's teams has the name (issue 14).
  WM_TEAM_NAME_TAKEN: 409,
  // Inviting staff with an email that is a person's, a supporter's, or another service's staff.
  WM_STAFF_EMAIL_IN_USE: 409,
  // A service's upload fails the measure checks (each problem is a field error); decision 0042.
  WM_MEASURE_FILE_INVALID: 400,
  // The service's library already has this measure url and version.
  WM_MEASURE_IN_LIBRARY: 409,
  // A service's "my care" list is as long as a review can ask about.
  WM_MY_CARE_TOO_MANY: 409,
  // Outcome reports (issue 16, decision 0052). A team or filter with fewer people than the
  // small-number policy shows: the request is well formed but cannot be answered safely.
  WM_REPORT_GROUP_TOO_SMALL: 422,
  // A report period whose last month comes before its first.
  WM_REPORT_PERIOD_BACKWARDS: 400,
  // Any ask for figures about one person (reports only ever hold groups).
  WM_REPORT_PERSON_LEVEL: 400,
  // Two-step sign-in (decision 0039). A wrong or already used code is a field error.
  WM_SECOND_FACTOR_WRONG_CODE: 400,
  WM_SECOND_FACTOR_CODE_USED: 400,
  WM_SECOND_FACTOR_WRONG_RECOVERY_CODE: 400,
  WM_SECOND_FACTOR_TOO_MANY_ATTEMPTS: 429,
  // Setting up while it is on (turn it off first), or confirming what was never started.
  WM_SECOND_FACTOR_ALREADY_ON: 409,
  WM_SECOND_FACTOR_NOT_STARTED: 409,
  // The second step without a live pending sign-in: gone, over 5 minutes old, or never begun.
  WM_SECOND_FACTOR_SIGN_IN_EXPIRED: 401,
  // A staff account without a confirmed second factor asked for anything but setting one up.
  // It depends only on the account asking, never on a person: no person's existence shows.
  WM_SECOND_FACTOR_REQUIRED: 403,
  // Passkeys (decision 0041). An answer that does not verify: wrong key, wrong challenge, a
  // challenge used or too old, a counter gone back (a copy of the authenticator), wrong origin.
  WM_PASSKEY_NOT_ACCEPTED: 400,
  // The same authenticator's key, added before (to this account or another).
  WM_PASSKEY_ALREADY_ADDED: 409,
  WM_PASSKEY_LIMIT: 409,
  // Removing a staff account's only second factor (add another first).
  WM_PASSKEY_LAST_FACTOR: 409,
  // A passkey's second step for an account that has none (it uses the app's code).
  WM_PASSKEY_NONE: 409,
  // A team code that is no team's, or a team archived or of a disabled service: all one 404,
  // a field error on the code (decision 0040).
  WM_TEAM_CODE_UNKNOWN: 404,
  // Too many team codes tried by one account: codes are short, so guesses are counted.
  WM_TEAM_CODE_ATTEMPTS: 429,
  // The person is connected to this team already: they change what it sees instead.
  WM_TEAM_ALREADY_CONNECTED: 409,
  // A team invitation's link that is unknown, used, declined, withdrawn, ended or too old: one
  // answer, so nobody can tell which (decision 0050).
  WM_TEAM_INVITATION_INVALID: 404,
  // Staff accounts never join a team as a person; the field error is on the email.
  WM_TEAM_INVITATION_STAFF_EMAIL: 409,
  // One staff account sent its hourly number of invitations: no one is spammed from the form.
  WM_TEAM_INVITATIONS_PER_HOUR: 429,
  // The server has no way to send email, so an invitation could not reach anyone.
  WM_TEAM_INVITATION_NO_EMAIL: 503,
  // A Bundle that is not a Waymark export or breaks one of its rules: the problem is a value.
  WM_IMPORT_INVALID: 400,
  // Import only into a record with nothing in it yet; never a silent merge.
  WM_IMPORT_RECORD_NOT_EMPTY: 409,
  // API tokens and the FHIR read API (decision 0049).
  WM_API_TOKEN_LIMIT: 409,
  WM_API_TOKEN_END_DATE: 400,
  // Unknown, revoked, past its end, or its person paused sharing: one answer for all.
  WM_FHIR_TOKEN_INVALID: 401,
  // The token's scopes do not cover the type asked for.
  WM_FHIR_SCOPE: 403,
  WM_FHIR_UNKNOWN_TYPE: 400,
  WM_FHIR_UNKNOWN_PARAMETER: 400,
  WM_FHIR_BAD_PARAMETER: 400,
  WM_FHIR_NOT_ACCEPTABLE: 406,
  // An outcome report period longer than ten years (decision 0053): no request makes
  // unbounded work.
  WM_REPORT_PERIOD_TOO_LONG: 400,
};

// One issue as fastify-type-provider-zod reports it: the zod code as `keyword`, the path as
// `/a/0/b`, and the rest of the zod issue (e.g. the unknown `keys`) in `params`.
type ValidationIssue = {
  keyword?: string;
  instancePath?: string;
  message?: string;
  params?: { keys?: string[] };
};

function fieldName(context: string | undefined, path: string[]): string {
  const inner = path.join('.');
  if (!context || context === 'body') return inner || 'body';
  return inner ? `${context}.${inner}` : context;
}

function fieldErrors(validation: ValidationIssue[], context: string | undefined): FieldError[] {
  const fields: FieldError[] = [];
  // Stops once enough are found: a body can hold thousands of wrong values, and only the first
  // few are ever reported (boundedFields below).
  for (const issue of validation) {
    if (fields.length >= ERROR_LIMITS.fields) break;
    const path = (issue.instancePath ?? '').split('/').filter(Boolean);
    // An unknown field is named itself, not the object it was sent in, so the client can
    // tell which one to drop (and a form can show it beside the right input).
    if (issue.keyword === 'unrecognized_keys' && issue.params?.keys?.length) {
      for (const key of issue.params.keys.slice(0, ERROR_LIMITS.fields - fields.length)) {
        fields.push({
          field: fieldName(context, [...path, key]),
          message: say('validation.unknownField', { keys: key }),
        });
      }
    } else {
      fields.push({
        field: fieldName(context, path),
        message: issue.message ?? say('validation.invalid'),
      });
    }
  }
  return fields;
}

/**
 * How much of a refusal is sent back. However wrong a body is, its error stays small: the first
 * fields only, each name and message cut short (they can quote what was sent, such as a key or a
 * linkId), so a refusal never costs more to send than the request did.
 */
export const ERROR_LIMITS = {
  fields: 20,
  fieldLength: 200,
  valueLength: 100,
  messageLength: 500,
} as const;

/** Cut to `max` characters; a surrogate pair cut in half is shown as U+FFFD. */
function shorten(text: string, max: number): string {
  return (text.length > max ? `${text.slice(0, max - 1)}…` : text).toWellFormed();
}

/** A field name, which can quote a key as sent: control characters (a NUL) show as U+FFFD. */
const fieldText = (field: string) =>
  shorten(field.replace(/\p{Cc}/gu, '\uFFFD'), ERROR_LIMITS.fieldLength);

/** A message's values, each text cut short: a value can quote what was sent. */
function bounded(said: SaidCode): SaidCode {
  if (!said.params) return said;
  const params: NonNullable<SaidCode['params']> = {};
  for (const [name, value] of Object.entries(said.params)) {
    if (typeof value === 'string') params[name] = shorten(value, ERROR_LIMITS.valueLength);
    else if (typeof value === 'number') params[name] = value;
    else params[name] = bounded(value);
  }
  return { code: said.code, params };
}

/** The error body to send, within ERROR_LIMITS. */
function bodyOf(error: AppError): ErrorBody {
  const body = error.toBody({ fields: ERROR_LIMITS.fields, bound: bounded });
  if (body.error.field) body.error.field = fieldText(body.error.field);
  if (body.error.fields)
    body.error.fields = body.error.fields.map((f) => ({
      ...f,
      field: fieldText(f.field),
      message: shorten(f.message, ERROR_LIMITS.messageLength),
    }));
  return body;
}

/**
 * Errors Fastify raises before any route runs (a URL that is not valid percent-encoding, a
 * parameter over the length limit). Without this they leave in Fastify's own shape, not ours.
 * No hooks run for these, so the security headers are set here.
 */
export function frameworkErrorHandler(
  _error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  reply
    .code(400)
    .headers(BARE_API_HEADERS)
    .type('application/json')
    .send(new AppError('WM_REQUEST_MALFORMED').toBody());
}

/** Fastify's own client errors (bad JSON, wrong content type, too large) mapped to our codes. */
function fromFastify(error: FastifyError): AppError | undefined {
  const status = error.statusCode ?? 500;
  if (status === 413) return new AppError('WM_REQUEST_TOO_LARGE');
  if (status === 415) return new AppError('WM_REQUEST_UNSUPPORTED_MEDIA_TYPE');
  if (status === 429) return new AppError('WM_RATE_LIMITED');
  if (status >= 400 && status < 500) return new AppError('WM_REQUEST_MALFORMED');
  return undefined;
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let appError: AppError | undefined;
    if (error instanceof AppError) appError = error;
    else if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = fieldErrors(error.validation as ValidationIssue[], error.validationContext);
      appError = new AppError('WM_VALIDATION_FAILED', { fields });
    } else appError = fromFastify(error);

    if (!appError) {
      // Log the error's kind and where it happened only: messages from drivers can quote the
      // values sent, and a stack starts by repeating the message, so only its frames are kept.
      request.log.error(
        { err: { type: error.name, code: error.code, stack: framesOf(error.stack) } },
        'unexpected error',
      );
      appError = new AppError('WM_INTERNAL');
    }
    const status = HTTP_STATUS[appError.code];
    if (appError instanceof RetryLaterError)
      reply.header('Retry-After', String(appError.retryAfterSeconds));
    if (appError.code === 'WM_VERSION_CONFLICT' && isItem(appError.current)) {
      reply.header('ETag', `W/"${appError.current.version}"`);
    }
    const body = inRequestLanguage(request, () => bodyOf(appError));
    if (isFhirRequest(request)) return sendOutcome(reply, status, body);
    return reply.code(status).type('application/json').send(body);
  });

  app.setNotFoundHandler((request, reply) => {
    const body = inRequestLanguage(request, () => new AppError('WM_NOT_FOUND').toBody());
    if (isFhirRequest(request)) return sendOutcome(reply, 404, body);
    return reply.code(404).type('application/json').send(body);
  });
}

/** The FHIR read API answers every error as an OperationOutcome (decision 0049). */
function sendOutcome(reply: FastifyReply, status: number, body: ErrorBody) {
  if (status === 401) reply.header('WWW-Authenticate', 'Bearer error="invalid_token"');
  return reply
    .code(status)
    .headers(BARE_API_HEADERS)
    .type('application/fhir+json; charset=utf-8')
    .send(JSON.stringify(operationOutcome(status, body)));
}

/** The "at ..." lines of a stack, without the first lines, which repeat the error's message. */
function framesOf(stack: string | undefined): string | undefined {
  return stack
    ?.split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
}

function isItem(value: unknown): value is { version: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { version?: unknown }).version === 'number'
  );
}
