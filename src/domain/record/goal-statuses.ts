// Where a goal stands, free of zod: the goal pages offer and name these before any schema
// loads, and record.schema.ts checks a goal's status against the same list.
export const GOAL_STATUSES = [
  'not_started',
  'in_progress',
  'achieved',
  'paused',
  'stopped',
] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
