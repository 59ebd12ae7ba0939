// The shapes of a review done together (decision 0043): the person's ratings before the meeting,
// what the person and their practitioner talk about in it (up to three areas, four steps each),
// and the actions they agree. Shared by the server's routes and the review pages' forms.
import { ROLES } from '../auth/auth.schema.ts';
import { say } from '../i18n/said.ts';
import { calendarDate, id, isStorableText, LIMITS, requiredLine, z } from '../validation.ts';
import { MAX_MY_CARE_ITEMS } from './my-care.ts';
import {
  ACTION_DECISIONS,
  ACTION_OWNERS,
  MAX_ACTIONS_PER_AREA,
  MAX_REVIEW_AREAS,
} from './review-rules.ts';

/** The longest answer to one question of a step: enough for a paragraph, small enough to print. */
export const REVIEW_TEXT_MAX = 1_000;
/** The most reviews one list answer holds (newest first). */
export const REVIEW_LIST_MAX = 100;

const score = () =>
  z
    .number({ error: () => say('validation.score', { min: 1, max: 7 }) })
    .int({ error: () => say('validation.score', { min: 1, max: 7 }) })
    .min(1, { error: () => say('validation.score', { min: 1, max: 7 }) })
    .max(7, { error: () => say('validation.score', { min: 1, max: 7 }) });

const answer = () =>
  z
    .string()
    .max(REVIEW_TEXT_MAX, { error: () => say('validation.tooLong', { max: REVIEW_TEXT_MAX }) })
    .refine(isStorableText, { error: () => say('validation.unstorableText') });

const tooMany = (max: number) => ({ error: () => say('validation.tooMany', { max }) });

/** What the person sends when they rate: each life area and "my care" item, by id. */
export const reviewRatingsSchema = z.strictObject({
  ratedOn: calendarDate(),
  lifeAreas: z
    .array(z.strictObject({ id: id(), score: score().nullable(), wantHelp: z.boolean() }))
    .max(LIMITS.listItems, tooMany(LIMITS.listItems)),
  myCare: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(64),
        score: score().nullable(),
        wantHelp: z.boolean(),
      }),
    )
    .max(MAX_MY_CARE_ITEMS, tooMany(MAX_MY_CARE_ITEMS)),
});
export type ReviewRatingsInput = z.infer<typeof reviewRatingsSchema>;

/** One agreed action as sent: what, who (the person, the practitioner or someone named), by when. */
export const reviewActionSchema = z
  .strictObject({
    /** Absent for a new action; the server gives it one. */
    id: id().optional(),
    what: requiredLine(LIMITS.shortText, () => say('validation.review.actionWhat')),
    who: z.enum(ACTION_OWNERS).nullable().optional(),
    someoneName: z
      .string()
      .trim()
      .max(LIMITS.name, { error: () => say('validation.tooLong', { max: LIMITS.name }) })
      .refine(isStorableText, { error: () => say('validation.unstorableText') }),
    by: calendarDate(),
  })
  .superRefine((action, context) => {
    if (!action.who)
      context.addIssue({
        code: 'custom',
        path: ['who'],
        message: say('validation.review.actionWho'),
      });
    else if (action.who === 'someone' && action.someoneName === '')
      context.addIssue({
        code: 'custom',
        path: ['someoneName'],
        message: say('validation.review.actionSomeone'),
      });
  });
export type ReviewActionInput = z.infer<typeof reviewActionSchema>;

/** One area talked about, through the four steps. */
export const reviewAreaSchema = z.strictObject({
  lifeAreaId: id(),
  // 1. Understanding
  goingWell: answer(),
  hard: answer(),
  // 2. Looking forward
  bestCase: answer(),
  smallestStep: answer(),
  // 3. Exploring options
  byPerson: answer(),
  byPractitioner: answer(),
  byOthers: answer(),
  // 4. Agreeing actions
  actions: z.array(reviewActionSchema).max(MAX_ACTIONS_PER_AREA, tooMany(MAX_ACTIONS_PER_AREA)),
});
export type ReviewAreaInput = z.infer<typeof reviewAreaSchema>;

/** What the person and the practitioner save in the meeting. */
export const reviewMeetingSchema = z
  .strictObject({
    meetingOn: calendarDate().nullable(),
    nextReviewOn: calendarDate().nullable(),
    areas: z.array(reviewAreaSchema).max(MAX_REVIEW_AREAS, {
      error: () => say('validation.review.tooManyAreas', { max: MAX_REVIEW_AREAS }),
    }),
  })
  .superRefine((meeting, context) => {
    const seen = new Set<string>();
    meeting.areas.forEach((area, index) => {
      if (seen.has(area.lifeAreaId))
        context.addIssue({
          code: 'custom',
          path: ['areas', index, 'lifeAreaId'],
          message: say('validation.review.areaTwice'),
        });
      seen.add(area.lifeAreaId);
    });
    if (meeting.meetingOn && meeting.nextReviewOn && meeting.nextReviewOn <= meeting.meetingOn)
      context.addIssue({
        code: 'custom',
        path: ['nextReviewOn'],
        message: say('validation.review.nextAfterMeeting'),
      });
  });
export type ReviewMeetingInput = z.infer<typeof reviewMeetingSchema>;

/** The person confirms an action into a goal: one of theirs, or null for a new goal. */
export const confirmActionSchema = z.strictObject({ goalId: id().nullable() });
export type ConfirmActionInput = z.infer<typeof confirmActionSchema>;

// ---- As stored (shape version 1) and as answered ----

/** A rated life area or "my care" item, with its words as they were when rated. */
export const ratedThingSchema = z.object({
  id: z.string(),
  words: z.string(),
  score: z.number().int().nullable(),
  wantHelp: z.boolean(),
});
export type RatedThing = z.infer<typeof ratedThingSchema>;

export const storedActionSchema = z.object({
  id: z.string(),
  what: z.string(),
  who: z.enum(ACTION_OWNERS),
  someoneName: z.string(),
  by: z.string(),
  addedBy: z.string(),
  addedByRole: z.enum(ROLES),
  decision: z.enum(ACTION_DECISIONS),
  decidedAt: z.string().nullable(),
  /** The goal the confirmed action became a step of. */
  goalId: z.string().nullable(),
  /**
   * Who added it on the installation the record was brought from (decision 0048), named as
   * there and linked to no account here; `addedBy` is then the person who brought it in.
   */
  addedElsewhere: z
    .object({ accountId: z.string(), name: z.string(), role: z.enum(ROLES) })
    .optional(),
});
export type StoredAction = z.infer<typeof storedActionSchema>;

export const storedAreaSchema = z.object({
  lifeAreaId: z.string(),
  words: z.string(),
  goingWell: z.string(),
  hard: z.string(),
  bestCase: z.string(),
  smallestStep: z.string(),
  byPerson: z.string(),
  byPractitioner: z.string(),
  byOthers: z.string(),
  actions: z.array(storedActionSchema),
});
export type StoredArea = z.infer<typeof storedAreaSchema>;

export const reviewDataSchema = z.object({
  ratedOn: z.string().nullable(),
  lifeAreas: z.array(ratedThingSchema),
  myCare: z.array(ratedThingSchema),
  meetingOn: z.string().nullable(),
  nextReviewOn: z.string().nullable(),
  areas: z.array(storedAreaSchema),
});
export type ReviewData = z.infer<typeof reviewDataSchema>;

export const EMPTY_REVIEW: ReviewData = {
  ratedOn: null,
  lifeAreas: [],
  myCare: [],
  meetingOn: null,
  nextReviewOn: null,
  areas: [],
};

/** The ratings of the review before this one, to show beside this one's. */
const lastRatingsSchema = z.object({
  reviewId: z.string(),
  ratedOn: z.string().nullable(),
  lifeAreas: z.array(ratedThingSchema),
  myCare: z.array(ratedThingSchema),
});

/** A review as answered: its data, who added each action (by name) and the last ratings. */
export const reviewSchema = reviewDataSchema.extend({
  id: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  areas: z.array(
    storedAreaSchema.extend({
      actions: z.array(storedActionSchema.extend({ addedByName: z.string() })),
    }),
  ),
  last: lastRatingsSchema.nullable(),
  /**
   * The "my care" items to rate now: the service's own when the person is connected to one of
   * its teams (decision 0042), else the default three.
   */
  myCareToRate: z.array(z.object({ id: z.string(), words: z.string() })),
});
export type Review = z.infer<typeof reviewSchema>;

/** One review in the list: its dates, ratings and the areas talked about. */
export const reviewSummarySchema = z.object({
  id: z.string(),
  version: z.number().int(),
  ratedOn: z.string().nullable(),
  meetingOn: z.string().nullable(),
  nextReviewOn: z.string().nullable(),
  lifeAreas: z.array(ratedThingSchema),
  myCare: z.array(ratedThingSchema),
  areas: z.array(z.string()),
  waitingActions: z.number().int(),
  createdAt: z.string(),
});
export type ReviewSummary = z.infer<typeof reviewSummarySchema>;

export const reviewListSchema = z.object({ items: z.array(reviewSummarySchema) });

/** One saved version of a review, and who saved it. */
export const reviewRevisionSchema = z.object({
  version: z.number().int(),
  action: z.string(),
  createdAt: z.string(),
  authoredBy: z.string(),
  authoredRole: z.enum(ROLES),
  authorName: z.string(),
});
export const reviewHistorySchema = z.object({ revisions: z.array(reviewRevisionSchema) });
