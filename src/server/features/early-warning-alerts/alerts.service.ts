// Early-warning alerts the person chose (decision 0031): in their staying-well plan the person
// picks people they share their record with; when a check-in says one of their early warning
// signs is there, each is told "<Name> would like you to check in with them" and nothing more.
// Who may be chosen, and who is told, is decided by the one access model: a relationship whose
// access decision lets it read some section now (not ended, not paused, a grant not expired).
// A check-in kept "for me only" tells nobody: the person's choice at that moment wins. Each
// supporter is told at most once in ALERT_QUIET_HOURS about the same person, however many
// check-ins name a sign in that time: one nudge to get in touch, not a stream of them.
import '../../../domain/i18n/notifications.messages.ts';
import type { Transaction } from 'kysely';
import type { RelationshipRole } from '../../../domain/access/context.ts';
import { decide } from '../../../domain/access/decision.ts';
import type { RecordScope } from '../../../domain/access/scope.ts';
import type { Role } from '../../../domain/auth/auth.schema.ts';
import { AppError, type FieldError, notFound } from '../../../domain/errors.ts';
import { say } from '../../../domain/i18n/said.ts';
import { t } from '../../../domain/i18n/translate.ts';
import type { AlertChoice, AlertChoiceInput } from '../../../domain/notifications/alerts.schema.ts';
import { inAccountLanguage } from '../../http/language.ts';
import type { Database } from '../../store/schema.ts';
import {
  type NotificationService,
  notificationWords,
} from '../notifications/notifications.service.ts';
import type { Clock } from '../record/record.service.ts';
import type { AccessContextLoader } from '../sharing/access-context.ts';
import type { AlertRepo, Relation } from './alerts.repo.ts';

/** After telling a supporter, how long before a check-in about the same person tells them again. */
export const ALERT_QUIET_HOURS = 12;

/** Writes to make inside the check-in's own transaction. */
export type AlertWrites = (trx: Transaction<Database>) => Promise<void>;

export function createAlertService(deps: {
  repo: AlertRepo;
  contextFor: AccessContextLoader;
  notifications: Pick<NotificationService, 'notify' | 'sendSoon'>;
  clock: Clock;
}) {
  const { repo, contextFor, notifications, clock } = deps;

  /** The person's relationships whose access decision lets them read something now. */
  async function withAccess(personId: string): Promise<Relation[]> {
    const found: Relation[] = [];
    for (const relation of await repo.currentRelationships(personId)) {
      const context = await contextFor(
        { accountId: relation.account_id, role: relation.account_role as Role },
        personId,
      );
      const decision = decide(context);
      if (decision.relationshipId === relation.id && decision.read.size > 0) found.push(relation);
    }
    return found;
  }

  return {
    async choice(scope: RecordScope): Promise<AlertChoice> {
      if (!scope.decision.isOwner) throw notFound();
      const [chosen, candidates] = await Promise.all([
        repo.chosen(scope.personId),
        withAccess(scope.personId),
      ]);
      return {
        relationshipIds: chosen,
        candidates: candidates.map((c) => ({
          relationshipId: c.id,
          knownAs: c.known_as,
          role: c.role as RelationshipRole,
        })),
      };
    },

    /** Replaces the choice; an empty list turns alerts off. Someone without access is a 400. */
    async choose(scope: RecordScope, input: AlertChoiceInput): Promise<AlertChoice> {
      if (!scope.decision.isOwner) throw notFound();
      const allowed = new Set((await withAccess(scope.personId)).map((r) => r.id));
      const problems: FieldError[] = [];
      input.relationshipIds.forEach((id, index) => {
        const field = `relationshipIds.${index}`;
        if (!allowed.has(id))
          problems.push({ field, message: say('alerts.validation.notSharing') });
        else if (input.relationshipIds.indexOf(id) !== index)
          problems.push({ field, message: say('alerts.validation.twice') });
      });
      if (problems.length > 0) throw new AppError('WM_VALIDATION_FAILED', { fields: problems });
      await repo.replace(scope.personId, input.relationshipIds, clock().toISOString());
      return this.choice(scope);
    },

    /**
     * For a check-in of the person's own that reports a sign: the notifications to write in the
     * check-in's transaction, to those chosen who have access now. Null when nobody is told.
     */
    async writesFor(personId: string, check: { forMeOnly: boolean }): Promise<AlertWrites | null> {
      if (check.forMeOnly) return null;
      const chosen = new Set(await repo.chosen(personId));
      if (chosen.size === 0) return null;
      const recipients = (await withAccess(personId)).filter((r) => chosen.has(r.id));
      if (recipients.length === 0) return null;
      const name = await repo.displayNameOf(personId);
      // The subject as the notification's email to each recipient has it, in their language.
      const emailSubjectFor = (recipient: Relation) =>
        inAccountLanguage(recipient.language, () =>
          t('notifications.email.subject', { what: notificationWords('early_warning', name) }),
        );
      return async (trx) => {
        const since = new Date(clock().getTime() - ALERT_QUIET_HOURS * 3_600_000).toISOString();
        for (const recipient of recipients) {
          const told = await repo.alertedSince(trx, {
            accountId: recipient.account_id,
            personId,
            since,
            emailSubject: emailSubjectFor(recipient),
          });
          if (told) continue; // told within the quiet hours already
          await notifications.notify(trx, {
            recipientAccountId: recipient.account_id,
            kind: 'early_warning',
            actorName: name,
            aboutPersonId: personId,
            link: `/people/${personId}`,
          });
        }
      };
    },

    sendSoon: () => notifications.sendSoon(),
  };
}

export type AlertService = ReturnType<typeof createAlertService>;
