// Shapes of quick check-ins, the person's choice of scales and reminders, and life-area
// ratings. Shared by server validation and the web forms. Rules that need the person's own
// settings (which scales exist, their ranges) live in scales.ts.
import { say } from '../i18n/said.ts';
import { calendarDate, id, LIMITS, requiredLine, z } from '../validation.ts';
import {
  BUILT_IN_SCALES,
  CHECKIN_LIMITS,
  isBuiltInScale,
  REMINDER_FREQUENCIES,
} from './checkin-values.ts';

// The values pages show before any schema loads live in checkin-values.ts (free of zod).
export {
  BUILT_IN_SCALES,
  type BuiltInScale,
  CHECKIN_LIMITS,
  isBuiltInScale,
  REMINDER_FREQUENCIES,
  type ReminderFrequency,
  SCALE_RANGES,
  type ScaleRange,
} from './checkin-values.ts';

/** Built-in ids as they are; the person's own scales are `own-` and a short slug they keep. */
export const OWN_SCALE_ID = /^own-[a-z0-9-]{1,40}$/;

const scaleId = z.string().refine((value) => isBuiltInScale(value) || OWN_SCALE_ID.test(value), {
  error: () => say('validation.scaleId'),
});

export const scaleSchema = z.strictObject({
  id: scaleId,
  /** Only the person's own scales have a name; built-in ones are named by the app. */
  name: requiredLine(CHECKIN_LIMITS.scaleName, () =>
    say('validation.required.scaleName'),
  ).nullable(),
  range: z.enum(['1-7', '0-10']),
  /** Scales the person stopped using stay listed so their past scores keep a name. */
  active: z.boolean(),
});
export type Scale = z.infer<typeof scaleSchema>;

export const checkinSettingsSchema = z.strictObject({
  scales: z.array(scaleSchema).max(CHECKIN_LIMITS.scales, {
    error: () => say('validation.tooMany', { max: CHECKIN_LIMITS.scales }),
  }),
  reminder: z.enum(REMINDER_FREQUENCIES),
  /** Early warning signs from the staying-well plan the person wants to be asked about. */
  warningSignPrompts: z
    .array(requiredLine(CHECKIN_LIMITS.sign, () => say('validation.requiredGeneric')))
    .max(CHECKIN_LIMITS.prompts, {
      error: () => say('validation.tooMany', { max: CHECKIN_LIMITS.prompts }),
    }),
});
export type CheckinSettings = z.infer<typeof checkinSettingsSchema>;

/**
 * Three quick scales to start with; the other built-in ones are listed, not in use, so the
 * person can switch them on. Reminders are off until the person asks for them.
 */
export const DEFAULT_CHECKIN_SETTINGS: CheckinSettings = {
  scales: BUILT_IN_SCALES.map((scale) => ({
    id: scale,
    name: null,
    range: '1-7' as const,
    active: scale === 'mood' || scale === 'hope' || scale === 'sleep',
  })),
  reminder: 'off',
  warningSignPrompts: [],
};

/** Nothing before 2000: older dates are typing mistakes, not check-ins. */
export const EARLIEST = '2000-01-01T00:00:00.000Z';

/** A moment with its UTC offset, as a browser sends it; a real calendar date, from 2000. */
export const dateTime = () =>
  z.iso
    .datetime({ offset: true, error: () => say('validation.dateTime') })
    .refine((value) => Date.parse(value) >= Date.parse(EARLIEST), {
      error: () => say('validation.tooEarly'),
    });

/** A calendar date from 2000 onwards. */
export const recentDate = () =>
  calendarDate().refine((value) => value >= EARLIEST.slice(0, 10), {
    error: () => say('validation.tooEarly'),
  });

export const checkinSchema = z.strictObject({
  takenAt: dateTime(),
  /** Scale id → score. Which ids exist and their ranges depend on the person's settings. */
  scores: z.record(z.string().max(44, { error: () => say('validation.scaleId') }), z.number()),
  note: z
    .string()
    .max(CHECKIN_LIMITS.note, {
      error: () => say('validation.tooLong', { max: CHECKIN_LIMITS.note }),
    })
    .optional(),
  /** Never counted in a service report. */
  forMeOnly: z.boolean(),
  /** Which of the person's warning-sign prompts they say are present. */
  signsPresent: z.array(z.string().max(CHECKIN_LIMITS.sign)).max(CHECKIN_LIMITS.prompts).optional(),
});
export type CheckinInput = z.infer<typeof checkinSchema>;

const rating = () =>
  z
    .number({ error: () => say('validation.score', { min: 1, max: 7 }) })
    .int({ error: () => say('validation.score', { min: 1, max: 7 }) })
    .min(1, { error: () => say('validation.score', { min: 1, max: 7 }) })
    .max(7, { error: () => say('validation.score', { min: 1, max: 7 }) });

export const lifeAreaRatingSetSchema = z.strictObject({
  date: recentDate(),
  ratings: z
    .array(z.strictObject({ lifeAreaId: id(), score: rating(), wantHelp: z.boolean() }))
    .min(1, { error: () => say('validation.rateOne') })
    .max(LIMITS.listItems, { error: () => say('validation.tooMany', { max: LIMITS.listItems }) }),
});
export type LifeAreaRatingSet = z.infer<typeof lifeAreaRatingSetSchema>;

const isDateOrDateTime = (value: string) =>
  recentDate().safeParse(value).success || dateTime().safeParse(value).success;
/** A calendar date (a whole day, UTC) or a moment, from 2000 onwards. */
const rangeEnd = () =>
  z.string().refine(isDateOrDateTime, { error: () => say('validation.dateOrTime') });

/** `from`/`to` for charts and lists; both ends are included. */
export const rangeQuerySchema = z.strictObject({
  from: rangeEnd().optional(),
  to: rangeEnd().optional(),
});
export type RangeQuery = z.infer<typeof rangeQuerySchema>;
