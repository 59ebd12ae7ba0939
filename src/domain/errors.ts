// One error type with stable codes. Codes are mapped to HTTP statuses in one place
// (src/server/http/error-handler.ts); the web app maps them back to messages.
import {
  asSentence,
  codeOf,
  type SaidCode,
  type SaidParams,
  say,
  wordsFor,
  wordsOfCode,
} from './i18n/said.ts';
import { locale, type MessageKey } from './i18n/translate.ts';

export const ERROR_CODES = [
  'WM_VALIDATION_FAILED',
  'WM_REQUEST_MALFORMED',
  'WM_REQUEST_TOO_LARGE',
  'WM_REQUEST_UNSUPPORTED_MEDIA_TYPE',
  'WM_AUTH_REQUIRED',
  'WM_AUTH_WRONG_CREDENTIALS',
  'WM_AUTH_EMAIL_TAKEN',
  'WM_AUTH_TOO_MANY_ATTEMPTS',
  'WM_AUTH_WRONG_PASSWORD',
  'WM_CSRF_FAILED',
  'WM_NOT_FOUND',
  'WM_VERSION_REQUIRED',
  'WM_VERSION_INVALID',
  'WM_VERSION_CONFLICT',
  'WM_RATE_LIMITED',
  'WM_UPLOAD_TOO_LARGE',
  'WM_UPLOAD_WRONG_TYPE',
  'WM_JOURNAL_KEY_UNAVAILABLE',
  'WM_JOURNAL_UNREADABLE',
  'WM_MEASURE_NEEDS_WORDING',
  'WM_INTERNAL',
  'WM_RECORD_ITEM_TOO_NEW',
  'WM_RECORD_ITEM_UNREADABLE',
  'WM_HOST_NOT_ALLOWED',
  'WM_STORAGE_QUOTA_EXCEEDED',
  'WM_REQUEST_TOO_COMPLEX',
  'WM_INVITATION_OWN',
  'WM_INVITATION_ALREADY_SHARING',
  'WM_INVITATION_CODE_ATTEMPTS',
  'WM_SUGGESTION_DECIDED',
  'WM_SUGGESTION_ITEM_GONE',
  'WM_SUGGESTION_TOO_MANY',
  'WM_LIFE_AREAS_IN_USE',
  'WM_AUTH_SERVICE_DISABLED',
  'WM_SET_UP_LINK_INVALID',
  'WM_TEAM_NAME_TAKEN',
  'WM_STAFF_EMAIL_IN_USE',
  'WM_SECOND_FACTOR_WRONG_CODE',
  'WM_SECOND_FACTOR_CODE_USED',
  'WM_SECOND_FACTOR_WRONG_RECOVERY_CODE',
  'WM_SECOND_FACTOR_TOO_MANY_ATTEMPTS',
  'WM_SECOND_FACTOR_ALREADY_ON',
  'WM_SECOND_FACTOR_NOT_STARTED',
  'WM_SECOND_FACTOR_SIGN_IN_EXPIRED',
  'WM_SECOND_FACTOR_REQUIRED',
  'WM_RESET_LINK_INVALID',
  'WM_ACCOUNT_CLOSE_STAFF',
  'WM_MEASURE_FILE_INVALID',
  'WM_MEASURE_IN_LIBRARY',
  'WM_MY_CARE_TOO_MANY',
  'WM_PASSKEY_NOT_ACCEPTED',
  'WM_PASSKEY_ALREADY_ADDED',
  'WM_PASSKEY_LIMIT',
  'WM_PASSKEY_LAST_FACTOR',
  'WM_PASSKEY_NONE',
  'WM_REVIEW_ACTION_DECIDED',
  'WM_TEAM_CODE_UNKNOWN',
  'WM_TEAM_CODE_ATTEMPTS',
  'WM_TEAM_ALREADY_CONNECTED',
  'WM_TEAM_INVITATION_INVALID',
  'WM_TEAM_INVITATION_STAFF_EMAIL',
  'WM_TEAM_INVITATIONS_PER_HOUR',
  'WM_TEAM_INVITATION_NO_EMAIL',
  'WM_IMPORT_INVALID',
  'WM_IMPORT_RECORD_NOT_EMPTY',
  'WM_API_TOKEN_LIMIT',
  'WM_API_TOKEN_END_DATE',
  'WM_FHIR_TOKEN_INVALID',
  'WM_FHIR_SCOPE',
  'WM_FHIR_UNKNOWN_TYPE',
  'WM_FHIR_UNKNOWN_PARAMETER',
  'WM_FHIR_BAD_PARAMETER',
  'WM_FHIR_NOT_ACCEPTABLE',
  'WM_REPORT_GROUP_TOO_SMALL',
  'WM_REPORT_PERIOD_BACKWARDS',
  'WM_REPORT_PERSON_LEVEL',
  'WM_REPORT_PERIOD_TOO_LONG',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * An error as the API sends it (docs/API.md): its code and values, for the client to word in the
 * person's language, and `message`, worded in the request's language for clients that do not.
 * Each field's `code` is the key of the message about it, with its values.
 */
export type ErrorBody = {
  error: SaidCode & {
    code: ErrorCode;
    message: string;
    field?: string;
    fields?: FieldErrorBody[];
  };
  current?: unknown;
};
export type FieldErrorBody = SaidCode & { field: string; message: string };

/** A problem with one field: its message made by say(), to be worded by whoever reads it. */
export type FieldError = { field: string; message: string };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: SaidParams | undefined;
  readonly field: string | undefined;
  readonly fields: FieldError[] | undefined;
  /** For a version conflict: the current item, so the person can compare both versions. */
  readonly current: unknown;

  constructor(
    code: ErrorCode,
    options: {
      params?: SaidParams;
      field?: string;
      fields?: FieldError[];
      current?: unknown;
    } = {},
  ) {
    // Worded only when read (a log, the command line): the answer sends the code and values.
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.params = options.params;
    Object.defineProperty(this, 'message', { get: () => this.words });
    this.field = options.field ?? options.fields?.[0]?.field;
    this.fields = options.fields;
    this.current = options.current;
  }

  /** What the error says, in the language now (the request's, on the server). */
  get words(): string {
    return wordsFor(this.said);
  }

  private get said(): string {
    return say(`error.${this.code}` as MessageKey, this.params);
  }

  /**
   * The answer's body, worded in the language now. `limits` keeps it small however wrong a
   * request was: how many fields, and `bound` to cut values that quote what was sent, before
   * they are worded, so each message says exactly what its code and values say.
   */
  toBody(limits: { fields?: number; bound?: (said: SaidCode) => SaidCode } = {}): ErrorBody {
    const bound = limits.bound ?? ((said: SaidCode) => said);
    const top = bound(codeOf(this.said));
    const error: ErrorBody['error'] = { ...top, code: this.code, message: wordsOfSent(top) };
    if (this.field) error.field = this.field;
    if (this.fields)
      error.fields = this.fields.slice(0, limits.fields).map(({ field, message }) => {
        const said = bound(codeOf(message));
        return { field, ...said, message: asSentence(wordsOfSent(said), locale()) };
      });
    return this.current === undefined ? { error } : { error, current: this.current };
  }
}

export const notFound = () => new AppError('WM_NOT_FOUND');

/** A refusal that ends by itself: the answer says in `Retry-After` how many seconds to wait. */
export class RetryLaterError extends AppError {
  readonly retryAfterSeconds: number;

  constructor(code: ErrorCode, retryAfterSeconds: number, params?: SaidParams) {
    super(code, { params });
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
  }
}

/** A message as sent, in words; every key has words on the server. */
function wordsOfSent(said: SaidCode): string {
  return wordsOfCode(said) ?? said.code;
}
