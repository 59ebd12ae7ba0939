// A service admin's teams and staff (issue 14, decision 0038). First step of every use case: the
// caller must be an enabled admin of an enabled service, and everything after is limited to that
// service; anyone else gets the 404 of a page that is not there. Nothing here reads any
// person's record.
import { randomUUID } from 'node:crypto';
import { AppError, notFound } from '../../../domain/errors.ts';
import { say } from '../../../domain/i18n/said.ts';
import { t } from '../../../domain/i18n/translate.ts';
import { SET_UP_LINK_DAYS, type StaffRole } from '../../../domain/services/services.schema.ts';
import type {
  StaffInput,
  StaffInvited,
  StaffMember,
  Team,
  TeamInput,
} from '../../../domain/services/teams.schema.ts';
import { NO_PASSWORD } from '../auth/password.ts';
import { hashToken, randomToken } from '../auth/tokens.ts';
import type { Keyring } from '../journal/journal-crypto.ts';
import type { Mailer } from '../notifications/mailer.ts';
import type { Clock } from '../record/record.service.ts';
import { newTeamCode, teamCodeOf } from '../team-connections/team-code.ts';
import type { StaffRow, TeamsRepo, TeamWithCount } from './teams.repo.ts';

const DAY_MS = 86_400_000;

/** Team names are the same when they differ only in case ("Crisis team", "crisis team"). */
const sameName = (a: string, b: string) =>
  a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

const presentTeam = (team: TeamWithCount): Team => ({
  id: team.id,
  name: team.name,
  createdAt: team.created_at,
  memberCount: team.member_count,
});

const presentStaff = (row: StaffRow): StaffMember => ({
  accountId: row.account_id,
  name: row.display_name,
  email: row.email,
  role: row.role as StaffRole,
  teams: row.teams,
  setUp: row.set_up,
  disabled: row.disabled_at !== null,
});

export function createTeams(
  repo: TeamsRepo,
  clock: Clock,
  options: {
    publicOrigin: string;
    /** Sends the set-up link by email; null when the server has no SMTP to send with. */
    mailer: Mailer | null;
    /** The keys team codes are derived under (decision 0040). */
    keyring: () => Keyring;
    log: { warn(details: object, message: string): void };
  },
) {
  /** The caller's service, if they are an enabled admin of an enabled one; else the 404. */
  async function serviceOf(accountId: string): Promise<string> {
    const serviceId = await repo.adminServiceOf(accountId);
    if (!serviceId) throw notFound();
    return serviceId;
  }

  async function oneTeam(serviceId: string, teamId: string): Promise<Team> {
    const team = (await repo.listTeams(serviceId)).find((t) => t.id === teamId);
    if (!team) throw notFound();
    return presentTeam(team);
  }

  async function oneStaff(serviceId: string, accountId: string): Promise<StaffMember> {
    const [row] = await repo.listStaff(serviceId, accountId);
    if (!row) throw notFound();
    return presentStaff(row);
  }

  // On the field too (as `fields`), so the form shows it there and in its error summary.
  const nameTaken = () =>
    new AppError('WM_TEAM_NAME_TAKEN', {
      fields: [{ field: 'name', message: say('error.WM_TEAM_NAME_TAKEN') }],
    });

  function newLink(accountId: string, now: Date) {
    const token = randomToken();
    const expiresAt = new Date(now.getTime() + SET_UP_LINK_DAYS * DAY_MS).toISOString();
    return {
      url: `${options.publicOrigin}/set-up/${token}`,
      expiresAt,
      row: {
        token_hash: hashToken(token),
        account_id: accountId,
        created_at: now.toISOString(),
        expires_at: expiresAt,
        used_at: null,
      },
    };
  }

  /**
   * Emails the link when the server can send email. A failure is logged (never the link) and
   * reported as not sent: the admin has the link on screen to pass on either way.
   */
  async function emailLink(to: string, serviceName: string, url: string): Promise<boolean> {
    if (!options.mailer) return false;
    try {
      await options.mailer.send({
        to,
        // In the admin's language: the new account has chosen none yet.
        subject: t('staff.email.subject', { service: serviceName }),
        text: t('staff.email.body', { service: serviceName, link: url, days: SET_UP_LINK_DAYS }),
      });
      return true;
    } catch (error) {
      options.log.warn({ err: error }, 'a set-up link could not be emailed');
      return false;
    }
  }

  return {
    async listTeams(callerId: string): Promise<Team[]> {
      const serviceId = await serviceOf(callerId);
      return (await repo.listTeams(serviceId)).map(presentTeam);
    },

    async createTeam(callerId: string, input: TeamInput): Promise<Team> {
      const serviceId = await serviceOf(callerId);
      const id = randomUUID();
      const { code: _shownLater, ...code } = newTeamCode(options.keyring(), id);
      const team = {
        id,
        service_id: serviceId,
        name: input.name,
        created_at: clock().toISOString(),
        archived_at: null,
        ...code,
      };
      if (!(await repo.saveTeam(team, sameName, 'insert'))) throw nameTaken();
      return oneTeam(serviceId, team.id);
    },

    async renameTeam(callerId: string, teamId: string, input: TeamInput): Promise<Team> {
      const serviceId = await serviceOf(callerId);
      const team = await repo.findTeam(serviceId, teamId);
      if (!team) throw notFound();
      if (!(await repo.saveTeam({ ...team, name: input.name }, sameName, 'rename')))
        throw nameTaken();
      return oneTeam(serviceId, teamId);
    },

    /** The team's code, to pass on to people; null when it has none (or its key is gone). */
    async teamCode(callerId: string, teamId: string): Promise<{ code: string | null }> {
      const serviceId = await serviceOf(callerId);
      const team = await repo.findTeam(serviceId, teamId);
      if (!team) throw notFound();
      return { code: teamCodeOf(options.keyring(), team) };
    },

    /** A new code for the team: the old one stops working at once; people connected stay. */
    async newTeamCode(callerId: string, teamId: string): Promise<{ code: string }> {
      const serviceId = await serviceOf(callerId);
      const team = await repo.findTeam(serviceId, teamId);
      if (!team) throw notFound();
      const { code, ...stored } = newTeamCode(options.keyring(), teamId);
      if (!(await repo.setTeamCode(serviceId, teamId, stored))) throw notFound();
      return { code };
    },

    /**
     * Archives the team at once: it leaves the lists, its code stops working, and nobody reads
     * any person through it from the next request on (the access context asks for a team not
     * archived). The people connected to it keep everything.
     */
    async archiveTeam(callerId: string, teamId: string): Promise<void> {
      const serviceId = await serviceOf(callerId);
      if (!(await repo.archiveTeam(serviceId, teamId, clock().toISOString()))) throw notFound();
    },

    /** Takes a staff member out of a team at once: from their next request they read nobody through it. */
    async removeFromTeam(callerId: string, teamId: string, accountId: string): Promise<void> {
      const serviceId = await serviceOf(callerId);
      if (!(await repo.removeFromTeam(serviceId, teamId, accountId, clock().toISOString())))
        throw notFound();
    },

    /**
     * Makes a practitioner the lead of one of their teams, or no longer its lead (decision
     * 0053): a lead reads that team's outcome reports. A team may have several leads.
     */
    async setTeamLead(
      callerId: string,
      teamId: string,
      accountId: string,
      lead: boolean,
    ): Promise<StaffMember> {
      const serviceId = await serviceOf(callerId);
      if (!(await repo.setLead(serviceId, teamId, accountId, lead))) throw notFound();
      return oneStaff(serviceId, accountId);
    },

    async listStaff(callerId: string): Promise<StaffMember[]> {
      const serviceId = await serviceOf(callerId);
      return (await repo.listStaff(serviceId)).map(presentStaff);
    },

    /**
     * Invites a practitioner to one of the service's teams: a new account with a one-time
     * set-up link, or, when the email is already one of this service's practitioners, the same
     * account put in the team (with a fresh link if they have not set up yet). Any other owner
     * of the email (a person, a supporter, another service's staff, this service's admin) is
     * refused, changing nothing.
     */
    async invite(callerId: string, input: StaffInput): Promise<StaffInvited> {
      const serviceId = await serviceOf(callerId);
      const team = await repo.findTeam(serviceId, input.teamId);
      if (!team)
        throw new AppError('WM_VALIDATION_FAILED', {
          fields: [{ field: 'teamId', message: say('validation.required.team') }],
        });
      const now = clock();
      const inUse = () =>
        new AppError('WM_STAFF_EMAIL_IN_USE', {
          fields: [{ field: 'email', message: say('error.WM_STAFF_EMAIL_IN_USE') }],
        });
      const owner = await repo.emailOwner(input.email);
      let accountId: string;
      let link: ReturnType<typeof newLink> | null;
      if (owner) {
        if (owner.service_id !== serviceId || owner.role !== 'practitioner') throw inUse();
        accountId = owner.account_id;
        link = (await repo.hasSetUp(accountId)) ? null : newLink(accountId, now);
        await repo.addToTeam(team.id, accountId, now.toISOString(), link?.row ?? null);
      } else {
        accountId = randomUUID();
        link = newLink(accountId, now);
        const inserted = await repo.insertStaff({
          account: {
            id: accountId,
            email: input.email,
            // Nothing signs in to it until they choose a password through the link.
            password_hash: NO_PASSWORD,
            display_name: input.name,
            role: 'practitioner',
            created_at: now.toISOString(),
            welcomed_at: null,
            language: null,
            closed_at: null,
          },
          serviceId,
          teamId: team.id,
          link: link.row,
        });
        if (!inserted) throw inUse();
      }
      const staff = await oneStaff(serviceId, accountId);
      const serviceName = (await repo.serviceName(serviceId)) ?? '';
      const emailed = link ? await emailLink(input.email, serviceName, link.url) : false;
      return {
        staff,
        setUpLink: link?.url ?? null,
        expiresAt: link?.expiresAt ?? null,
        emailed,
      };
    },

    /**
     * Disables a practitioner at once: their sessions end in the same transaction, and again
     * after the commit, since a sign-in that checked them just before has made its session by
     * then (sign-in checks again after making one: auth.service.ts).
     */
    async disable(callerId: string, accountId: string): Promise<StaffMember> {
      const serviceId = await serviceOf(callerId);
      if (!(await repo.setDisabled(serviceId, accountId, clock().toISOString()))) throw notFound();
      await repo.endSessions(accountId);
      return oneStaff(serviceId, accountId);
    },

    async enable(callerId: string, accountId: string): Promise<StaffMember> {
      const serviceId = await serviceOf(callerId);
      if (!(await repo.setDisabled(serviceId, accountId, null))) throw notFound();
      return oneStaff(serviceId, accountId);
    },
  };
}

export type TeamsUseCases = ReturnType<typeof createTeams>;
