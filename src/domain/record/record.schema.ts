// Shapes of the person's own words in each section, shared by server validation and web forms.
import { ROLES } from '../auth/auth.schema.ts';
import { say } from '../i18n/said.ts';
import { calendarDate, id, LIMITS, longText, requiredLine, z } from '../validation.ts';
import { GOAL_STATUSES } from './goal-statuses.ts';
import { ITEM_KINDS } from './sections.ts';
import { MAX_VERSION } from './versioning.ts';

export const aboutMeSchema = z.strictObject({
  strengths: longText(),
  values: longText(),
  whatMatters: longText(),
  identity: longText(),
  culture: longText(),
  whenWell: longText(),
  /** Version 2 of the shape (src/domain/record/stored-json.ts). */
  howToSupportMe: longText(),
});
export type AboutMe = z.infer<typeof aboutMeSchema>;
export const EMPTY_ABOUT_ME: AboutMe = {
  strengths: '',
  values: '',
  whatMatters: '',
  identity: '',
  culture: '',
  whenWell: '',
  howToSupportMe: '',
};

/** What a person writes of a life area: its name. */
export const lifeAreaInputSchema = z.strictObject({
  name: requiredLine(LIMITS.name, () => say('validation.required.lifeAreaName')),
});

/**
 * A stored life area. `key` is set by the server on an area made from the starting set or a
 * framing (life-area-framings.ts, `standardAreaKey`) and kept by every later write, renaming
 * included: it lets a service's outcome report follow a standard area whatever the person calls
 * it (decision 0051). No key: an area the person named themselves. Optional, so no upgrade step.
 */
export const lifeAreaSchema = lifeAreaInputSchema.extend({
  key: z
    .string()
    .regex(/^[a-z]+(\.[a-z]+)?$/)
    .max(64)
    .optional(),
});
export type LifeArea = z.infer<typeof lifeAreaSchema>;

export { GOAL_STATUSES, type GoalStatus } from './goal-statuses.ts';

export const goalStepSchema = z.strictObject({
  id: z.string().min(1).max(64),
  text: requiredLine(LIMITS.shortText, () => say('validation.required.step')),
  done: z.boolean(),
});
export type GoalStep = z.infer<typeof goalStepSchema>;

export const goalSchema = z.strictObject({
  title: requiredLine(LIMITS.shortText, () => say('validation.required.goal')),
  why: longText(),
  lifeAreaId: id().nullable(),
  steps: z.array(goalStepSchema).max(LIMITS.listItems),
  whoHelps: z.string().max(1_000),
  targetDate: calendarDate().nullable(),
  status: z.enum(GOAL_STATUSES),
});
export type Goal = z.infer<typeof goalSchema>;

export const goalNoteSchema = z.strictObject({
  date: calendarDate(),
  text: requiredLine(LIMITS.longText, () => say('validation.required.whatHappened')),
});
export type GoalNote = z.infer<typeof goalNoteSchema>;

/** Who wrote a version and who agreed it: the provenance every revision carries. */
export const provenanceSchema = z.object({
  authoredBy: z.string(),
  authoredRole: z.enum(ROLES),
  agreedBy: z.string().nullable(),
  agreedAt: z.string().nullable(),
  /**
   * Names for the person to read (decision 0029): the name they know the author by (their
   * relationship's), else the account's. Given on histories; the owner's own name is theirs.
   */
  authorName: z.string().optional(),
  agreedByName: z.string().nullable().optional(),
});

/**
 * Who wrote the version a document is at and who agreed it, and when, by name: shown with a
 * plan and printed with it (decision 0029).
 */
export const agreementSchema = z.object({
  authorName: z.string(),
  /** The person themselves wrote it (and so agreed it). */
  byOwner: z.boolean(),
  agreedByName: z.string().nullable(),
  agreedAt: z.string().nullable(),
});
export type Agreement = z.infer<typeof agreementSchema>;

export const itemMetaSchema = z.object({
  id: z.string(),
  kind: z.enum(ITEM_KINDS),
  parentId: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});

/** An item as the API returns it: its metadata plus the section-specific data. */
export const itemOf = <T extends z.ZodType>(data: T) => itemMetaSchema.extend({ data });

export const REVISION_ACTIONS = ['create', 'update', 'delete', 'restore'] as const;
export const revisionSchema = <T extends z.ZodType>(data: T) =>
  provenanceSchema.extend({
    version: z.number().int(),
    action: z.enum(REVISION_ACTIONS),
    data,
    createdAt: z.string(),
  });

/** Why a stored item or version cannot be shown by this server (decision 0016). */
export const UNREADABLE_CODES = ['WM_RECORD_ITEM_TOO_NEW', 'WM_RECORD_ITEM_UNREADABLE'] as const;

/** A list's mark for an item it left out because this server cannot read its words. */
export const unreadableItemSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  code: z.enum(UNREADABLE_CODES),
});

/** A history's mark for a version it left out because this server cannot read its words. */
export const unreadableRevisionSchema = z.object({
  version: z.number().int(),
  action: z.enum(REVISION_ACTIONS),
  createdAt: z.string(),
  code: z.enum(UNREADABLE_CODES),
});

/** A history answer: the versions in today's shape, newest first, and marks for the rest. */
export const historySchema = <T extends z.ZodType>(data: T) =>
  z.object({
    revisions: z.array(revisionSchema(data)),
    unreadable: z.array(unreadableRevisionSchema),
  });

// Capped like If-Match (versioning.ts): PostgreSQL refused a version past its integer range
// with an error, where it should simply not be found.
export const restoreRequestSchema = z.strictObject({
  version: z.number().int().min(1).max(MAX_VERSION),
});

/** `?deleted=true` on a list asks for the recently deleted items (to bring back) instead. */
export const deletedQuery = z
  .enum(['true', 'false'])
  .optional()
  .transform((value) => value === 'true');
