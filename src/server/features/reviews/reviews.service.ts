// Reviews done together (decision 0043). The person rates before the meeting; in it, the person
// and whoever they gave suggest on reviews (a practitioner) choose up to three areas, go through
// the four steps and agree actions; each change is a revision under its author's name. An agreed
// action reaches the person's goals only when the person confirms it: then the goal's new
// version is written by the action's author and agreed by the person, and the review marks the
// action confirmed in the same transaction. Declining writes nothing to the goals.
import { randomUUID } from 'node:crypto';
import { isAccountActor } from '../../../domain/access/policy.ts';
import { otherSection, type RecordScope, requireSection } from '../../../domain/access/scope.ts';
import type { Role } from '../../../domain/auth/auth.schema.ts';
import { AppError, type FieldError, notFound } from '../../../domain/errors.ts';
import { say } from '../../../domain/i18n/said.ts';
import type { Goal, LifeArea } from '../../../domain/record/record.schema.ts';
import type { IfMatch } from '../../../domain/record/versioning.ts';
import { type MyCareItem, myCareItemsForReview } from '../../../domain/reviews/my-care.ts';
import {
  type ConfirmActionInput,
  EMPTY_REVIEW,
  REVIEW_LIST_MAX,
  type Review,
  type ReviewData,
  type ReviewMeetingInput,
  type ReviewRatingsInput,
  type ReviewSummary,
  reviewDataSchema,
  type StoredAction,
  type StoredArea,
} from '../../../domain/reviews/review.schema.ts';
import { LIMITS } from '../../../domain/validation.ts';
import type { ReviewRevisionRow, ReviewRow } from '../../store/schema.ts';
import type { Clock, RecordService } from '../record/record.service.ts';
import { requireVersion, saveIfVersion, versionConflict } from '../record/versioned-write.ts';
import type { Author, ReviewAction, ReviewRepo } from './reviews.repo.ts';

/** The shape version new reviews are written in. */
export const REVIEW_SHAPE_VERSION = 1;

type NamesFor = (personId: string, accountIds: string[]) => Promise<Map<string, string>>;

const refuse = (fields: FieldError[]) => new AppError('WM_VALIDATION_FAILED', { fields });

/** A stored review's data in today's shape, or the refusal for a row this server cannot read. */
function readData(row: ReviewRow | ReviewRevisionRow): ReviewData {
  if (row.schema_version > REVIEW_SHAPE_VERSION) throw new AppError('WM_RECORD_ITEM_TOO_NEW');
  const parsed = reviewDataSchema.safeParse(JSON.parse(row.data));
  if (!parsed.success) throw new AppError('WM_RECORD_ITEM_UNREADABLE');
  return parsed.data;
}

/** A review as the list gives it. */
function summaryOf(row: ReviewRow): ReviewSummary {
  const data = readData(row);
  return {
    id: row.id,
    version: row.version,
    ratedOn: data.ratedOn,
    meetingOn: data.meetingOn,
    nextReviewOn: data.nextReviewOn,
    lifeAreas: data.lifeAreas,
    myCare: data.myCare,
    areas: data.areas.map((area) => area.words),
    waitingActions: data.areas
      .flatMap((area) => area.actions)
      .filter((a) => a.decision === 'waiting').length,
    createdAt: row.created_at,
  };
}

function authorOf(scope: RecordScope): Author & { role: Role } {
  if (!isAccountActor(scope.actor)) throw new Error('Only an account can work on a review');
  return {
    authoredBy: scope.actor.accountId,
    authoredRole: scope.actor.role,
    role: scope.actor.role,
  };
}

/** The meeting as sent, laid over what is stored: decided actions stay exactly as they were. */
function mergeMeeting(
  stored: ReviewData,
  input: ReviewMeetingInput,
  author: Author & { role: Role },
): ReviewData {
  const rated = new Map(stored.lifeAreas.map((area) => [area.id, area.words]));
  const problems: FieldError[] = [];
  input.areas.forEach((area, index) => {
    if (!rated.has(area.lifeAreaId))
      problems.push({
        field: `areas.${index}.lifeAreaId`,
        message: say('validation.review.areaNotRated'),
      });
  });
  if (problems.length > 0) throw refuse(problems);
  const storedActions = new Map(
    stored.areas.flatMap((area) => area.actions.map((action) => [action.id, action] as const)),
  );
  const areas: StoredArea[] = input.areas.map((area) => {
    const actions: StoredAction[] = area.actions.map((action) => {
      const before = action.id ? storedActions.get(action.id) : undefined;
      if (before && before.decision !== 'waiting') return before;
      return {
        id: before?.id ?? randomUUID(),
        what: action.what,
        who: action.who ?? 'person',
        someoneName: action.who === 'someone' ? action.someoneName : '',
        by: action.by,
        addedBy: before?.addedBy ?? author.authoredBy,
        addedByRole: before?.addedByRole ?? author.role,
        decision: 'waiting',
        decidedAt: null,
        goalId: null,
      };
    });
    // An action already decided is never lost by a save that leaves it out.
    const previous = stored.areas.find((a) => a.lifeAreaId === area.lifeAreaId);
    for (const kept of previous?.actions ?? [])
      if (kept.decision !== 'waiting' && !actions.some((a) => a.id === kept.id)) actions.push(kept);
    return {
      lifeAreaId: area.lifeAreaId,
      words: rated.get(area.lifeAreaId) ?? '',
      goingWell: area.goingWell,
      hard: area.hard,
      bestCase: area.bestCase,
      smallestStep: area.smallestStep,
      byPerson: area.byPerson,
      byPractitioner: area.byPractitioner,
      byOthers: area.byOthers,
      actions,
    };
  });
  for (const area of stored.areas) {
    const decided = area.actions.filter((a) => a.decision !== 'waiting');
    if (decided.length > 0 && !areas.some((a) => a.lifeAreaId === area.lifeAreaId))
      areas.push({ ...area, actions: decided });
  }
  return { ...stored, meetingOn: input.meetingOn, nextReviewOn: input.nextReviewOn, areas };
}

export function createReviewService(
  repo: ReviewRepo,
  records: RecordService,
  namesFor: NamesFor,
  clock: Clock,
  /** The person's "my care" items to rate now (app.ts: their service's, else the defaults). */
  myCareFor: (personId: string) => Promise<readonly MyCareItem[]> = async () =>
    myCareItemsForReview(),
) {
  const now = () => clock().toISOString();

  async function load(scope: RecordScope, id: string): Promise<ReviewRow> {
    const row = await repo.find(scope.personId, id);
    if (!row) throw notFound();
    return row;
  }

  async function present(scope: RecordScope, row: ReviewRow): Promise<Review> {
    const data = readData(row);
    const ids = [
      ...new Set(
        data.areas.flatMap((a) => a.actions.filter((x) => !x.addedElsewhere).map((x) => x.addedBy)),
      ),
    ];
    const names = await namesFor(scope.personId, ids);
    const before = await repo.previous(scope.personId, row.created_at, row.id);
    const last = before ? readData(before) : null;
    return {
      id: row.id,
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      ...data,
      areas: data.areas.map((area) => ({
        ...area,
        actions: area.actions.map((action) => ({
          ...action,
          // One brought in from another installation is named as it was there (decision 0048).
          addedByName: action.addedElsewhere?.name ?? names.get(action.addedBy) ?? '',
        })),
      })),
      last:
        before && last
          ? {
              reviewId: before.id,
              ratedOn: last.ratedOn,
              lifeAreas: last.lifeAreas,
              myCare: last.myCare,
            }
          : null,
      myCareToRate: [...(await myCareFor(scope.personId))],
    };
  }

  /** Saves new data over `current` if the client read its version (412 otherwise). */
  async function save(
    scope: RecordScope,
    current: ReviewRow,
    ifMatch: IfMatch,
    data: ReviewData,
    action: ReviewAction,
  ): Promise<Review> {
    const author = authorOf(scope);
    const saved = await saveIfVersion(ifMatch, current, {
      save: (expected) =>
        repo.update(current, expected, JSON.stringify(data), now(), action, author),
      reread: () => repo.find(scope.personId, current.id),
      present: (row) => ({ id: row.id, version: row.version }),
    });
    return present(scope, saved);
  }

  async function liveLifeAreas(scope: RecordScope) {
    const goals = otherSection(scope, 'goals', 'read');
    return records.list<LifeArea>(goals, 'life_area');
  }

  return {
    async list(scope: RecordScope): Promise<ReviewSummary[]> {
      requireSection(scope, 'reviews', 'read');
      return (await repo.list(scope.personId, REVIEW_LIST_MAX)).map(summaryOf);
    },

    /**
     * `list` for many people at once (the caseload), each under their own read scope of
     * reviews. People with none are left out of the map.
     */
    async listOf(scopes: readonly RecordScope[]): Promise<Map<string, ReviewSummary[]>> {
      for (const scope of scopes) requireSection(scope, 'reviews', 'read');
      const rows = await repo.listOf(
        scopes.map((scope) => scope.personId),
        REVIEW_LIST_MAX,
      );
      return new Map([...rows].map(([personId, some]) => [personId, some.map(summaryOf)]));
    },

    async get(scope: RecordScope, id: string): Promise<Review> {
      requireSection(scope, 'reviews', 'read');
      return present(scope, await load(scope, id));
    },

    /** Starts a review: the person, or someone working on reviews with them. */
    async create(scope: RecordScope): Promise<Review> {
      requireSection(scope, 'reviews', 'contribute');
      const author = authorOf(scope);
      const at = now();
      const row: ReviewRow = {
        person_id: scope.personId,
        id: randomUUID(),
        data: JSON.stringify(EMPTY_REVIEW),
        schema_version: REVIEW_SHAPE_VERSION,
        version: 1,
        created_by: author.authoredBy,
        created_at: at,
        updated_at: at,
        deleted_at: null,
      };
      return present(scope, await repo.insert(row, author));
    },

    /** The person's own ratings, with each area's and item's words as they are now. */
    async saveRatings(
      scope: RecordScope,
      id: string,
      ifMatch: IfMatch,
      input: ReviewRatingsInput,
    ): Promise<Review> {
      requireSection(scope, 'reviews', 'write');
      const current = await load(scope, id);
      const areas = new Map((await liveLifeAreas(scope)).map((a) => [a.id, a.data.name]));
      const myCare = new Map(
        (await myCareFor(scope.personId)).map((item) => [item.id, item.words]),
      );
      const problems: FieldError[] = [];
      input.lifeAreas.forEach((rating, index) => {
        if (!areas.has(rating.id))
          problems.push({
            field: `lifeAreas.${index}.id`,
            message: say('validation.review.lifeAreaUnknown'),
          });
      });
      input.myCare.forEach((rating, index) => {
        if (!myCare.has(rating.id))
          problems.push({
            field: `myCare.${index}.id`,
            message: say('validation.review.myCareUnknown'),
          });
      });
      if (problems.length > 0) throw refuse(problems);
      const stored = readData(current);
      const data: ReviewData = {
        ...stored,
        ratedOn: input.ratedOn,
        lifeAreas: input.lifeAreas.map((r) => ({ ...r, words: areas.get(r.id) ?? '' })),
        myCare: input.myCare.map((r) => ({ ...r, words: myCare.get(r.id) ?? '' })),
      };
      return save(scope, current, ifMatch, data, 'ratings');
    },

    /** What the person and the practitioner agree in the meeting. */
    async saveMeeting(
      scope: RecordScope,
      id: string,
      ifMatch: IfMatch,
      input: ReviewMeetingInput,
    ): Promise<Review> {
      requireSection(scope, 'reviews', 'contribute');
      const current = await load(scope, id);
      requireVersion(ifMatch);
      const data = mergeMeeting(readData(current), input, authorOf(scope));
      return save(scope, current, ifMatch, data, 'meeting');
    },

    /**
     * The person takes an agreed action into their goals: a step of the goal they choose, or of
     * a new goal for the area. Written by whoever added the action, agreed by the person.
     */
    async confirm(
      scope: RecordScope,
      id: string,
      actionId: string,
      ifMatch: IfMatch,
      input: ConfirmActionInput,
    ): Promise<Review> {
      requireSection(scope, 'reviews', 'write');
      const { current, data, area, action } = await waitingAction(scope, id, actionId, ifMatch);
      const author = authorOf(scope);
      const goalsRead = otherSection(scope, 'goals', 'read');
      const goalsWrite = otherSection(scope, 'goals', 'write');
      const at = now();
      const step = { id: randomUUID(), text: action.what, done: false };
      let goalId = input.goalId;
      const decided: ReviewData = {
        ...data,
        areas: data.areas.map((a) =>
          a !== area
            ? a
            : {
                ...a,
                actions: a.actions.map((x) =>
                  x.id === action.id
                    ? { ...x, decision: 'confirmed' as const, decidedAt: at, goalId: null }
                    : x,
                ),
              },
        ),
      };
      let lost = false;
      const origin = {
        suggestedBy: { accountId: action.addedBy, role: action.addedByRole },
        also: async (
          trx: Parameters<typeof repo.updateIn>[0],
          item: { id: string },
        ): Promise<void> => {
          const marked = markGoal(decided, action.id, item.id);
          const updated = await repo.updateIn(
            trx,
            current,
            current.version,
            JSON.stringify(marked),
            at,
            'confirm',
            author,
          );
          if (!updated) {
            lost = true;
            throw new Error('The review changed meanwhile');
          }
        },
      };
      try {
        if (goalId) {
          const goal = await records.get<Goal>(goalsRead, 'goal', goalId).catch((error) => {
            if (error instanceof AppError && error.code === 'WM_NOT_FOUND')
              throw refuse([{ field: 'goalId', message: say('validation.review.goalUnknown') }]);
            throw error;
          });
          if (goal.deletedAt)
            throw refuse([{ field: 'goalId', message: say('validation.review.goalUnknown') }]);
          if (goal.data.steps.length >= LIMITS.listItems)
            throw refuse([{ field: 'goalId', message: say('validation.review.goalFull') }]);
          await records.update<Goal>(
            goalsWrite,
            'goal',
            goalId,
            { kind: 'version', version: goal.version },
            { ...goal.data, steps: [...goal.data.steps, step] },
            origin,
          );
        } else {
          const live = await liveLifeAreas(scope);
          const created = await records.create<Goal>(
            goalsWrite,
            'goal',
            {
              title: area.words.slice(0, LIMITS.shortText) || action.what,
              why: '',
              lifeAreaId: live.some((a) => a.id === area.lifeAreaId) ? area.lifeAreaId : null,
              steps: [step],
              whoHelps: '',
              targetDate: null,
              status: 'not_started',
            },
            null,
            origin,
          );
          goalId = created.id;
        }
      } catch (error) {
        if (lost)
          throw versionConflict(await repo.find(scope.personId, id), (row) => ({
            id: row.id,
            version: row.version,
          }));
        throw error;
      }
      return present(scope, await load(scope, id));
    },

    /** The person does not take an action up: the review says so, the goals are untouched. */
    async decline(
      scope: RecordScope,
      id: string,
      actionId: string,
      ifMatch: IfMatch,
    ): Promise<Review> {
      requireSection(scope, 'reviews', 'write');
      const { current, data, action } = await waitingAction(scope, id, actionId, ifMatch);
      const at = now();
      const declined: ReviewData = {
        ...data,
        areas: data.areas.map((area) => ({
          ...area,
          actions: area.actions.map((x) =>
            x.id === action.id ? { ...x, decision: 'declined' as const, decidedAt: at } : x,
          ),
        })),
      };
      return save(scope, current, ifMatch, declined, 'decline');
    },

    async history(scope: RecordScope, id: string) {
      requireSection(scope, 'reviews', 'read');
      await load(scope, id);
      const rows = await repo.revisions(scope.personId, id);
      const names = await namesFor(scope.personId, [...new Set(rows.map((r) => r.authored_by))]);
      return rows.map((row) => ({
        version: row.version,
        action: row.action,
        createdAt: row.created_at,
        authoredBy: row.authored_by,
        authoredRole: row.authored_role as Role,
        authorName: names.get(row.authored_by) ?? '',
      }));
    },
  };

  /** The review at the version the client read, and the action still waiting for a decision. */
  async function waitingAction(scope: RecordScope, id: string, actionId: string, ifMatch: IfMatch) {
    const current = await load(scope, id);
    const expected = requireVersion(ifMatch);
    if (expected !== current.version)
      throw versionConflict(current, (row) => ({ id: row.id, version: row.version }));
    const data = readData(current);
    for (const area of data.areas) {
      const action = area.actions.find((a) => a.id === actionId);
      if (!action) continue;
      if (action.decision !== 'waiting') throw new AppError('WM_REVIEW_ACTION_DECIDED');
      return { current, data, area, action };
    }
    throw notFound();
  }
}

function markGoal(data: ReviewData, actionId: string, goalId: string): ReviewData {
  return {
    ...data,
    areas: data.areas.map((area) => ({
      ...area,
      actions: area.actions.map((x) => (x.id === actionId ? { ...x, goalId } : x)),
    })),
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;
