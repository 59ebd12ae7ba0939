import '../../../domain/i18n/framings.messages.ts';
import type { RecordScope } from '../../../domain/access/scope.ts';
import { AppError } from '../../../domain/errors.ts';
import { t } from '../../../domain/i18n/translate.ts';
import type {
  AppliedFraming,
  ApplyFraming,
} from '../../../domain/record/life-area-framings.schema.ts';
import {
  framingById,
  isUntouchedStartingSet,
  planFraming,
  standardAreaKey,
} from '../../../domain/record/life-area-framings.ts';
import { DEFAULT_LIFE_AREAS } from '../../../domain/record/life-areas.ts';
import type { LifeArea } from '../../../domain/record/record.schema.ts';
import type { RecordService } from '../record/record.service.ts';

/** A new record starts with a sensible set of life areas, named in the person's language. */
export async function createDefaultLifeAreas(
  records: RecordService,
  scope: RecordScope,
): Promise<void> {
  for (const nameKey of DEFAULT_LIFE_AREAS) {
    await records.create<LifeArea>(scope, 'life_area', {
      name: t(nameKey),
      key: standardAreaKey(nameKey),
    });
  }
}

/**
 * Adds the chosen areas of a framing to the person's life areas, named in their language, in one
 * change: an area whose name is already there is left out, never duplicated, and nothing the
 * person has is changed. With `instead`, the areas the record started with are taken away first
 * (each a new version, so their history stays), only while they are untouched and no goal or
 * rating was ever made that could point at them.
 */
export async function applyFraming(
  records: RecordService,
  scope: RecordScope,
  request: Required<ApplyFraming>,
): Promise<AppliedFraming> {
  const framing = framingById(request.framing);
  let alreadyThere: AppliedFraming['alreadyThere'] = [];
  const { created, removed } = await records.batch<LifeArea>(
    scope,
    'life_area',
    async (live, hasAny) => {
      let remove: typeof live = [];
      if (request.instead) {
        const untouched = isUntouchedStartingSet(
          live.map((area) => ({ version: area.version, name: area.data.name })),
          t,
        );
        if (!untouched || (await hasAny(['goal', 'life_area_rating'])))
          throw new AppError('WM_LIFE_AREAS_IN_USE');
        remove = live;
      }
      const kept = live.filter((area) => !remove.includes(area));
      const plan = planFraming(
        framing,
        request.areas,
        kept.map((area) => area.data.name),
        t,
      );
      alreadyThere = plan.alreadyThere;
      // Each area keeps the key of the words it was made from (decision 0051).
      const nameKeyOf = new Map(framing.areas.map((area) => [area.key, area.nameKey]));
      return {
        create: plan.add.map(({ key, name }) => {
          const nameKey = nameKeyOf.get(key);
          return nameKey ? { name, key: standardAreaKey(nameKey) } : { name };
        }),
        remove,
      };
    },
  );
  return { added: created, alreadyThere, removed };
}
