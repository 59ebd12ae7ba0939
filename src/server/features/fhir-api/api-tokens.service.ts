// The person issues, lists and revokes the tokens apps use to read their record through the
// FHIR read API (decision 0049). The routes' OWNER rule has decided that the asker owns the
// record. A token is 256 random bits, shown once; only its SHA-256 is kept.
import { randomUUID } from 'node:crypto';
import { AppError, notFound } from '../../../domain/errors.ts';
import type { ApiToken, IssueApiToken } from '../../../domain/fhir-api/api-tokens.schema.ts';
import { API_TOKEN_LIMIT, API_TOKEN_MAX_DAYS } from '../../../domain/fhir-api/api-tokens.schema.ts';
import type { ApiTokenTable } from '../../store/schema.ts';
import { hashToken, randomToken } from '../auth/tokens.ts';
import type { AccessLog, AccessLogEvent } from '../sharing/access-log.ts';
import type { ApiTokenRepo } from './api-tokens.repo.ts';

const DAY = 24 * 60 * 60 * 1000;

function toToken(row: ApiTokenTable, now: Date): ApiToken {
  const status =
    row.revoked_at !== null
      ? 'revoked'
      : Date.parse(row.ends_at) <= now.getTime()
        ? 'ended'
        : 'active';
  return {
    id: row.id,
    name: row.name,
    scopes: JSON.parse(row.scopes) as string[],
    createdAt: row.created_at,
    endsAt: row.ends_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
    status,
  };
}

export function createApiTokenService(
  repo: ApiTokenRepo,
  clock: () => Date,
  log: Pick<AccessLog, 'append'>,
) {
  // Giving an app a key, or taking it back, is a change to who may read the record: the person's
  // own access log says so, as it does for sharing with a person (decision 0049).
  const logByOwner = (personId: string, tokenId: string, what: AccessLogEvent, app: string) =>
    log.append({
      personId,
      actorId: personId,
      actorName: '',
      actorRole: 'owner',
      relationshipId: tokenId,
      what,
      section: null,
      detail: { app },
    });

  return {
    async list(personId: string): Promise<ApiToken[]> {
      const now = clock();
      return (await repo.list(personId, API_TOKEN_LIMIT)).map((row) => toToken(row, now));
    },

    async issue(
      personId: string,
      input: IssueApiToken,
    ): Promise<{ token: string; item: ApiToken }> {
      const now = clock();
      const today = now.toISOString().slice(0, 10);
      const last = new Date(now.getTime() + API_TOKEN_MAX_DAYS * DAY).toISOString().slice(0, 10);
      if (input.endsOn < today || input.endsOn > last)
        throw new AppError('WM_API_TOKEN_END_DATE', {
          field: 'endsOn',
          params: { days: API_TOKEN_MAX_DAYS },
        });
      if ((await repo.count(personId)) >= API_TOKEN_LIMIT)
        throw new AppError('WM_API_TOKEN_LIMIT', { params: { max: API_TOKEN_LIMIT } });
      const token = randomToken();
      const row: ApiTokenTable = {
        person_id: personId,
        id: randomUUID(),
        token_hash: hashToken(token),
        name: input.name,
        scopes: JSON.stringify([...new Set(input.scopes)]),
        created_at: now.toISOString(),
        // The token works to the end of its last day (UTC).
        ends_at: `${input.endsOn}T23:59:59.999Z`,
        revoked_at: null,
        last_used_at: null,
      };
      await repo.insert(row);
      await logByOwner(personId, row.id, 'app_key_issued', row.name);
      return { token, item: toToken(row, now) };
    },

    /** Ends the token at once; revoking it again changes nothing. */
    async revoke(personId: string, id: string): Promise<void> {
      const found = await repo.find(personId, id);
      if (!found) throw notFound();
      if (found.revoked_at !== null) return;
      await repo.revoke(personId, id, clock().toISOString());
      await logByOwner(personId, id, 'app_key_revoked', found.name);
    },
  };
}

export type ApiTokenService = ReturnType<typeof createApiTokenService>;
