// Loads the access context of one request in one indexed query: the actor's current
// relationships with the record's owner (their own, and those of the teams they are in now:
// decision 0040), their grants, the journal entries shared with them, the owner's sharing state,
// and whether the actor has a second factor (has-second-factor.ts, decisions 0039 and 0041). The owner acting on their
// own record needs no query at all.
//
// An actor who reaches the person both directly and through a team (or through two teams) gets
// the most the person gave: every grant of each goes to `decide`, which takes each section at
// the highest level any current grant gives. The access is logged under the actor's own
// relationship when there is one, else under one team connection (the same on every request).
import { type Kysely, sql } from 'kysely';
import {
  type AccessContext,
  type Grant,
  type GrantLevel,
  ownerContext,
  type Relationship,
  type RelationshipRole,
} from '../../../domain/access/context.ts';
import { type Actor, isAccountActor, isApiTokenActor } from '../../../domain/access/policy.ts';
import type { Role } from '../../../domain/auth/auth.schema.ts';
import { sectionsOfScopes } from '../../../domain/fhir-api/scopes.ts';
import type { Section } from '../../../domain/record/sections.ts';
import { compiledRead } from '../../store/compiled-query.ts';
import type { Database } from '../../store/schema.ts';
import { hasSecondFactor } from '../second-factor/has-second-factor.ts';

type ContextRow = {
  kind: 'r' | 'g' | 'j' | 'f';
  a: string;
  b: string | null;
  c: string | null;
  d: string | null;
  e: number | string | null;
  /** For a team relationship: the team's id, its name, and the actor's own name. */
  f: string | null;
  g: string | null;
  h: string | null;
};

export type AccessContextLoader = (actor: Actor, personId: string) => Promise<AccessContext>;

export function createAccessContextLoader(
  db: Kysely<Database>,
  clock: () => Date,
): AccessContextLoader {
  // Compiled once: the first runs on every request by someone other than the owner.
  const contextRows = compiledRead(db, ['personId', 'accountId'], (p) => {
    // The teams the actor is in now: not removed, the team not archived, their staff account
    // and the service not disabled. A team relationship gives access through these only.
    const myTeams = sql`select tm.team_id from team_member tm
        join team t on t.id = tm.team_id and t.archived_at is null
        join staff_member sm on sm.account_id = tm.account_id and sm.service_id = t.service_id
        join service sv on sv.id = t.service_id
       where tm.account_id = ${p.accountId} and tm.removed_at is null
         and sm.role = 'practitioner' and sm.disabled_at is null and sv.disabled_at is null`;
    const current = sql`r.person_id = ${p.personId} and r.ended_at is null
       and (r.account_id = ${p.accountId} or r.team_id in (${myTeams}))`;
    const query = sql<ContextRow>`
      select 'r' as kind, r.id as a, r.role as b, r.known_as as c, s.paused_at as d,
             s.pause_emergency_links as e, r.team_id as f, t.name as g, me.display_name as h
        from relationship r
        left join sharing_state s on s.person_id = r.person_id
        left join team t on t.id = r.team_id
        left join account me on me.id = ${p.accountId} and r.team_id is not null
       where ${current}
      union all
      select 'g', g.section, g.level, g.ends_at, null, g.advance_choice, null, null, null
        from relationship r
        join access_grant g on g.person_id = r.person_id and g.relationship_id = r.id
       where ${current}
      union all
      select 'j', j.entry_id, null, null, null, null, null, null, null
        from relationship r
        join shared_journal_entry j on j.person_id = r.person_id and j.relationship_id = r.id
       where ${current}
      union all
      select 'f', 'f', null, null, null, null, null, null, null
       where ${hasSecondFactor(sql`${p.accountId}`)}`;
    return { compile: () => query.compile(db) };
  });
  const sharingState = compiledRead(db, ['personId'], (p) =>
    db
      .selectFrom('sharing_state')
      .select(['paused_at', 'pause_emergency_links'])
      .where('person_id', '=', p.personId),
  );
  // An app's token (decision 0049): the token, with its person's sharing state, in one query.
  const tokenRows = compiledRead(db, ['personId', 'tokenId'], (p) =>
    db
      .selectFrom('api_token as k')
      .leftJoin('sharing_state as s', 's.person_id', 'k.person_id')
      .select([
        'k.id',
        'k.name',
        'k.scopes',
        'k.created_at',
        'k.ends_at',
        'k.revoked_at',
        's.paused_at',
      ])
      .where('k.person_id', '=', p.personId)
      .where('k.id', '=', p.tokenId),
  );
  return async (actor, personId) => {
    const now = clock().toISOString();
    const base = { ...ownerContext(personId, now), actor };
    if (isApiTokenActor(actor)) {
      const [token] = await tokenRows({ personId, tokenId: actor.tokenId });
      if (!token) return { ...base, apiToken: null };
      const scopes = JSON.parse(token.scopes) as string[];
      return {
        ...base,
        sharingPaused: token.paused_at !== null,
        apiToken: {
          id: token.id,
          name: token.name,
          scopes,
          sections: sectionsOfScopes(scopes),
          createdAt: token.created_at,
          endsAt: token.ends_at,
          revokedAt: token.revoked_at,
        },
      };
    }
    if (!isAccountActor(actor)) {
      // An emergency link: only whether the person paused links as well.
      const [state] = await sharingState({ personId });
      const paused = !!state?.paused_at && Number(state.pause_emergency_links) === 1;
      return { ...base, sharingPaused: !!state?.paused_at, emergencyLinksPaused: paused };
    }
    if (actor.accountId === personId) return base;
    const rows = await contextRows({ personId, accountId: actor.accountId });
    const context: AccessContext = { ...base };
    const grants: Grant[] = [];
    const entries: string[] = [];
    const relationships: Relationship[] = [];
    for (const row of rows) {
      if (row.kind === 'r') {
        relationships.push({
          id: row.a,
          role: row.b as RelationshipRole,
          knownAs: row.c ?? '',
          endedAt: null,
          team: row.f === null ? null : { id: row.f, name: row.g ?? '', memberName: row.h ?? '' },
        });
        context.sharingPaused = row.d !== null;
        context.emergencyLinksPaused = row.d !== null && Number(row.e) === 1;
      } else if (row.kind === 'g') {
        grants.push({
          section: row.a as Section,
          level: row.b as GrantLevel,
          endsAt: row.c,
          advanceChoice: Number(row.e) === 1,
        });
      } else if (row.kind === 'f') context.actorSecondFactor = true;
      else entries.push(row.a);
    }
    context.relationship = throughWhich(relationships);
    return { ...context, grants, sharedJournalEntryIds: entries };
  };
}

/** The actor's own relationship if there is one, else the team connection made first. */
function throughWhich(relationships: Relationship[]): Relationship | null {
  const own = relationships.find((r) => !r.team);
  if (own) return own;
  // The same one on every request: ids are fixed, so by id.
  return [...relationships].sort((a, b) => a.id.localeCompare(b.id))[0] ?? null;
}

/**
 * The context one of the owner's current relationships has, loaded by the same loader as that
 * person's own requests: the owner's preview of what they see. Null if there is no such
 * current relationship.
 */
export function createPreviewContextLoader(db: Kysely<Database>, contextFor: AccessContextLoader) {
  return async (ownerId: string, relationshipId: string): Promise<AccessContext | null> => {
    const found = await db
      .selectFrom('relationship')
      .innerJoin('account', 'account.id', 'relationship.account_id')
      .select(['relationship.account_id', 'account.role'])
      .$narrowType<{ account_id: string }>()
      .where('relationship.person_id', '=', ownerId)
      .where('relationship.id', '=', relationshipId)
      .where('relationship.ended_at', 'is', null)
      .executeTakeFirst();
    if (!found) return null;
    return contextFor({ accountId: found.account_id, role: found.role as Role }, ownerId);
  };
}
