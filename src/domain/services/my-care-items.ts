// A service's "my care" review items (issue 14, decision 0042): the parts of their care a person
// rates before a review, beside their life areas. The evidence-based default set, made for a
// service that has not set its own, is medication, practical help, and meetings with
// professionals. A default keeps its catalogue words (so each reader sees it in their own
// language) until the service renames it; then the label is the service's own words.
import { say } from '../i18n/said.ts';
import { LIMITS, requiredLine, z } from '../validation.ts';

/** The defaults, in the order a new list has them; their words are `myCare.default.<key>`. */
export const DEFAULT_MY_CARE_ITEMS = ['medication', 'practicalHelp', 'meetings'] as const;
export type DefaultMyCareKey = (typeof DEFAULT_MY_CARE_ITEMS)[number];

/** How many items a service may have in use at once: a review asks about each of them. */
export const MAX_MY_CARE_ITEMS = 12;
/** Archived items are kept for past reviews; this bounds how many a list may ever hold. */
export const MAX_MY_CARE_ITEMS_EVER = 200;

export const myCareItemSchema = z.object({
  id: z.string(),
  /** The words to show: the service's own, or the default's in the reader's language. */
  label: z.string(),
  /** Which default it started as (null for one the service added). */
  defaultKey: z.enum(DEFAULT_MY_CARE_ITEMS).nullable(),
  /** 1, 2, 3 … among the items in use; archived items keep their last place. */
  position: z.number().int(),
  archivedAt: z.string().nullable(),
});
export type MyCareItem = z.infer<typeof myCareItemSchema>;

/** The service's list: items in use in order, then archived ones; `version` for If-Match. */
export const myCareListSchema = z.object({
  version: z.number().int(),
  items: z.array(myCareItemSchema),
});
export type MyCareList = z.infer<typeof myCareListSchema>;

/** POST /api/service/my-care-items and PUT …/:itemId: the item's words. */
export const myCareLabelSchema = z.strictObject({
  label: requiredLine(LIMITS.name, () => say('validation.required.myCareLabel')),
});
export type MyCareLabelInput = z.infer<typeof myCareLabelSchema>;

/** POST /api/service/my-care-items/:itemId/move: one place up or down. */
export const myCareMoveSchema = z.strictObject({ direction: z.enum(['up', 'down']) });
export type MyCareMove = z.infer<typeof myCareMoveSchema>;

/** The items in use, in order: what a review asks about. */
export const inUse = (items: readonly MyCareItem[]): MyCareItem[] =>
  items.filter((item) => item.archivedAt === null).sort((a, b) => a.position - b.position);
