// Quick check-ins: the person scores the scales they chose, may say why, may keep a score for
// themselves only, and may say an early warning sign is present, in which case they get back
// the actions they planned for it. Nobody else is told, unless the person chose in advance
// whom to alert (early-warning-alerts; decision 0031): then those people are told only that
// the person would like them to check in, in the same transaction as the check-in. Every
// change keeps a revision.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { isAccountActor } from '../../../domain/access/policy.ts';
import { otherSection, type RecordScope, showsRow } from '../../../domain/access/scope.ts';
import type { Role } from '../../../domain/auth/auth.schema.ts';
import type { ChartQuery, CheckinChart } from '../../../domain/checkins/chart.schema.ts';
import { DEFAULT_CHART_PERIOD } from '../../../domain/checkins/chart.ts';
import {
  type CheckinInput,
  type CheckinSettings,
  DEFAULT_CHECKIN_SETTINGS,
} from '../../../domain/checkins/checkins.schema.ts';
import { scoreProblems, settingsProblems, signProblems } from '../../../domain/checkins/scales.ts';
import { buildCheckinChart, chartRange, utcRange } from '../../../domain/checkins/series.ts';
import { AppError, type FieldError, notFound } from '../../../domain/errors.ts';
import { say } from '../../../domain/i18n/said.ts';
import { EMPTY_STAYING_WELL, type StayingWellPlan } from '../../../domain/record/plans.schema.ts';
import type { IfMatch } from '../../../domain/record/versioning.ts';
import type { CheckinRevisionRow, CheckinRow, Database } from '../../store/schema.ts';
import type { AlertService } from '../early-warning-alerts/alerts.service.ts';
import { type Clock, type RecordService, undoWindowStart } from '../record/record.service.ts';
import { saveIfVersion } from '../record/versioned-write.ts';
import type { Author, CheckinAction, CheckinFields, CheckinRepo } from './checkins.repo.ts';

/** Devices' clocks drift; a check-in a few minutes "ahead" of ours is not in the future. */
const CLOCK_SKEW_MS = 5 * 60_000;

export type Checkin = {
  id: string;
  version: number;
  takenAt: string;
  takenOn: string;
  scores: Record<string, number>;
  note: string;
  forMeOnly: boolean;
  signsPresent: string[];
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};
export type PlannedAction = { sign: string; whatToDo: string | null };
export type SavedCheckin = { checkin: Checkin; plannedActions: PlannedAction[] };

const fieldsOf = (row: CheckinRow | CheckinRevisionRow) => ({
  takenAt: row.taken_at,
  takenOn: row.taken_on,
  scores: JSON.parse(row.scores) as Record<string, number>,
  note: row.note,
  forMeOnly: Number(row.for_me_only) === 1,
  signsPresent: JSON.parse(row.signs_present) as string[],
});

const toCheckin = (row: CheckinRow): Checkin => ({
  id: row.id,
  version: row.version,
  ...fieldsOf(row),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
});

const toRevision = (row: CheckinRevisionRow) => ({
  version: row.version,
  action: row.action as CheckinAction,
  ...fieldsOf(row),
  createdAt: row.created_at,
  authoredBy: row.authored_by,
  authoredRole: row.authored_role as Role,
});

function requireScope(scope: RecordScope, action: 'read' | 'write'): void {
  if (scope.section !== 'checkins' || (action === 'write' && scope.action !== 'write'))
    throw new Error(`Scope ${scope.section}/${scope.action} does not cover ${action} of check-ins`);
}

function authorOf(scope: RecordScope): Author {
  if (!isAccountActor(scope.actor)) throw new Error('Only an account can write check-ins');
  return { authoredBy: scope.actor.accountId, authoredRole: scope.actor.role };
}

const refuse = (fields: FieldError[]) => new AppError('WM_VALIDATION_FAILED', { fields });

export function createCheckinService(
  repo: CheckinRepo,
  records: RecordService,
  clock: Clock,
  alerts?: Pick<AlertService, 'writesFor' | 'sendSoon'>,
) {
  /** The alerts a check-in reporting signs not reported before sends, if the person chose any. */
  async function alertsFor(scope: RecordScope, fields: CheckinFields, before: string[] = []) {
    if (!alerts || !scope.decision.isOwner) return null;
    const signs = JSON.parse(fields.signs_present) as string[];
    if (!signs.some((sign) => !before.includes(sign))) return null;
    return alerts.writesFor(scope.personId, { forMeOnly: fields.for_me_only === 1 });
  }

  async function settings(scope: RecordScope): Promise<CheckinSettings> {
    requireScope(scope, 'read');
    const saved = await records.getSingleton<CheckinSettings>(scope, 'checkin_settings');
    return saved?.data ?? DEFAULT_CHECKIN_SETTINGS;
  }

  /** The staying-well plan, read with the same actor's own access to it. */
  async function stayingWellPlan(scope: RecordScope): Promise<StayingWellPlan> {
    const planScope = otherSection(scope, 'staying_well', 'read');
    return (
      (await records.getSingleton<StayingWellPlan>(planScope, 'staying_well'))?.data ??
      EMPTY_STAYING_WELL
    );
  }

  async function usedScaleIds(scope: RecordScope): Promise<Set<string>> {
    const used = new Set<string>();
    for (const scores of await repo.allScores(scope.personId)) {
      for (const id of Object.keys(JSON.parse(scores) as object)) used.add(id);
    }
    return used;
  }

  /** Checks a check-in against the person's settings and the clock; returns what to store. */
  function prepare(current: CheckinSettings, input: CheckinInput): CheckinFields {
    const signs = input.signsPresent ?? [];
    const problems = [...scoreProblems(current, input.scores), ...signProblems(current, signs)];
    if (Date.parse(input.takenAt) > clock().getTime() + CLOCK_SKEW_MS)
      problems.unshift({ field: 'takenAt', message: say('validation.future') });
    if (Object.keys(input.scores).length === 0 && signs.length === 0)
      problems.push({ field: 'scores', message: say('validation.nothingToSave') });
    if (problems.length > 0) throw refuse(problems);
    return {
      taken_at: new Date(input.takenAt).toISOString(),
      // The calendar date where the person was: the date part as they wrote it, before UTC.
      taken_on: input.takenAt.slice(0, 10),
      scores: JSON.stringify(input.scores),
      note: input.note ?? '',
      for_me_only: input.forMeOnly ? 1 : 0,
      signs_present: JSON.stringify([...new Set(signs)]),
    };
  }

  async function plannedActions(
    scope: RecordScope,
    fields: CheckinFields,
  ): Promise<PlannedAction[]> {
    const signs = JSON.parse(fields.signs_present) as string[];
    if (signs.length === 0) return [];
    const plan = await stayingWellPlan(scope);
    return signs.map((sign) => ({
      sign,
      whatToDo: plan.earlyWarningSigns.find((entry) => entry.sign === sign)?.whatToDo ?? null,
    }));
  }

  async function load(scope: RecordScope, id: string): Promise<CheckinRow> {
    requireScope(scope, 'read');
    const row = await repo.find(scope.personId, id);
    // A "for me only" check-in is not there for anyone but the owner.
    if (!row || !showsRow(scope, { forMeOnly: Number(row.for_me_only) === 1 })) throw notFound();
    return row;
  }

  async function write(
    scope: RecordScope,
    id: string,
    ifMatch: IfMatch,
    change: { fields?: CheckinFields; deletedAt?: string | null },
    action: 'update' | 'delete' | 'restore',
    also?: (trx: Transaction<Database>) => Promise<void>,
  ): Promise<CheckinRow> {
    requireScope(scope, 'write');
    const current = await load(scope, id);
    // Only a deleted check-in can be brought back; only a live one can be deleted.
    if (action !== 'update' && Boolean(current.deleted_at) !== (action === 'restore'))
      throw notFound();
    return saveIfVersion(ifMatch, current, {
      // A change to one deleted elsewhere is a conflict: 412 with it as it is now.
      startsFrom: (row) => Boolean(row.deleted_at) === (action === 'restore'),
      save: (expected) =>
        repo.update(
          current,
          expected,
          { ...change, at: clock().toISOString() },
          action,
          authorOf(scope),
          also,
        ),
      reread: () => repo.find(scope.personId, id),
      present: toCheckin,
    });
  }

  return {
    settings,

    /** Rules for saving settings that need the record: scales with scores, the plan's signs. */
    async checkSettings(scope: RecordScope, next: CheckinSettings): Promise<void> {
      const problems = settingsProblems(next, await settings(scope), await usedScaleIds(scope));
      const signs = new Set(
        (await stayingWellPlan(scope)).earlyWarningSigns.map((entry) => entry.sign),
      );
      next.warningSignPrompts.forEach((sign, index) => {
        if (!signs.has(sign))
          problems.push({
            field: `warningSignPrompts.${index}`,
            message: say('validation.notInPlan'),
          });
      });
      if (problems.length > 0) throw refuse(problems);
    },

    async create(scope: RecordScope, input: CheckinInput): Promise<SavedCheckin> {
      requireScope(scope, 'write');
      const current = await settings(scope);
      const fields = prepare(current, input);
      const at = clock().toISOString();
      const row: CheckinRow = {
        person_id: scope.personId,
        id: randomUUID(),
        ...fields,
        version: 1,
        created_at: at,
        updated_at: at,
        deleted_at: null,
      };
      const alerting = await alertsFor(scope, fields);
      // The settings just read give the scales' ranges: a scale keeps its range once scored.
      await repo.insert(row, authorOf(scope), current, alerting ?? undefined);
      if (alerting) alerts?.sendSoon();
      return { checkin: toCheckin(row), plannedActions: await plannedActions(scope, fields) };
    },

    async get(scope: RecordScope, id: string): Promise<Checkin> {
      return toCheckin(await load(scope, id));
    },

    /** Live check-ins in the range; with `deleted`, those deleted in the last 30 days instead. */
    async list(
      scope: RecordScope,
      query: { from?: string; to?: string; deleted?: boolean },
    ): Promise<Checkin[]> {
      requireScope(scope, 'read');
      const range = utcRange(query);
      if ('field' in range) throw refuse([range]);
      const deletedSince = query.deleted ? undoWindowStart(clock()) : undefined;
      return (await repo.list(scope.personId, range.from, range.to, deletedSince))
        .map(toCheckin)
        .filter((checkin) => showsRow(scope, checkin));
    },

    async update(
      scope: RecordScope,
      id: string,
      ifMatch: IfMatch,
      input: CheckinInput,
    ): Promise<SavedCheckin> {
      requireScope(scope, 'write');
      const before = await load(scope, id); // a missing check-in is 404 before its body is judged
      const fields = prepare(await settings(scope), input);
      const alerting = await alertsFor(scope, fields, JSON.parse(before.signs_present) as string[]);
      const updated = await write(scope, id, ifMatch, { fields }, 'update', alerting ?? undefined);
      if (alerting) alerts?.sendSoon();
      return { checkin: toCheckin(updated), plannedActions: await plannedActions(scope, fields) };
    },

    async remove(scope: RecordScope, id: string, ifMatch: IfMatch): Promise<Checkin> {
      return toCheckin(
        await write(scope, id, ifMatch, { deletedAt: clock().toISOString() }, 'delete'),
      );
    },

    /** Undo a delete: the check-in comes back as a new version. */
    async undelete(scope: RecordScope, id: string, ifMatch: IfMatch): Promise<Checkin> {
      return toCheckin(await write(scope, id, ifMatch, { deletedAt: null }, 'restore'));
    },

    async history(scope: RecordScope, id: string) {
      const current = await load(scope, id);
      // Versions kept "for me only" stay the person's, even once the check-in is shared.
      return (await repo.revisions(scope.personId, current.id))
        .map(toRevision)
        .filter((revision) => showsRow(scope, revision));
    },

    /** The chart answer for a period (3 months unless asked otherwise) or a date range. */
    async series(scope: RecordScope, query: ChartQuery): Promise<CheckinChart> {
      requireScope(scope, 'read');
      const chosen = chartRange(query, clock(), DEFAULT_CHART_PERIOD);
      if ('field' in chosen) throw refuse([chosen]);
      const [current, rows] = await Promise.all([
        settings(scope),
        repo.series(scope.personId, chosen.range.from, chosen.range.to),
      ]);
      const checkins = rows
        .map((row) => ({
          id: row.id,
          takenAt: row.taken_at,
          scores: JSON.parse(row.scores) as Record<string, number>,
          forMeOnly: Number(row.for_me_only) === 1,
          hasNote: Number(row.has_note) === 1,
        }))
        .filter((checkin) => showsRow(scope, checkin));
      return buildCheckinChart(current, checkins, chosen.window);
    },

    async latestTakenOn(scope: RecordScope): Promise<string | null> {
      requireScope(scope, 'read');
      // Someone else never learns the date of a check-in kept "for me only".
      return repo.latestTakenOn(scope.personId, scope.decision.withheld.forMeOnly);
    },

    /**
     * `latestTakenOn` for many people at once (the caseload), each under their own scope: a
     * person's "for me only" check-ins count only when their scope's decision shows them.
     * People with no check-in are left out of the map.
     */
    async latestTakenOnOf(scopes: readonly RecordScope[]): Promise<Map<string, string>> {
      for (const scope of scopes) requireScope(scope, 'read');
      const latest = new Map<string, string>();
      for (const sharedOnly of [true, false]) {
        const people = scopes
          .filter((scope) => scope.decision.withheld.forMeOnly === sharedOnly)
          .map((scope) => scope.personId);
        if (people.length === 0) continue;
        for (const [personId, date] of await repo.latestTakenOnOf(people, sharedOnly))
          latest.set(personId, date);
      }
      return latest;
    },
  };
}

export type CheckinService = ReturnType<typeof createCheckinService>;
