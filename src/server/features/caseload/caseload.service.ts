// A practitioner's caseload (issue 14, decision 0044): one row per person connected to their
// teams, built by the pure rules in domain/caseload from only what each person shares.
//
// Every person is read through the one access model, exactly as a record route would: the same
// access-context query and decoding (in its batch form, one query for everyone), the same
// `decide` for each person, and a RecordScope per section from that person's decision, so the
// services withhold "for me only" rows as they do on the person's own pages. A section a
// person's decision does not let the practitioner read is not read for that person at all.
// Each person whose record content is shown gets one access-log entry under the practitioner's
// own name (and their team's), through the same group-committed append the access step uses,
// which writes them together (one insert per 200 entries).
//
// Queries (decision 0044's addendum, "Batched"): one for the people (and one for their
// grants), one for suggestions waiting, one for the measure titles, one for everyone's access
// contexts, then one per section for all the people allowed it: latest check-in, life-area
// ratings, observations, reviews. Each is `person_id in (…)`, at most 400 people a query
// (store/people-chunks.ts), and at most 1,000 people (MY_PEOPLE_MAX) in all.
import type { AccessContext } from '../../../domain/access/context.ts';
import { decide } from '../../../domain/access/decision.ts';
import { type AccountActor, isAccountActor } from '../../../domain/access/policy.ts';
import { type RecordScope, scopeFor } from '../../../domain/access/scope.ts';
import type { Caseload, CaseloadRowView } from '../../../domain/caseload/caseload.schema.ts';
import {
  type CaseloadRow,
  type CaseloadSort,
  caseloadRow,
  filterCaseload,
  needsAttention,
  sortCaseload,
} from '../../../domain/caseload/caseload.ts';
import type { RatingSet } from '../../../domain/caseload/change.ts';
import { measureSeriesFrom } from '../../../domain/caseload/series.ts';
import type { LifeAreaRatingSet } from '../../../domain/checkins/checkins.schema.ts';
import type { ConnectedPerson } from '../../../domain/services/team-connect.schema.ts';
import type { CheckinService } from '../checkins/checkins.service.ts';
import type { MeasureLibrary } from '../measures/measure-library.service.ts';
import type { MeasureResponseService } from '../measures/measure-responses.service.ts';
import type { Clock, RecordService } from '../record/record.service.ts';
import type { ReviewService } from '../reviews/reviews.service.ts';
import type { AccessContextsLoader } from '../sharing/access-context.ts';
import type { AccessLog } from '../sharing/access-log.ts';
import type { TeamConnections } from '../team-connections/team-connections.service.ts';
import type { CaseloadRepo } from './caseload.repo.ts';

const ROUTE = 'GET /api/caseload';

export type CaseloadOptions = { sort: CaseloadSort; team?: string; needsAttention: boolean };

type Built = {
  row: CaseloadRow;
  view: CaseloadRowView;
  logRead: (() => Promise<void>) | null;
};

/** One person as their own decision lets the practitioner read them: a scope per section. */
type Decided = {
  person: ConnectedPerson;
  context: AccessContext;
  checkins: RecordScope | null;
  measures: RecordScope | null;
  reviews: RecordScope | null;
};

export function createCaseload(deps: {
  repo: CaseloadRepo;
  contextsFor: AccessContextsLoader;
  teamConnections: Pick<TeamConnections, 'peopleConnectedToMyTeams'>;
  checkins: Pick<CheckinService, 'latestTakenOnOf'>;
  records: Pick<RecordService, 'listOf'>;
  measureResponses: Pick<MeasureResponseService, 'observationsOf'>;
  measureLibrary: Pick<MeasureLibrary, 'list'>;
  reviews: Pick<ReviewService, 'listOf'>;
  log: Pick<AccessLog, 'append'>;
  clock: Clock;
}) {
  const { repo, contextsFor, log, clock } = deps;

  /** The entry a read of the caseload row leaves in the person's log. */
  async function logRead(context: AccessContext, actor: AccountActor, sections: string[]) {
    const relationship = context.relationship;
    const team = relationship?.team;
    await log.append({
      personId: context.ownerId,
      actorId: actor.accountId,
      actorName: team ? team.memberName : (relationship?.knownAs ?? ''),
      actorRole: team ? actor.role : (relationship?.role ?? actor.role),
      relationshipId: relationship?.id ?? null,
      what: 'viewed',
      section: null,
      detail: {
        route: ROUTE,
        sections: sections.join(','),
        ...(team ? { team: team.name } : {}),
      },
    });
  }

  /** Each person's context, decided one by one by `decide`, as the access step decides it. */
  async function decideEach(actor: AccountActor, people: ConnectedPerson[]): Promise<Decided[]> {
    const contexts = await contextsFor(
      actor,
      people.map((person) => person.personId),
    );
    return people.map((person) => {
      const context = contexts.get(person.personId);
      if (!context) throw new Error(`No access context for ${person.personId}`);
      const decision = decide(context);
      const scope = (section: 'checkins' | 'measures' | 'reviews'): RecordScope | null =>
        decision.read.has(section) ? scopeFor(actor, decision, section, 'read') : null;
      return {
        person,
        context,
        checkins: scope('checkins'),
        measures: scope('measures'),
        reviews: scope('reviews'),
      };
    });
  }

  /** The rows of `people`: each section read once for all those allowed it, and only them. */
  async function rowsOf(
    actor: AccountActor,
    people: ConnectedPerson[],
    titles: Record<string, string>,
    waiting: Map<string, number>,
    today: string,
  ): Promise<Built[]> {
    const decided = await decideEach(actor, people);
    const scopes = (section: 'checkins' | 'measures' | 'reviews') =>
      decided.flatMap((d) => d[section] ?? []);
    const checkinScopes = scopes('checkins');
    const measureScopes = scopes('measures');
    const reviewScopes = scopes('reviews');
    const [latest, ratings, points, reviewLists] = await Promise.all([
      deps.checkins.latestTakenOnOf(checkinScopes),
      deps.records.listOf<LifeAreaRatingSet>(checkinScopes, 'life_area_rating'),
      deps.measureResponses.observationsOf(measureScopes),
      deps.reviews.listOf(reviewScopes),
    ]);
    return decided.map(({ person, context, checkins, measures, reviews }) => {
      const id = person.personId;
      const lifeAreaRatings: RatingSet[] = checkins
        ? (ratings.get(id) ?? []).map((set) => ({ date: set.data.date, ratings: set.data.ratings }))
        : [];
      const reviewList = reviews ? (reviewLists.get(id) ?? []) : null;
      const row = caseloadRow(
        {
          personId: id,
          name: person.name,
          teamId: person.team.id,
          lastCheckIn: checkins ? (latest.get(id) ?? null) : null,
          measures: measureSeriesFrom(measures ? (points.get(id) ?? []) : [], titles),
          lifeAreaRatings,
          nextReviewDate: reviewList
            ? (reviewList.find((review) => review.nextReviewOn)?.nextReviewOn ?? null)
            : undefined,
          suggestionsWaiting: waiting.get(id) ?? 0,
        },
        { today },
      );
      const shown = [checkins && 'checkins', measures && 'measures', reviews && 'reviews'].filter(
        (section): section is string => typeof section === 'string',
      );
      return {
        // Logged once every row is built, before the answer is sent (see caseloadOf).
        logRead: shown.length > 0 ? () => logRead(context, actor, shown) : null,
        row,
        view: viewOf(row, person, { checkins, measures, reviews }),
      };
    });
  }

  return {
    /**
     * The caseload of `actor`: empty for anyone who may see no person (not a practitioner, or
     * staff without a second factor, as the team's people). Filtered by team before anything
     * is read, so people outside the chosen team are neither read nor logged.
     */
    async caseloadOf(actor: AccountActor, options: CaseloadOptions): Promise<Caseload> {
      if (!isAccountActor(actor)) return { teams: [], people: [] };
      const connected = await deps.teamConnections.peopleConnectedToMyTeams(actor);
      const teams = new Map<string, { id: string; name: string }>();
      for (const person of connected) teams.set(person.team.id, person.team);
      // One row per person: the first of their connections (by name, then as listed).
      const seen = new Set<string>();
      const people = connected.filter((person) => {
        if (options.team !== undefined && person.team.id !== options.team) return false;
        if (seen.has(person.personId)) return false;
        seen.add(person.personId);
        return true;
      });
      if (people.length === 0) return { teams: [...teams.values()], people: [] };
      const [titles, waiting] = await Promise.all([
        deps.measureLibrary
          .list()
          .then((list) => Object.fromEntries(list.map((measure) => [measure.id, measure.title]))),
        repo.suggestionsWaiting(
          actor.accountId,
          people.map((person) => ({
            personId: person.personId,
            relationshipId: person.relationshipId,
          })),
        ),
      ]);
      const today = clock().toISOString().slice(0, 10);
      const built = await rowsOf(actor, people, titles, waiting, today);
      // Record content is about to be shown: every entry is appended at once (the log commits
      // them together), and a failed entry fails the request before anything is sent.
      await Promise.all(built.map((b) => b.logRead?.()));
      const views = new Map(built.map((b) => [b.row.personId, b.view]));
      const rows = sortCaseload(
        filterCaseload(
          built.map((b) => b.row),
          { needsAttention: options.needsAttention },
        ),
        options.sort,
      );
      return {
        teams: [...teams.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
        people: rows.flatMap((row) => views.get(row.personId) ?? []),
      };
    },
  };
}

/** The row as the API gives it. */
function viewOf(
  row: CaseloadRow,
  person: ConnectedPerson,
  shared: Record<'checkins' | 'measures' | 'reviews', RecordScope | null>,
): CaseloadRowView {
  return {
    personId: row.personId,
    name: row.name,
    team: person.team,
    shared: { checkins: !!shared.checkins, measures: !!shared.measures, reviews: !!shared.reviews },
    lastCheckIn: row.lastCheckIn,
    lifeAreas: {
      direction: row.lifeAreas.direction,
      from: row.lifeAreas.from,
      to: row.lifeAreas.to,
    },
    measures: row.measures.map((m) => ({
      measureId: m.measureId,
      title: m.title,
      latest: m.latest,
      previous: m.previous,
      change: m.change,
      direction: m.direction,
      reliableChange: m.reliableChange,
      reliableChangeDefined: m.reliableChangeDefined,
    })),
    reviewDue: row.reviewDue,
    nextReviewDate: row.nextReviewDate,
    suggestionsWaiting: row.suggestionsWaiting,
    needsAttention: needsAttention(row),
  };
}

export type CaseloadService = ReturnType<typeof createCaseload>;
