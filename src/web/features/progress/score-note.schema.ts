// What the note form on a score checks: its own small shape, loaded once the page is on screen,
// like the shared schemas (lib/lazy-schema.ts, decision 0037), so the page carries no zod.
import { CHECKIN_LIMITS } from '../../../domain/checkins/checkin-values.ts';
import { t } from '../../../domain/i18n/translate.ts';
import { z } from '../../../domain/validation.ts';

export const noteSchema = z.strictObject({
  note: z.string().max(CHECKIN_LIMITS.note, {
    error: () => t('validation.tooLong', { max: CHECKIN_LIMITS.note }),
  }),
  forMeOnly: z.boolean(),
});
