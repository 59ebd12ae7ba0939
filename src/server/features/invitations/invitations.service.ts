// Invitations: the owner asks someone into their record with a one-time link or a phone code;
// a signed-in account accepts one and becomes a relationship with the grants it offered
// (through the sharing service). The link token has 256 random bits, the code 50; both are
// stored only as SHA-256. Unknown, used, withdrawn and expired invitations are all the same
// 404, so nobody can tell which of those a token was. Code guesses are counted per account.
import '../../../domain/i18n/invitations.messages.ts';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Grant, GrantLevel, RelationshipRole } from '../../../domain/access/context.ts';
import type { RecordScope } from '../../../domain/access/scope.ts';
import { waitInWords } from '../../../domain/auth/sign-in-delay.ts';
import { AppError, notFound, RetryLaterError } from '../../../domain/errors.ts';
import { say } from '../../../domain/i18n/said.ts';
import {
  type AcceptedInvitation,
  type AcceptInvitationInput,
  CODE_ALPHABET,
  CODE_LENGTH,
  type CreatedInvitation,
  type createInvitationSchema,
  formatCode,
  INVITATION_EXPIRY_DAYS,
  type InvitableSection,
  type Invitation,
  type InvitationPreview,
  normalizeCode,
} from '../../../domain/sharing/invitation.schema.ts';
import type { z } from '../../../domain/validation.ts';
import { hashToken, randomToken } from '../auth/tokens.ts';
import type { NotificationService } from '../notifications/notifications.service.ts';
import type { Clock } from '../record/record.service.ts';
import type { AccessLog } from '../sharing/access-log.ts';
import type { SharingService } from '../sharing/sharing.service.ts';
import type { InvitationRepo, InvitationRow } from './invitations.repo.ts';

export type NewInvitation = z.output<typeof createInvitationSchema>;

/** What the code limit needs: one hit counted per key (features/limits/hit-counter.ts). */
export type AttemptCounter = {
  hit(key: string, windowMs: number): Promise<{ hits: number; resetsInMs: number }>;
};

/** Code attempts one account may make in an hour, right or wrong. */
export const CODE_ATTEMPTS_PER_HOUR = 10;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** 10 characters from 32: 256 is a multiple of 32, so masking a byte is unbiased. */
function randomCode(): string {
  return [...randomBytes(CODE_LENGTH)].map((byte) => CODE_ALPHABET[byte & 31]).join('');
}

const today = (now: Date) => now.toISOString().slice(0, 10);

/** Access lasts through the end date: the grant ends at the start of the next day (UTC). */
const grantEnd = (lastDay: string) => new Date(Date.parse(lastDay) + DAY_MS).toISOString();
const lastDayOf = (grantEndsAt: string) =>
  new Date(Date.parse(grantEndsAt) - DAY_MS).toISOString().slice(0, 10);

function toInvitation(row: InvitationRow): Invitation {
  const grants = JSON.parse(row.grants) as Grant[];
  const endsAt = grants.find((g) => g.endsAt !== null)?.endsAt ?? null;
  return {
    id: row.id,
    role: row.role as RelationshipRole,
    knownAs: row.known_as,
    sections: Object.fromEntries(grants.map((g) => [g.section, g.level])) as Invitation['sections'],
    endsAt: endsAt === null ? null : lastDayOf(endsAt),
    advanceChoice: grants.some((g) => g.advanceChoice),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

export function createInvitationService(deps: {
  repo: InvitationRepo;
  sharing: SharingService;
  log: Pick<AccessLog, 'append'>;
  attempts: AttemptCounter;
  clock: Clock;
  notifications: Pick<NotificationService, 'notify' | 'sendSoon'>;
}) {
  const { repo, sharing, log, attempts, clock, notifications } = deps;

  async function countCodeAttempt(accountId: string): Promise<void> {
    const { hits, resetsInMs } = await attempts.hit(`invitation-code:${accountId}`, HOUR_MS);
    if (hits > CODE_ATTEMPTS_PER_HOUR) {
      const wait = resetsInMs / 1000;
      throw new RetryLaterError('WM_INVITATION_CODE_ATTEMPTS', wait, { wait: waitInWords(wait) });
    }
  }

  async function findLive(input: AcceptInvitationInput, now: string) {
    const found =
      'token' in input
        ? await repo.liveByTokenHash(hashToken(input.token), now)
        : await repo.liveByCodeHash(hashToken(normalizeCode(input.code)), now);
    if (!found) throw notFound();
    return found;
  }

  async function previewOf(found: InvitationRow): Promise<InvitationPreview> {
    const { id: _id, createdAt: _created, ...invitation } = toInvitation(found);
    return { ...invitation, personName: await repo.displayNameOf(found.person_id) };
  }

  return {
    /** Makes an invitation; its token and code are returned now and never again. */
    async create(scope: RecordScope, input: NewInvitation): Promise<CreatedInvitation> {
      if (!scope.decision.isOwner) throw notFound();
      const now = clock();
      if (input.endsAt !== undefined && input.endsAt < today(now)) {
        const message = say('invitations.validation.endsAtPast');
        throw new AppError('WM_VALIDATION_FAILED', { fields: [{ field: 'endsAt', message }] });
      }
      const endsAt = input.endsAt === undefined ? null : grantEnd(input.endsAt);
      const sections = Object.entries(input.sections) as [InvitableSection, GrantLevel][];
      const grants: Grant[] = sections.map(([section, level]) => ({
        section,
        level,
        endsAt,
        advanceChoice: section === 'crisis_plan' && input.advanceChoice === true,
      }));
      const token = randomToken();
      const code = randomCode();
      const days = input.expiresInDays ?? INVITATION_EXPIRY_DAYS.default;
      const row: InvitationRow = {
        person_id: scope.personId,
        id: randomUUID(),
        token_hash: hashToken(token),
        code_hash: hashToken(code),
        role: input.role,
        known_as: input.knownAs,
        grants: JSON.stringify(grants),
        created_at: now.toISOString(),
        // Never outlives the access it offers, so a late accept cannot start ended access.
        expires_at: new Date(
          Math.min(now.getTime() + days * DAY_MS, endsAt ? Date.parse(endsAt) : Infinity),
        ).toISOString(),
        withdrawn_at: null,
        used_at: null,
        used_by: null,
      };
      await repo.insert(row);
      return { ...toInvitation(row), token, code: formatCode(code) };
    },

    /** The owner's invitations not yet used, withdrawn or expired. */
    async pending(scope: RecordScope): Promise<Invitation[]> {
      if (!scope.decision.isOwner) throw notFound();
      return (await repo.pendingOf(scope.personId, clock().toISOString())).map(toInvitation);
    },

    async withdraw(scope: RecordScope, id: string): Promise<void> {
      if (!scope.decision.isOwner) throw notFound();
      if (!(await repo.withdraw(scope.personId, id, clock().toISOString()))) throw notFound();
    },

    /** Who invites and what they would share, shown before accepting. Changes nothing. */
    async preview(token: string): Promise<InvitationPreview> {
      return previewOf(await findLive({ token }, clock().toISOString()));
    },

    /** The same for a phone code; each look-up counts as one code attempt of this account. */
    async previewByCode(accountId: string, code: string): Promise<InvitationPreview> {
      await countCodeAttempt(accountId);
      return previewOf(await findLive({ code }, clock().toISOString()));
    },

    /** Accepts by link token or phone code: the relationship and its grants, logged. */
    async accept(accountId: string, input: AcceptInvitationInput): Promise<AcceptedInvitation> {
      if ('code' in input) await countCodeAttempt(accountId);
      const now = clock().toISOString();
      const found = await findLive(input, now);
      if (found.person_id === accountId) throw new AppError('WM_INVITATION_OWN');
      if (await repo.hasCurrentRelationship(found.person_id, accountId))
        throw new AppError('WM_INVITATION_ALREADY_SHARING');
      const by = 'token' in input ? 'link' : 'code';
      try {
        // One transaction: if the log cannot be written, the invitation stays pending and
        // nobody is let in.
        const relationshipId = await repo.transaction(async ({ claim, trx }) => {
          if (!(await claim(found, accountId, now))) throw notFound();
          const id = await sharing.createRelationship(
            {
              personId: found.person_id,
              accountId,
              role: found.role as RelationshipRole,
              knownAs: found.known_as,
              grants: JSON.parse(found.grants) as Grant[],
            },
            trx,
          );
          await log.append(
            {
              personId: found.person_id,
              actorId: accountId,
              actorName: found.known_as,
              actorRole: found.role,
              relationshipId: id,
              what: 'invitation_accepted',
              section: null,
              detail: { invitationId: found.id, by },
            },
            trx,
          );
          // The person is told who accepted (by the name they gave), and nothing else.
          await notifications.notify(trx, {
            recipientAccountId: found.person_id,
            kind: 'invitation_accepted',
            actorName: found.known_as,
            aboutPersonId: found.person_id,
            link: '/sharing',
          });
          return id;
        });
        notifications.sendSoon();
        return { personId: found.person_id, relationshipId };
      } catch (error) {
        // Another invitation from the same person was accepted at the same moment.
        if (
          !(error instanceof AppError) &&
          (await repo.hasCurrentRelationship(found.person_id, accountId))
        )
          throw new AppError('WM_INVITATION_ALREADY_SHARING');
        throw error;
      }
    },
  };
}

export type InvitationService = ReturnType<typeof createInvitationService>;
