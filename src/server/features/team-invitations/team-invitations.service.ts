// A team invites a person by email (issue 14 item 4, decision 0050). A practitioner in the team
// with a second factor, or the service's admin, sends an email with a one-time link and an
// optional note; at most TEAM_INVITATIONS_PER_HOUR a sender an hour, never to a staff account.
// The person opens the link signed in, sees the team, the service and who invited them, and
// chooses sections exactly as with a team code (the team connections' own join, which claims
// the invitation in its transaction), or declines. Nothing is shared until they choose. The
// team sees its pending invitations and may withdraw one. Every link that cannot be used is one
// answer: WM_TEAM_INVITATION_INVALID.

import { randomUUID } from 'node:crypto';
import { waitInWords } from '../../../domain/auth/sign-in-delay.ts';
import { AppError, notFound, RetryLaterError } from '../../../domain/errors.ts';
import { say } from '../../../domain/i18n/said.ts';
import { t } from '../../../domain/i18n/translate.ts';
import { TEAM_INVITATION_DAYS } from '../../../domain/limits.ts';
import type { ConnectedTeam } from '../../../domain/services/team-connect.schema.ts';
import {
  type AcceptTeamInvitation,
  type PendingTeamInvitation,
  type PendingTeamInvitations,
  TEAM_INVITATIONS_LISTED,
  TEAM_INVITATIONS_PER_HOUR,
  type TeamInvitationInput,
  type TeamInvitationPreview,
} from '../../../domain/services/team-invitation.schema.ts';
import { hashToken, randomToken } from '../auth/tokens.ts';
import type { Mailer } from '../notifications/mailer.ts';
import type { Clock } from '../record/record.service.ts';
import type { TeamConnections } from '../team-connections/team-connections.service.ts';
import type { LiveInvitation, TeamInvitationsRepo } from './team-invitations.repo.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const invalid = () => new AppError('WM_TEAM_INVITATION_INVALID');

const present = (row: LiveInvitation): PendingTeamInvitation => ({
  id: row.id,
  email: row.email,
  message: row.message,
  invitedBy: row.invited_by_name,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
});

export type TeamInvitationsOptions = {
  publicOrigin: string;
  /** Null when the server has no SMTP to send with. */
  mailer: Mailer | null;
  /** Development only (no SMTP, no PUBLIC_URL): the link is written to the log instead. */
  logLinks: boolean;
  log: {
    info(details: object, message: string): void;
    warn(details: object, message: string): void;
  };
};

export function createTeamInvitations(deps: {
  repo: TeamInvitationsRepo;
  teamConnections: Pick<TeamConnections, 'connectByInvitation'>;
  clock: Clock;
  options: TeamInvitationsOptions;
}) {
  const { repo, teamConnections, clock, options } = deps;

  /** The team, when the caller may invite to it; the 404 of a team that is not there if not. */
  async function inviterTeam(callerId: string, teamId: string) {
    const team = await repo.teamForInviter(callerId, teamId);
    if (!team) throw notFound();
    return team;
  }

  async function liveInvitation(token: string): Promise<LiveInvitation> {
    const found = await repo.liveByTokenHash(hashToken(token), clock().toISOString());
    if (!found) throw invalid();
    return found;
  }

  /** In the sender's language: the person may have no account yet, so no language of theirs. */
  async function send(to: string, words: Record<string, string>) {
    const email = {
      to,
      subject: t('teamInvite.email.subject', words),
      text: t(words.message ? 'teamInvite.email.bodyWithNote' : 'teamInvite.email.body', words),
    };
    if (!options.mailer) {
      options.log.info({ link: words.link }, 'team invitation link (SMTP is not configured)');
      return;
    }
    await options.mailer.send(email);
  }

  return {
    /** Sends an invitation; its link goes only into the email, never into the answer. */
    async invite(
      callerId: string,
      teamId: string,
      input: TeamInvitationInput,
    ): Promise<PendingTeamInvitation> {
      const team = await inviterTeam(callerId, teamId);
      if (!options.mailer && !options.logLinks) throw new AppError('WM_TEAM_INVITATION_NO_EMAIL');
      if (await repo.isStaffEmail(input.email)) {
        throw new AppError('WM_TEAM_INVITATION_STAFF_EMAIL', {
          fields: [{ field: 'email', message: say('error.WM_TEAM_INVITATION_STAFF_EMAIL') }],
        });
      }
      const now = clock();
      const hourAgo = new Date(now.getTime() - HOUR_MS).toISOString();
      if ((await repo.sentSince(callerId, hourAgo)) >= TEAM_INVITATIONS_PER_HOUR) {
        const wait = HOUR_MS / 1000;
        throw new RetryLaterError('WM_TEAM_INVITATIONS_PER_HOUR', wait, {
          wait: waitInWords(wait),
        });
      }
      const token = randomToken();
      const id = randomUUID();
      await repo.insert({
        id,
        team_id: team.id,
        email: input.email,
        message: input.message ? input.message : null,
        invited_by: callerId,
        token_hash: hashToken(token),
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + TEAM_INVITATION_DAYS * DAY_MS).toISOString(),
        ended_at: null,
        outcome: null,
        answered_by: null,
      });
      const [row] = (
        await repo.pendingOf(team.id, now.toISOString(), TEAM_INVITATIONS_LISTED)
      ).filter((pending) => pending.id === id);
      if (!row) throw notFound();
      try {
        await send(input.email, {
          team: team.name,
          service: team.service_name,
          name: row.invited_by_name,
          message: row.message ?? '',
          link: `${options.publicOrigin}/team-invitation/${token}`,
          days: String(TEAM_INVITATION_DAYS),
        });
      } catch (error) {
        // Never the link in the log. The invitation is ended: a link nobody received is no use.
        options.log.warn({ err: error }, 'a team invitation email could not be sent');
        await repo.end({ id }, 'ended', null, clock().toISOString());
        throw new AppError('WM_TEAM_INVITATION_NO_EMAIL');
      }
      return present(row);
    },

    async pending(callerId: string, teamId: string): Promise<PendingTeamInvitations> {
      const team = await inviterTeam(callerId, teamId);
      const rows = await repo.pendingOf(team.id, clock().toISOString(), TEAM_INVITATIONS_LISTED);
      return { team: { id: team.id, name: team.name }, invitations: rows.map(present) };
    },

    /** Withdraws a pending invitation of the team: its link stops working at once. */
    async withdraw(callerId: string, teamId: string, invitationId: string): Promise<void> {
      const team = await inviterTeam(callerId, teamId);
      const ended = await repo.end(
        { id: invitationId, teamId: team.id },
        'withdrawn',
        callerId,
        clock().toISOString(),
      );
      if (!ended) throw notFound();
    },

    /** What the person sees before choosing. Changes nothing. */
    async preview(token: string): Promise<TeamInvitationPreview> {
      const found = await liveInvitation(token);
      return {
        teamName: found.team_name,
        serviceName: found.service_name,
        invitedBy: found.invited_by_name,
        message: found.message,
        expiresAt: found.expires_at,
      };
    },

    /** Connects the person to the team with the sections they chose; the link is used up. */
    async accept(personId: string, input: AcceptTeamInvitation): Promise<ConnectedTeam> {
      const { token, ...choice } = input;
      const found = await liveInvitation(token);
      const team = {
        id: found.team_id,
        name: found.team_name,
        service_id: found.service_id,
        service_name: found.service_name,
      };
      return teamConnections.connectByInvitation(personId, team, choice, async (trx) => {
        const now = clock().toISOString();
        if (!(await repo.end({ id: found.id }, 'accepted', personId, now, trx))) throw invalid();
      });
    },

    /** Says no: the link stops working, and the team sees it no longer waiting. */
    async decline(personId: string, token: string): Promise<void> {
      const found = await liveInvitation(token);
      const now = clock().toISOString();
      if (!(await repo.end({ id: found.id }, 'declined', personId, now))) throw invalid();
    },
  };
}

export type TeamInvitations = ReturnType<typeof createTeamInvitations>;
