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
//
// The caseload (decision 0044) loads one account's contexts with many people at once: the same
// query with `person_id in (…)` and the same decoding (`contextQuery`, `contextOf`), so a batch
// never decides differently from the one-person loader.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import {
  type AccessContext,
  type Grant,
  type GrantLevel,
  ownerContext,
  type Relationship,
  type RelationshipRole,
} from '../../../domain/access/context.ts';
import {
  type AccountActor,
  type Actor,
  isAccountActor,
  isApiTokenActor,
} from '../../../domain/access/policy.ts';
import type { Role } from '../../../domain/auth/auth.schema.ts';
import { sectionsOfScopes } from '../../../domain/fhir-api/scopes.ts';
import type { Section } from '../../../domain/record/sections.ts';
import { compiledRead } from '../../store/compiled-query.ts';
import { inChunks } from '../../store/people-chunks.ts';
import type { Database } from '../../store/schema.ts';
import { hasSecondFactor } from '../second-factor/has-second-factor.ts';

type ContextRow = {
  kind: 'r' | 'g' | 'j' | 'f';
  /** The person whose record the row is about (null for the second-factor row). */
  p: string | null;
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

/**
 * The contexts of one account with many people at once (the caseload): the same query as the
 * one-person loader with `person_id in (…)`, decoded by the same code, so each context is the
 * one that person's own request would load. People with no current relationship get the
 * context of a stranger (no relationship, no grants), as the one-person loader gives them.
 */
export type AccessContextsLoader = (
  actor: AccountActor,
  personIds: readonly string[],
) => Promise<Map<string, AccessContext>>;

/**
 * The one context query: the actor's current relationships with the people `ofPeople` lets
 * through (their own, and those of the teams they are in now: decision 0040), their grants,
 * the journal entries shared with them, each person's sharing state, and whether the actor has
 * a second factor. `ofPeople` is the condition on `r.person_id`: one person or a list.
 */
function contextQuery(accountId: RawBuilder<unknown>, ofPeople: RawBuilder<unknown>) {
  // The teams the actor is in now: not removed, the team not archived, their staff account
  // and the service not disabled. A team relationship gives access through these only.
  const myTeams = sql`select tm.team_id from team_member tm
      join team t on t.id = tm.team_id and t.archived_at is null
      join staff_member sm on sm.account_id = tm.account_id and sm.service_id = t.service_id
      join service sv on sv.id = t.service_id
     where tm.account_id = ${accountId} and tm.removed_at is null
       and sm.role = 'practitioner' and sm.disabled_at is null and sv.disabled_at is null`;
  const current = sql`${ofPeople} and r.ended_at is null
     and (r.account_id = ${accountId} or r.team_id in (${myTeams}))`;
  return rowsOfRelationships(accountId, current);
}

/** The context rows of the relationships `current` picks, for the actor `accountId`. */
function rowsOfRelationships(accountId: RawBuilder<unknown>, current: RawBuilder<unknown>) {
  return sql<ContextRow>`
    select 'r' as kind, r.person_id as p, r.id as a, r.role as b, r.known_as as c,
           s.paused_at as d, s.pause_emergency_links as e, r.team_id as f, t.name as g,
           me.display_name as h
      from relationship r
      left join sharing_state s on s.person_id = r.person_id
      left join team t on t.id = r.team_id
      left join account me on me.id = ${accountId} and r.team_id is not null
     where ${current}
    union all
    select 'g', r.person_id, g.section, g.level, g.ends_at, null, g.advance_choice, null, null,
           null
      from relationship r
      join access_grant g on g.person_id = r.person_id and g.relationship_id = r.id
     where ${current}
    union all
    select 'j', r.person_id, j.entry_id, null, null, null, null, null, null, null
      from relationship r
      join shared_journal_entry j on j.person_id = r.person_id and j.relationship_id = r.id
     where ${current}
    union all
    select 'f', null, 'f', null, null, null, null, null, null, null
     where ${hasSecondFactor(accountId)}`;
}

/**
 * One person's context from their rows of the context query (and the actor's second-factor
 * row): the decoding both loaders share.
 */
function contextOf(base: AccessContext, rows: readonly ContextRow[], secondFactor: boolean) {
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
    } else if (row.kind === 'j') entries.push(row.a);
  }
  if (secondFactor) context.actorSecondFactor = true;
  context.relationship = throughWhich(relationships);
  return { ...context, grants, sharedJournalEntryIds: entries };
}

export function createAccessContextLoader(
  db: Kysely<Database>,
  clock: () => Date,
): AccessContextLoader {
  // Compiled once: the first runs on every request by someone other than the owner.
  const contextRows = compiledRead(db, ['personId', 'accountId'], (p) => ({
    compile: () => contextQuery(sql`${p.accountId}`, sql`r.person_id = ${p.personId}`).compile(db),
  }));
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
    return contextOf(
      base,
      rows,
      rows.some((row) => row.kind === 'f'),
    );
  };
}

/** The batch form of the loader above (see AccessContextsLoader): one query per 400 people. */
export function createAccessContextsLoader(
  db: Kysely<Database>,
  clock: () => Date,
): AccessContextsLoader {
  return async (actor, personIds) => {
    const now = clock().toISOString();
    const contexts = new Map<string, AccessContext>();
    const others = [...new Set(personIds)].filter((id) => id !== actor.accountId);
    // The owner's own context needs no query, as in the one-person loader.
    if (personIds.includes(actor.accountId))
      contexts.set(actor.accountId, { ...ownerContext(actor.accountId, now), actor });
    // Each person's list is sent three times (one per part of the union): 1,200 parameters.
    const rows = await inChunks(others, async (some) => {
      const query = contextQuery(sql`${actor.accountId}`, sql`r.person_id in (${sql.join(some)})`);
      return (await query.execute(db)).rows;
    });
    const secondFactor = rows.some((row) => row.kind === 'f');
    const byPerson = new Map<string, ContextRow[]>();
    for (const row of rows) {
      if (row.p === null) continue;
      const group = byPerson.get(row.p);
      if (group) group.push(row);
      else byPerson.set(row.p, [row]);
    }
    for (const personId of others) {
      const base = { ...ownerContext(personId, now), actor };
      contexts.set(personId, contextOf(base, byPerson.get(personId) ?? [], secondFactor));
    }
    return contexts;
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
export function createPreviewContextLoader(
  db: Kysely<Database>,
  contextFor: AccessContextLoader,
  clock: () => Date,
) {
  return async (ownerId: string, relationshipId: string): Promise<AccessContext | null> => {
    const found = await db
      .selectFrom('relationship')
      .leftJoin('account', 'account.id', 'relationship.account_id')
      .select(['relationship.account_id', 'relationship.team_id', 'account.role'])
      .where('relationship.person_id', '=', ownerId)
      .where('relationship.id', '=', relationshipId)
      .where('relationship.ended_at', 'is', null)
      .executeTakeFirst();
    if (!found) return null;
    if (found.account_id !== null)
      return contextFor({ accountId: found.account_id, role: found.role as Role }, ownerId);
    if (found.team_id === null) return null;
    return teamPreviewContext(db, clock, ownerId, relationshipId, found.team_id);
  };
}

/**
 * What any member of a team sees through this one connection (decision 0040): its own rows, as
 * the context query gives them, for a practitioner of the team who is in it now and has a second
 * factor. A member who also reaches the person another way may see more; the preview is of the
 * connection the person is looking at.
 */
async function teamPreviewContext(
  db: Kysely<Database>,
  clock: () => Date,
  ownerId: string,
  relationshipId: string,
  teamId: string,
): Promise<AccessContext> {
  const current = sql`r.person_id = ${ownerId} and r.id = ${relationshipId} and r.ended_at is null`;
  // No account has the empty id: the rows name no member, and the second factor is given below.
  const { rows } = await rowsOfRelationships(sql`${''}`, current).execute(db);
  const member = { accountId: `team:${teamId}`, role: 'practitioner' as const };
  const base = { ...ownerContext(ownerId, clock().toISOString()), actor: member };
  return contextOf(base, rows, true);
}
