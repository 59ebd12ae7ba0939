// A person's connections to teams, and a staff member's side of them (issue 14, decision 0040).
// A person connects with a team's code: they see the team's and service's names first, then
// choose per section what the team sees, as in sharing; the grant is a relationship with the
// team, so the one access model (the access context's query and `decide`) covers it. They
// change, pause and stop it on the Sharing page like any other, and may leave the team, or all
// of a service's teams, at any time; the team's access ends on its very next request. Code
// guesses are counted per account, like invitation codes.
import type { Kysely } from 'kysely';
import type { Grant, GrantLevel } from '../../../domain/access/context.ts';
import { decide } from '../../../domain/access/decision.ts';
import type { AccountActor } from '../../../domain/access/policy.ts';
import { waitInWords } from '../../../domain/auth/sign-in-delay.ts';
import { mustUseSecondFactor } from '../../../domain/auth/staff.ts';
import { AppError, notFound, RetryLaterError } from '../../../domain/errors.ts';
import { say } from '../../../domain/i18n/said.ts';
import { SECTIONS, type Section } from '../../../domain/record/sections.ts';
import {
  type ConnectedPerson,
  type ConnectedTeam,
  type ConnectTeam,
  MY_PEOPLE_MAX,
  type MyTeam,
  type TeamPreview,
} from '../../../domain/services/team-connect.schema.ts';
import { normalizeCode } from '../../../domain/sharing/invitation-code.ts';
import type { Database } from '../../store/schema.ts';
import type { AttemptCounter } from '../invitations/invitations.service.ts';
import type { Keyring } from '../journal/journal-crypto.ts';
import type { Clock } from '../record/record.service.ts';
import type { AccessLog } from '../sharing/access-log.ts';
import type { GrantInput, SharingService } from '../sharing/sharing.service.ts';
import { teamCodeHash, teamCodeOf } from './team-code.ts';
import type { GrantRow, JoinableTeam, TeamConnectionsRepo } from './team-connections.repo.ts';

/** Team codes one account may try in an hour, right or wrong (as for invitation codes). */
export const TEAM_CODE_ATTEMPTS_PER_HOUR = 10;
const HOUR_MS = 3_600_000;

/** What the person chose for the team: the sections, an end date, the advance choice. */
export type SectionChoice = Omit<ConnectTeam, 'code'>;

const unknownCode = () =>
  new AppError('WM_TEAM_CODE_UNKNOWN', {
    fields: [{ field: 'code', message: say('error.WM_TEAM_CODE_UNKNOWN') }],
  });

const toGrant = (row: GrantRow): Grant => ({
  section: row.section as Section,
  level: row.level as GrantLevel,
  endsAt: row.ends_at,
  advanceChoice: Number(row.advance_choice) === 1,
});

export function createTeamConnections(deps: {
  repo: TeamConnectionsRepo;
  sharing: SharingService;
  log: Pick<AccessLog, 'append'>;
  attempts: AttemptCounter;
  keyring: () => Keyring;
  clock: Clock;
}) {
  const { repo, sharing, log, attempts, clock } = deps;

  async function countCodeAttempt(accountId: string): Promise<void> {
    const { hits, resetsInMs } = await attempts.hit(`team-code:${accountId}`, HOUR_MS);
    if (hits > TEAM_CODE_ATTEMPTS_PER_HOUR) {
      const wait = resetsInMs / 1000;
      throw new RetryLaterError('WM_TEAM_CODE_ATTEMPTS', wait, { wait: waitInWords(wait) });
    }
  }

  async function teamOfCode(accountId: string, code: string): Promise<JoinableTeam> {
    await countCodeAttempt(accountId);
    const normalized = normalizeCode(code);
    const team = normalized ? await repo.teamByCodeHash(teamCodeHash(normalized)) : undefined;
    if (!team) throw unknownCode();
    return team;
  }

  /** Ends these connections and logs each as left, in one transaction. */
  async function leave(
    personId: string,
    connections: readonly { id: string; team_name: string }[],
    wholeService: boolean,
  ): Promise<void> {
    const now = clock().toISOString();
    await repo.transaction(async (trx) => {
      const ended = new Set(
        await repo.end(
          trx,
          personId,
          connections.map((c) => c.id),
          now,
        ),
      );
      for (const connection of connections) {
        if (!ended.has(connection.id)) continue;
        await log.append(
          {
            personId,
            actorId: personId,
            actorName: '',
            actorRole: 'owner',
            relationshipId: connection.id,
            what: 'left_team',
            section: null,
            detail: { team: connection.team_name, wholeService },
          },
          trx,
        );
      }
    });
  }

  function checkEndsAt(choice: SectionChoice): void {
    if (choice.endsAt !== null && !(Date.parse(choice.endsAt) > clock().getTime())) {
      throw new AppError('WM_VALIDATION_FAILED', {
        fields: [{ field: 'endsAt', message: say('sharing.endsAtPast') }],
      });
    }
  }

  /**
   * Makes the person's relationship with the team, with the grants they chose, and logs it as
   * `team_joined`, in one transaction (with `claim`, when an invitation is used up by it).
   */
  async function join(
    personId: string,
    team: JoinableTeam,
    choice: SectionChoice,
    claim?: (trx: Kysely<Database>) => Promise<void>,
  ): Promise<ConnectedTeam> {
    if (await repo.hasCurrentConnection(personId, team.id))
      throw new AppError('WM_TEAM_ALREADY_CONNECTED');
    const endsAt = choice.endsAt === null ? null : new Date(choice.endsAt).toISOString();
    const grants: GrantInput[] = [];
    for (const [section, level] of Object.entries(choice.sections)) {
      if (level === 'none' || level === undefined) continue;
      grants.push({
        section: section as Section,
        level,
        endsAt,
        advanceChoice: section === 'crisis_plan' && choice.advanceChoice,
      });
    }
    try {
      const relationshipId = await repo.transaction(async (trx) => {
        if (claim) await claim(trx);
        const id = await sharing.createRelationship(
          { personId, teamId: team.id, role: 'practitioner', knownAs: team.name, grants },
          trx,
        );
        await log.append(
          {
            personId,
            actorId: personId,
            actorName: '',
            actorRole: 'owner',
            relationshipId: id,
            what: 'team_joined',
            section: null,
            detail: {
              team: team.name,
              sections: grants.map((g) => `${g.section}:${g.level}`).join(','),
              ...(claim ? { by: 'invitation' } : {}),
            },
          },
          trx,
        );
        return id;
      });
      return { relationshipId, teamName: team.name, serviceName: team.service_name };
    } catch (error) {
      // The same team connected at the same moment (relationship_team_current).
      if (!(error instanceof AppError) && (await repo.hasCurrentConnection(personId, team.id)))
        throw new AppError('WM_TEAM_ALREADY_CONNECTED');
      throw error;
    }
  }

  async function myTeams(accountId: string): Promise<MyTeam[]> {
    const keyring = deps.keyring();
    return (await repo.teamsOf(accountId)).map((team) => ({
      id: team.id,
      name: team.name,
      serviceName: team.service_name,
      serviceId: team.service_id,
      code: teamCodeOf(keyring, team),
      lead: Number(team.lead) === 1,
    }));
  }

  return {
    /** The team and service a code is for, shown before the person agrees. Changes nothing. */
    async preview(personId: string, code: string): Promise<TeamPreview> {
      const team = await teamOfCode(personId, code);
      return { teamName: team.name, serviceName: team.service_name };
    },

    /** Connects the person to the code's team with the sections they chose, logged. */
    async connect(personId: string, input: ConnectTeam): Promise<ConnectedTeam> {
      const { code, ...choice } = input;
      checkEndsAt(choice);
      return join(personId, await teamOfCode(personId, code), choice);
    },

    /**
     * Connects the person to a team they were invited to by email (decision 0050): the same
     * join as with a code, with `claim` (ending the invitation as accepted) in its transaction,
     * so an invitation used twice at once lets in one of them and the other changes nothing.
     */
    async connectByInvitation(
      personId: string,
      team: JoinableTeam,
      choice: SectionChoice,
      claim: (trx: Kysely<Database>) => Promise<void>,
    ): Promise<ConnectedTeam> {
      checkEndsAt(choice);
      return join(personId, team, choice, claim);
    },

    /** Leaves one team: its access ends on its next request; the person keeps everything. */
    async leaveTeam(personId: string, relationshipId: string): Promise<void> {
      const connection = (await repo.connectionsOf(personId)).find((c) => c.id === relationshipId);
      if (!connection) throw notFound();
      await leave(personId, [connection], false);
    },

    /** Leaves every team of one service at once. */
    async leaveService(personId: string, serviceId: string): Promise<void> {
      const connections = (await repo.connectionsOf(personId)).filter(
        (c) => c.service_id === serviceId,
      );
      if (connections.length === 0) throw notFound();
      await leave(personId, connections, true);
    },

    /** The teams a staff member is in now, each with its code to show people. */
    myTeams,

    /** One of the staff member's teams; the 404 for a team they are not in now. */
    async myTeam(accountId: string, teamId: string): Promise<MyTeam> {
      const team = (await myTeams(accountId)).find((t) => t.id === teamId);
      if (!team) throw notFound();
      return team;
    },

    /**
     * The people connected now to the teams `actor` is in: who they are (their account's
     * name), which team, and the sections that team reads now, decided by the one `decide`
     * from the same grants and pause as the person's record routes. No record content, so
     * nothing is logged. Empty for anyone who may see no person (a service admin, staff
     * without a second factor). At most MY_PEOPLE_MAX connections, by name. Two indexed
     * queries (three with the second factor's), whatever the number of people.
     */
    async peopleConnectedToMyTeams(actor: AccountActor): Promise<ConnectedPerson[]> {
      if (actor.role !== 'practitioner') return [];
      if (mustUseSecondFactor(actor.role) && !(await repo.hasSecondFactor(actor.accountId)))
        return [];
      const rows = await repo.connectedTo(actor.accountId, MY_PEOPLE_MAX);
      const grants = await repo.grantsOf(rows);
      const byRelationship = new Map<string, Grant[]>();
      for (const grant of grants) {
        const key = `${grant.person_id} ${grant.relationship_id}`;
        byRelationship.set(key, [...(byRelationship.get(key) ?? []), toGrant(grant)]);
      }
      const now = clock().toISOString();
      return rows.map((row) => {
        const decision = decide({
          actor,
          ownerId: row.person_id,
          relationship: {
            id: row.relationship_id,
            role: 'practitioner',
            knownAs: row.team_name,
            endedAt: null,
            team: { id: row.team_id, name: row.team_name, memberName: '' },
          },
          grants: byRelationship.get(`${row.person_id} ${row.relationship_id}`) ?? [],
          sharedJournalEntryIds: [],
          sharingPaused: row.paused_at !== null,
          emergencyLinksPaused: false,
          actorSecondFactor: true,
          now,
        });
        const sections: ConnectedPerson['sections'] = {};
        for (const section of SECTIONS) {
          if (decision.read.has(section))
            sections[section] = decision.suggest.has(section) ? 'suggest' : 'view';
        }
        return {
          personId: row.person_id,
          name: row.name,
          relationshipId: row.relationship_id,
          team: { id: row.team_id, name: row.team_name },
          sections,
          since: row.created_at,
        };
      });
    },
  };
}

export type TeamConnections = ReturnType<typeof createTeamConnections>;
