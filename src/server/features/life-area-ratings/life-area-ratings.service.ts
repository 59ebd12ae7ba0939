// Life-area ratings: on a given day the person rates their own life areas 1–7 and says where
// they want help. Each rating set is a record item (kind life_area_rating, section checkins),
// so edits keep revisions. Reads for charts return the first and latest sets and those in a
// date range, with the names of the areas, shaped for a radar chart and trend lines.

import {
  mayRead,
  namesScope,
  otherSection,
  type RecordScope,
} from '../../../domain/access/scope.ts';
import type { ChartQuery } from '../../../domain/checkins/chart.schema.ts';
import type { LifeAreaRatingSet } from '../../../domain/checkins/checkins.schema.ts';
import { addDays } from '../../../domain/checkins/reminders.ts';
import { chartRange } from '../../../domain/checkins/series.ts';
import { AppError, type FieldError } from '../../../domain/errors.ts';
import { say } from '../../../domain/i18n/said.ts';
import type { LifeArea } from '../../../domain/record/record.schema.ts';
import type { Clock, Item, RecordService } from '../record/record.service.ts';

export type RatingChart = {
  lifeAreas: Array<{ id: string; name: string; deleted: boolean }>;
  first: Item<LifeAreaRatingSet> | null;
  latest: Item<LifeAreaRatingSet> | null;
  sets: Item<LifeAreaRatingSet>[];
};

/** Oldest first; sets on the same day in the order they were made. */
const byDate = (a: Item<LifeAreaRatingSet>, b: Item<LifeAreaRatingSet>) =>
  a.data.date.localeCompare(b.data.date) || a.createdAt.localeCompare(b.createdAt);

export function createLifeAreaRatingService(records: RecordService, clock: Clock) {
  /** The person's life areas, read with the same actor's own access to them. */
  async function lifeAreas(scope: RecordScope, deleted: boolean): Promise<Item<LifeArea>[]> {
    const areasScope = otherSection(scope, 'goals', 'read');
    return records.list<LifeArea>(areasScope, 'life_area', { deleted });
  }

  /**
   * The areas that label a chart. A rating is of a named area, so the name is part of what the
   * rating says: someone shown check-ins but not goals still gets the names of the areas these
   * ratings rate (the decision's `namesOf`), and nothing of the goals section beyond them.
   */
  async function areaNames(
    scope: RecordScope,
    deleted: boolean,
    sets: Item<LifeAreaRatingSet>[],
  ): Promise<Item<LifeArea>[]> {
    if (mayRead(scope, 'goals')) return lifeAreas(scope, deleted);
    const rated = new Set(sets.flatMap((set) => set.data.ratings.map((r) => r.lifeAreaId)));
    const forChart = namesScope(scope, 'goals');
    const areas = await records.list<LifeArea>(forChart, 'life_area', { deleted });
    return areas.filter((area) => rated.has(area.id));
  }

  return {
    /** Ratings must be of the person's own live life areas, once each, and not in the future. */
    async check(scope: RecordScope, set: LifeAreaRatingSet): Promise<void> {
      const live = new Set((await lifeAreas(scope, false)).map((area) => area.id));
      const problems: FieldError[] = [];
      // The person's date may run a day ahead of UTC (time zones up to UTC+14).
      if (set.date > addDays(clock().toISOString().slice(0, 10), 1))
        problems.push({ field: 'date', message: say('validation.future') });
      const seen = new Set<string>();
      set.ratings.forEach((rating, index) => {
        const field = `ratings.${index}.lifeAreaId`;
        if (!live.has(rating.lifeAreaId))
          problems.push({ field, message: say('validation.ownLifeArea') });
        else if (seen.has(rating.lifeAreaId))
          problems.push({ field, message: say('validation.duplicate') });
        seen.add(rating.lifeAreaId);
      });
      if (problems.length > 0) throw new AppError('WM_VALIDATION_FAILED', { fields: problems });
    },

    /**
     * The first and latest sets always; the sets dated within the period or `from`/`to` (every
     * set when neither is given), to compare.
     */
    async chart(scope: RecordScope, query: ChartQuery): Promise<RatingChart> {
      const chosen = chartRange(query, clock(), null);
      if ('field' in chosen) throw new AppError('WM_VALIDATION_FAILED', { fields: [chosen] });
      const { range } = chosen;
      const [from, to] = [range.from.slice(0, 10), range.to.slice(0, 10)];
      const all = (await records.list<LifeAreaRatingSet>(scope, 'life_area_rating')).sort(byDate);
      const [live, removed] = await Promise.all([
        areaNames(scope, false, all),
        areaNames(scope, true, all),
      ]);
      return {
        // Removed areas keep their names so old ratings of them still have a label.
        lifeAreas: [
          ...live.map((area) => ({ id: area.id, name: area.data.name, deleted: false })),
          ...removed.map((area) => ({ id: area.id, name: area.data.name, deleted: true })),
        ],
        first: all[0] ?? null,
        latest: all.at(-1) ?? null,
        sets: all.filter((set) => set.data.date >= from && set.data.date <= to),
      };
    },
  };
}

export type LifeAreaRatingService = ReturnType<typeof createLifeAreaRatingService>;
