// Keeps the outcome rollup (`outcome_value`, `outcome_goal`; decision 0051) current. Every write
// path that adds, changes, deletes, restores or hides a check-in, a life-area rating set, a
// measure response or a goal calls one of these inside its own transaction: the affected
// person's months are recomputed from the source rows, never patched, so the rollup is always
// what a rebuild from scratch would give. Each also moves the kept outcome counts by what it
// changed (outcome-counts.ts, decision 0055).
import type { Kysely, Transaction } from 'kysely';
import type { ScaleRange } from '../../../domain/checkins/checkin-values.ts';
import {
  type CheckinSettings,
  DEFAULT_CHECKIN_SETTINGS,
} from '../../../domain/checkins/checkins.schema.ts';
import {
  checkinValues,
  monthOf,
  monthValues,
  nextMonth,
  type OutcomeMonthValue,
  type OutcomeSourceValue,
  observationValue,
  ratingSetValues,
  type SeriesKind,
} from '../../../domain/outcomes/outcome-values.ts';
import { readStoredData } from '../../../domain/record/stored-json.ts';
import type { CheckinRow, Database, OutcomeValueTable, RecordItemRow } from '../../store/schema.ts';
import { lockPerson, withOutcomeCounts, withOutcomeValueWrite } from './outcome-counts.ts';
import { refillOutcomeCounts } from './outcome-counts-fill.ts';
import { asMonthValue, type PersonRows } from './outcome-person-rows.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** The months a set of times fall in, once each. */
const monthsOf = (times: readonly string[]) => [...new Set(times.map(monthOf))];

/**
 * The range the person keeps each check-in scale on: their saved settings, else the starting
 * ones. A scale keeps its range once it has scores (domain/checkins/scales.ts), so the range now
 * is the range of every score it has.
 */
async function scaleRangesOf(db: Db, personId: string): Promise<(scaleId: string) => ScaleRange> {
  const row = await db
    .selectFrom('record_item')
    .select(['kind', 'schema_version', 'data'])
    .where('person_id', '=', personId)
    .where('kind', '=', 'checkin_settings')
    .executeTakeFirst();
  return scaleRangesIn((row && itemData<CheckinSettings>(row)) ?? DEFAULT_CHECKIN_SETTINGS);
}

function scaleRangesIn(settings: CheckinSettings): (scaleId: string) => ScaleRange {
  const ranges = new Map(settings.scales.map((scale) => [scale.id, scale.range]));
  const starting = new Map(DEFAULT_CHECKIN_SETTINGS.scales.map((scale) => [scale.id, scale.range]));
  return (scaleId) => ranges.get(scaleId) ?? starting.get(scaleId) ?? '1-7';
}

/** Live, shared check-ins of one month (or every month): their reported values. */
async function checkinSource(db: Db, personId: string, month?: string) {
  const rangeOf = await scaleRangesOf(db, personId);
  let query = db
    .selectFrom('checkin')
    .select(['id', 'taken_at', 'scores'])
    .where('person_id', '=', personId)
    .where('deleted_at', 'is', null)
    .where('for_me_only', '=', 0);
  if (month) query = query.where('taken_at', '>=', month).where('taken_at', '<', nextMonth(month));
  const rows = await query.execute();
  return rows.flatMap((row) =>
    checkinValues(
      {
        id: row.id,
        takenAt: row.taken_at,
        scores: JSON.parse(row.scores) as Record<string, unknown>,
      },
      rangeOf,
    ),
  );
}

/** Shared scale scores of one month (or every month). */
async function measureSource(db: Db, personId: string, month?: string) {
  let query = db
    .selectFrom('observation')
    .select(['response_id', 'measure_id', 'scale_id', 'value', 'effective_at'])
    .where('person_id', '=', personId)
    .where('for_me_only', '=', 0);
  if (month)
    query = query.where('effective_at', '>=', month).where('effective_at', '<', nextMonth(month));
  const rows = await query.execute();
  return rows.flatMap((row) =>
    observationValue({
      responseId: row.response_id,
      measureId: row.measure_id,
      scaleId: row.scale_id,
      value: row.value,
      effectiveAt: row.effective_at,
    }),
  );
}

/** A stored item's data in today's shape, or undefined when this server cannot read it. */
function itemData<T>(row: Pick<RecordItemRow, 'kind' | 'schema_version' | 'data'>): T | undefined {
  const reading = readStoredData(row.kind as 'life_area', row.schema_version, row.data);
  return reading.ok ? (reading.data as T) : undefined;
}

type RatingSet = { date: string; ratings: { lifeAreaId: string; score: number }[] };

/**
 * Live rating sets dated in one month (or every month), rating standard areas. An area keeps its
 * key when removed, so its earlier ratings still count.
 */
async function ratingSource(db: Db, personId: string, month?: string) {
  const items = await db
    .selectFrom('record_item')
    .select(['id', 'kind', 'schema_version', 'data', 'created_at', 'deleted_at'])
    .where('person_id', '=', personId)
    .where('kind', 'in', ['life_area', 'life_area_rating'])
    .execute();
  const keys = new Map<string, string>();
  for (const row of items) {
    if (row.kind !== 'life_area') continue;
    const key = itemData<{ key?: string }>(row)?.key;
    if (key) keys.set(row.id, key);
  }
  const values: OutcomeSourceValue[] = [];
  for (const row of items) {
    if (row.kind !== 'life_area_rating' || row.deleted_at) continue;
    const set = itemData<RatingSet>(row);
    if (!set || (month && monthOf(set.date) !== month)) continue;
    values.push(
      ...ratingSetValues({ id: row.id, createdAt: row.created_at, ...set }, (id) => keys.get(id)),
    );
  }
  return values;
}

const SOURCES: Record<
  SeriesKind,
  (db: Db, personId: string, month?: string) => Promise<OutcomeSourceValue[]>
> = {
  checkin: checkinSource,
  life_area: ratingSource,
  measure: measureSource,
};

/**
 * Series of one kind: keys starting `${kind}:`. A LIKE, not a range of text, so that a database
 * whose collation passes over punctuation (glibc's en_US on PostgreSQL) still finds exactly them.
 */
const kindPattern = (kind: SeriesKind) => `${kind}:%`;

/** The person's rows for these values: each series' first and last of each month. */
const monthRows = (personId: string, values: OutcomeSourceValue[]): OutcomeValueTable[] =>
  monthValues(values).map((v) => ({
    person_id: personId,
    series: v.series,
    month: v.month,
    first_at: v.firstAt,
    first_value: v.firstValue,
    last_at: v.lastAt,
    last_value: v.lastValue,
  }));

async function writeMonths(db: Db, personId: string, values: OutcomeSourceValue[]) {
  const rows = monthRows(personId, values);
  // A few hundred rows at most per statement keeps both databases' parameter limits far away.
  for (let start = 0; start < rows.length; start += 500)
    await db
      .insertInto('outcome_value')
      .values(rows.slice(start, start + 500))
      .execute();
}

/** Recomputes one kind's rows of the person for each of `months` from the source rows. */
export async function refreshOutcomeMonths(
  db: Db,
  personId: string,
  kind: SeriesKind,
  months: readonly string[],
): Promise<void> {
  if (months.length === 0) return;
  await withOutcomeCounts(db, personId, { values: { kind, months } }, () =>
    recomputeMonths(db, personId, kind, months),
  );
}

/** The same, in a write that keeps the counts itself. */
async function recomputeMonths(
  db: Db,
  personId: string,
  kind: SeriesKind,
  months: readonly string[],
): Promise<void> {
  for (const month of new Set(months)) {
    await db
      .deleteFrom('outcome_value')
      .where('person_id', '=', personId)
      .where('series', 'like', kindPattern(kind))
      .where('month', '=', month)
      .execute();
    await writeMonths(db, personId, await SOURCES[kind](db, personId, month));
  }
}

/** After a check-in's write: the months it was in before and is in now. */
export function refreshCheckin(
  db: Db,
  personId: string,
  takenAt: readonly string[],
): Promise<void> {
  return refreshOutcomeMonths(db, personId, 'checkin', monthsOf(takenAt));
}

/** How many check-ins taken at one exact time a tie is decided from, before recomputing. */
const TIE_ROWS = 50;

/**
 * The other live, shared check-ins taken at exactly the new one's time, in id order, each with
 * the series it holds; undefined when there are more than TIE_ROWS (then the month is recomputed
 * instead). Read once for all of the check-in's series and both ends of the month.
 */
async function tiedCheckins(
  db: Db,
  checkin: { person_id: string; id: string; taken_at: string },
  rangeOf: (scaleId: string) => ScaleRange,
): Promise<{ id: string; series: Set<string> }[] | undefined> {
  const rows = await db
    .selectFrom('checkin')
    .select(['id', 'scores'])
    .where('person_id', '=', checkin.person_id)
    .where('taken_at', '=', checkin.taken_at)
    .where('deleted_at', 'is', null)
    .where('for_me_only', '=', 0)
    .where('id', '<>', checkin.id)
    .orderBy('id')
    .limit(TIE_ROWS + 1)
    .execute();
  if (rows.length > TIE_ROWS) return undefined;
  return rows.map((row) => {
    const scores = JSON.parse(row.scores) as Record<string, unknown>;
    const values = checkinValues({ id: row.id, takenAt: checkin.taken_at, scores }, rangeOf);
    return { id: row.id, series: new Set(values.map((value) => value.series)) };
  });
}

/**
 * Of check-ins tied on time, the id of the first (or last) by id holding a value of `series`;
 * undefined when none does.
 */
function tiedEnd(
  tied: readonly { id: string; series: Set<string> }[],
  series: string,
  end: 'first' | 'last',
): string | undefined {
  const holding = tied.filter((other) => other.series.has(series));
  return (end === 'first' ? holding[0] : holding.at(-1))?.id;
}

/**
 * After a new check-in: its values can only move a month's first or last value, so each is
 * compared with that month's row rather than the whole month read again (a month can hold many
 * check-ins, and a write must not cost more as they grow). A time equal to a stored end is
 * ordered by id, as a rebuild orders it (outcome-values.ts), from the few check-ins at that time.
 */
export async function addCheckinToOutcomes(
  db: Db,
  checkin: Pick<CheckinRow, 'person_id' | 'id' | 'taken_at' | 'scores' | 'for_me_only'>,
  /** The settings it was checked against: they give the scales' ranges, with no second read. */
  settings: CheckinSettings,
): Promise<void> {
  if (checkin.for_me_only) return;
  const personId = checkin.person_id;
  const rangeOf = scaleRangesIn(settings);
  const scores = JSON.parse(checkin.scores) as Record<string, unknown>;
  const values = checkinValues({ id: checkin.id, takenAt: checkin.taken_at, scores }, rangeOf);
  if (values.length === 0) return;
  const month = monthOf(checkin.taken_at);
  await withOutcomeValueWrite(
    db,
    personId,
    { values: { kind: 'checkin', months: [month] } },
    (rowsBefore) => moveMonthEnds(db, checkin, values, rangeOf, rowsBefore),
  );
}

const asTableRow = (personId: string, row: OutcomeMonthValue): OutcomeValueTable => ({
  person_id: personId,
  series: row.series,
  month: row.month,
  first_at: row.firstAt,
  first_value: row.firstValue,
  last_at: row.lastAt,
  last_value: row.lastValue,
});

/** The month's stored rows of these series: from the rows before when the counts read them. */
async function storedRows(
  db: Db,
  personId: string,
  month: string,
  series: readonly string[],
  rowsBefore: PersonRows | undefined,
): Promise<OutcomeValueTable[]> {
  if (rowsBefore)
    return rowsBefore.values
      .filter((row) => row.month === month && series.includes(row.series))
      .map((row) => asTableRow(personId, row));
  return db
    .selectFrom('outcome_value')
    .selectAll()
    .where('person_id', '=', personId)
    .where('month', '=', month)
    .where('series', 'in', [...series])
    .execute();
}

/**
 * The new check-in's values moved into their month's row, or the month read again. Handed the
 * person's rows as the counts read them, it answers them as they are after (undefined when the
 * month was read again, or nothing was handed).
 */
async function moveMonthEnds(
  db: Db,
  checkin: Pick<CheckinRow, 'person_id' | 'id' | 'taken_at'>,
  values: OutcomeSourceValue[],
  rangeOf: (scaleId: string) => ScaleRange,
  rowsBefore: PersonRows | undefined,
): Promise<PersonRows | undefined> {
  const personId = checkin.person_id;
  const month = monthOf(checkin.taken_at);
  const series = values.map((value) => value.series);
  const stored = new Map(
    (await storedRows(db, personId, month, series, rowsBefore)).map((row) => [row.series, row]),
  );
  const moved: OutcomeValueTable[] = [];
  let tied: Awaited<ReturnType<typeof tiedCheckins>> | null = null;
  for (const value of values) {
    const row = stored.get(value.series);
    if (!row) {
      moved.push(...monthRows(personId, [value]));
      continue;
    }
    let first = value.at < row.first_at;
    let last = value.at > row.last_at;
    for (const end of ['first', 'last'] as const) {
      if (value.at !== (end === 'first' ? row.first_at : row.last_at)) continue;
      if (tied === null) tied = await tiedCheckins(db, checkin, rangeOf);
      const other = tied && tiedEnd(tied, value.series, end);
      // Nothing else at that time holds the series (or too much is tied): read the month again.
      if (!other) {
        await recomputeMonths(db, personId, 'checkin', [month]);
        return undefined;
      }
      if (end === 'first') first = checkin.id < other;
      else last = checkin.id > other;
    }
    if (!first && !last) continue;
    moved.push({
      ...row,
      ...(first ? { first_at: value.at, first_value: value.value } : {}),
      ...(last ? { last_at: value.at, last_value: value.value } : {}),
    });
  }
  // Every row that moved, in one statement rather than one per series: fewer round trips while
  // the write holds the person's lock.
  if (moved.length > 0)
    await db
      .insertInto('outcome_value')
      .values(moved)
      .onConflict((conflict) =>
        conflict.columns(['person_id', 'series', 'month']).doUpdateSet((eb) => ({
          first_at: eb.ref('excluded.first_at'),
          first_value: eb.ref('excluded.first_value'),
          last_at: eb.ref('excluded.last_at'),
          last_value: eb.ref('excluded.last_value'),
        })),
      )
      .execute();
  if (!rowsBefore) return undefined;
  // What a read of the rows now would give: those before, with the moved ones in their place.
  const key = (row: { series: string; month: string }) => `${row.series}\u0000${row.month}`;
  const movedByKey = new Map(moved.map((row) => [key(row), asMonthValue(row)]));
  return {
    ...rowsBefore,
    values: [
      ...rowsBefore.values.filter((row) => !movedByKey.has(key(row))),
      ...movedByKey.values(),
    ],
  };
}

/** After a measure response's write: the months of its scores. */
export async function refreshMeasureResponse(
  db: Db,
  personId: string,
  responseId: string,
): Promise<void> {
  const rows = await db
    .selectFrom('observation')
    .select('effective_at')
    .where('person_id', '=', personId)
    .where('response_id', '=', responseId)
    .execute();
  await refreshOutcomeMonths(
    db,
    personId,
    'measure',
    monthsOf(rows.map((row) => row.effective_at)),
  );
}

/**
 * The month a goal's status first became achieved, from its versions; null if never. The item
 * as it is now counts as its latest version: an update recomputes before its revision is added.
 */
async function achievedMonth(db: Db, goal: RecordItemRow): Promise<string | null> {
  const revisions = await db
    .selectFrom('record_revision')
    .select(['kind', 'schema_version', 'data', 'created_at'])
    .where('person_id', '=', goal.person_id)
    .where('item_id', '=', goal.id)
    .where('version', '<', goal.version)
    .orderBy('version')
    .execute();
  const versions = [...revisions, { ...goal, created_at: goal.updated_at }];
  for (const version of versions)
    if (itemData<{ status?: string }>(version)?.status === 'achieved')
      return monthOf(version.created_at);
  return null;
}

/** A goal's row: there while the goal is live, with the month it was set and first achieved. */
function refreshGoal(db: Db, goal: RecordItemRow): Promise<void> {
  return withOutcomeCounts(db, goal.person_id, { goals: true }, () => writeGoal(db, goal));
}

async function writeGoal(db: Db, goal: RecordItemRow): Promise<void> {
  await db
    .deleteFrom('outcome_goal')
    .where('person_id', '=', goal.person_id)
    .where('goal_id', '=', goal.id)
    .execute();
  if (goal.deleted_at) return;
  await db
    .insertInto('outcome_goal')
    .values({
      person_id: goal.person_id,
      goal_id: goal.id,
      created_month: monthOf(goal.created_at),
      achieved_month: await achievedMonth(db, goal),
    })
    .execute();
}

/** The date a rating set is of, or undefined when this server cannot read it. */
const ratingDate = (row: RecordItemRow) => itemData<RatingSet>(row)?.date;

/**
 * After a record item's write, in its transaction (`before` is the row as it was, undefined for
 * a new one): rating sets recompute the months they were and are in, goals their own row.
 */
export async function refreshAfterItemWrite(
  db: Db,
  before: RecordItemRow | undefined,
  after: RecordItemRow,
): Promise<void> {
  if (after.kind === 'goal') return refreshGoal(db, after);
  if (after.kind !== 'life_area_rating') return;
  const dates = [before, after].flatMap((row) => {
    const date = row ? ratingDate(row) : undefined;
    return date ? [date] : [];
  });
  await refreshOutcomeMonths(db, after.person_id, 'life_area', monthsOf(dates));
}

/** Everything of one person's rollup again from their records (import, restore, upgrades). */
export function rebuildPersonOutcomes(db: Db, personId: string): Promise<void> {
  return withOutcomeCounts(db, personId, { values: {}, goals: true }, () =>
    rebuildRollup(db, personId),
  );
}

async function rebuildRollup(db: Db, personId: string): Promise<void> {
  await lockPerson(db, personId);
  await db.deleteFrom('outcome_value').where('person_id', '=', personId).execute();
  await db.deleteFrom('outcome_goal').where('person_id', '=', personId).execute();
  for (const source of Object.values(SOURCES))
    await writeMonths(db, personId, await source(db, personId));
  const goals = await db
    .selectFrom('record_item')
    .selectAll()
    .where('person_id', '=', personId)
    .where('kind', '=', 'goal')
    .where('deleted_at', 'is', null)
    .execute();
  for (const goal of goals) await writeGoal(db, goal);
}

/**
 * Every person's rollup again, one person per transaction so the server can keep running; a
 * person written meanwhile is recomputed by that write as well. Then the kept counts from
 * scratch (decision 0055). Answers how many people.
 */
export async function rebuildAllOutcomes(db: Kysely<Database>): Promise<number> {
  let after = '';
  let people = 0;
  for (;;) {
    const batch = await db
      .selectFrom('account')
      .select('id')
      .where('id', '>', after)
      .orderBy('id')
      .limit(500)
      .execute();
    if (batch.length === 0) {
      await refillOutcomeCounts(db);
      return people;
    }
    for (const { id } of batch) {
      await db.transaction().execute((trx) => rebuildPersonOutcomes(trx, id));
      people += 1;
    }
    after = batch[batch.length - 1]?.id ?? after;
  }
}
