// A practitioner's caseload (issue 14, decision 0044): one row per person connected to their
// teams, built by the pure rules in domain/caseload from only what each person shares.
//
// Every person is read through the one access model, exactly as a record route would: the same
// access-context loader, the same `decide`, and a RecordScope per section from the decision, so
// the services withhold "for me only" rows as they do on the person's own pages. A section the
// decision does not let the practitioner read is not read at all. Each person whose record
// content is shown gets one access-log entry under the practitioner's own name (and their
// team's), through the same group-committed append the access step uses.
//
// Queries: one for the people (and one for their grants), one for suggestions waiting (all
// people at once), one for the measure titles, and per person a bounded few (the access
// context, then for each shared section one indexed read: latest check-in, life-area ratings,
// observations, reviews). People are read a few at a time so one caseload cannot take every
// database connection.
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
import type { AccessContextLoader } from '../sharing/access-context.ts';
import type { AccessLog } from '../sharing/access-log.ts';
import type { TeamConnections } from '../team-connections/team-connections.service.ts';
import type { CaseloadRepo } from './caseload.repo.ts';

/** People read at once: enough to overlap, few enough to leave connections for others. */
const AT_ONCE = 8;
const ROUTE = 'GET /api/caseload';

export type CaseloadOptions = { sort: CaseloadSort; team?: string; needsAttention: boolean };

type Built = {
  row: CaseloadRow;
  view: CaseloadRowView;
  logRead: (() => Promise<void>) | null;
};

export function createCaseload(deps: {
  repo: CaseloadRepo;
  contextFor: AccessContextLoader;
  teamConnections: Pick<TeamConnections, 'peopleConnectedToMyTeams'>;
  checkins: Pick<CheckinService, 'latestTakenOn'>;
  records: Pick<RecordService, 'list'>;
  measureResponses: Pick<MeasureResponseService, 'observations'>;
  measureLibrary: Pick<MeasureLibrary, 'list'>;
  reviews: Pick<ReviewService, 'list'>;
  log: Pick<AccessLog, 'append'>;
  clock: Clock;
}) {
  const { repo, contextFor, log, clock } = deps;

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

  async function rowOf(
    actor: AccountActor,
    person: ConnectedPerson,
    titles: Record<string, string>,
    waiting: Map<string, number>,
    today: string,
  ): Promise<Built> {
    const context = await contextFor(actor, person.personId);
    const decision = decide(context);
    const scope = (section: 'checkins' | 'measures' | 'reviews'): RecordScope | null =>
      decision.read.has(section) ? scopeFor(actor, decision, section, 'read') : null;
    const checkins = scope('checkins');
    const measures = scope('measures');
    const reviews = scope('reviews');
    const [lastCheckIn, ratings, points, reviewList] = await Promise.all([
      checkins ? deps.checkins.latestTakenOn(checkins) : null,
      checkins ? deps.records.list<LifeAreaRatingSet>(checkins, 'life_area_rating') : [],
      measures ? deps.measureResponses.observations(measures, {}) : [],
      reviews ? deps.reviews.list(reviews) : null,
    ]);
    const lifeAreaRatings: RatingSet[] = ratings.map((set) => ({
      date: set.data.date,
      ratings: set.data.ratings,
    }));
    const row = caseloadRow(
      {
        personId: person.personId,
        name: person.name,
        teamId: person.team.id,
        lastCheckIn,
        measures: measureSeriesFrom(points, titles),
        lifeAreaRatings,
        nextReviewDate: reviewList
          ? (reviewList.find((review) => review.nextReviewOn)?.nextReviewOn ?? null)
          : undefined,
        suggestionsWaiting: waiting.get(person.personId) ?? 0,
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
      view: {
        personId: row.personId,
        name: row.name,
        team: person.team,
        shared: { checkins: !!checkins, measures: !!measures, reviews: !!reviews },
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
      },
    };
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
      const built: Built[] = [];
      for (let start = 0; start < people.length; start += AT_ONCE) {
        const some = people.slice(start, start + AT_ONCE);
        built.push(
          ...(await Promise.all(
            some.map((person) => rowOf(actor, person, titles, waiting, today)),
          )),
        );
      }
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

export type CaseloadService = ReturnType<typeof createCaseload>;
