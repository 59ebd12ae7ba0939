import type { RecordScope } from '../../../domain/access/scope.ts';
import { t } from '../../../domain/i18n/translate.ts';
import { DEFAULT_LIFE_AREAS } from '../../../domain/record/life-areas.ts';
import type { LifeArea } from '../../../domain/record/record.schema.ts';
import type { RecordService } from '../record/record.service.ts';

/** A new record starts with a sensible set of life areas, named in the person's language. */
export async function createDefaultLifeAreas(
  records: RecordService,
  scope: RecordScope,
): Promise<void> {
  for (const key of DEFAULT_LIFE_AREAS) {
    await records.create<LifeArea>(scope, 'life_area', { name: t(key) });
  }
}
