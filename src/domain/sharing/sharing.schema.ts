// What someone else may see of a person's record, as the web and the server both describe it.
// Declared once here: the server's response schema and the web's hooks use these shapes.

import { SECTIONS } from '../record/sections.ts';
import { z } from '../validation.ts';
import { SHARE_LEVELS, SHARE_ROLES } from './share-choices.ts';

export {
  SHARE_LEVELS,
  SHARE_ROLES,
  type ShareLevel,
  type ShareRole,
} from './share-choices.ts';

/** One person who shared some of their record with the signed-in account. */
export const sharedRecordSchema = z.object({
  personId: z.string(),
  /** The person's name as the signed-in account sees it. */
  name: z.string(),
  role: z.enum(SHARE_ROLES),
  /** Only sections with a grant; a section missing here is not shared. */
  sections: z.partialRecord(z.enum(SECTIONS), z.enum(SHARE_LEVELS)),
});
export type SharedRecord = z.infer<typeof sharedRecordSchema>;

/** `GET /api/shared-with-me`: everyone whose record the signed-in account may open. */
export const sharedWithMeSchema = z.array(sharedRecordSchema);
export type SharedWithMe = z.infer<typeof sharedWithMeSchema>;
