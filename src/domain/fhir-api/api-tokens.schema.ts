// The shapes of the owner's API token routes (decision 0049), declared once for server and web.
// A token is issued to a named app or service, for some scopes, until an end date; its secret
// is shown once, in the answer to the issue, and never again.
import { say } from '../i18n/said.ts';
import { calendarDate, requiredLine, z } from '../validation.ts';
import { API_SCOPES, isApiScope } from './scopes.ts';

/** The longest a token may last: a year from the day it is issued. */
export const API_TOKEN_MAX_DAYS = 366;
/** How many tokens, live or ended, a person keeps at most (bounded lists). */
export const API_TOKEN_LIMIT = 50;
export const API_TOKEN_NAME_MAX = 80;

/** `POST /api/people/:personId/api-tokens`. */
export const issueApiTokenSchema = z.strictObject({
  name: requiredLine(API_TOKEN_NAME_MAX, () => say('apiTokens.nameRequired')),
  /** SMART-style scopes, read and search only: `patient/Observation.rs`, `patient/*.rs`. */
  scopes: z
    .array(
      z
        .string()
        .max(60)
        .refine(isApiScope, { error: () => say('apiTokens.scopeInvalid') }),
    )
    .min(1, { error: () => say('apiTokens.scopesRequired') })
    .max(API_SCOPES.length),
  /** The last day the token works (the person's calendar date; it ends at that day's end, UTC). */
  endsOn: calendarDate(),
});
export type IssueApiToken = z.infer<typeof issueApiTokenSchema>;

export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  scopes: z.array(z.string()),
  createdAt: z.string(),
  endsAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  /** 'active', or why it no longer works. */
  status: z.enum(['active', 'revoked', 'ended']),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const apiTokenListSchema = z.object({ items: z.array(apiTokenSchema) });

/** The answer to an issue: the token itself, this once. */
export const issuedApiTokenSchema = z.object({ token: z.string(), item: apiTokenSchema });
export type IssuedApiToken = z.infer<typeof issuedApiTokenSchema>;
