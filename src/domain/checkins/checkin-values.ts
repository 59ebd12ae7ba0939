// The scales, ranges, limits and reminder choices of check-ins, free of zod: the check-in pages
// show them before any schema loads, and checkins.schema.ts builds its checks from them.
import { LIMITS } from '../limits.ts';

/** Scales every person can choose from, named by the app (so the names are translated). */
export const BUILT_IN_SCALES = ['mood', 'hope', 'sleep', 'energy', 'in_control'] as const;
export type BuiltInScale = (typeof BUILT_IN_SCALES)[number];
export const SCALE_RANGES = { '1-7': { min: 1, max: 7 }, '0-10': { min: 0, max: 10 } } as const;
export type ScaleRange = keyof typeof SCALE_RANGES;

export const CHECKIN_LIMITS = {
  note: 2_000,
  ownScalesInUse: 5,
  scales: 20,
  scaleName: 60,
  prompts: LIMITS.listItems,
  sign: 600,
} as const;

export const isBuiltInScale = (value: string): value is BuiltInScale =>
  (BUILT_IN_SCALES as readonly string[]).includes(value);

export const REMINDER_FREQUENCIES = ['off', 'daily', 'every_few_days', 'weekly'] as const;
export type ReminderFrequency = (typeof REMINDER_FREQUENCIES)[number];
