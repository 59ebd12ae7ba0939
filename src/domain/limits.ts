// The lengths and counts every shape shares. Free of zod, so a page can show a limit (a hint,
// a counter) without loading the schemas; validation.ts builds its checks from the same values.
export const LIMITS = {
  longText: 20_000,
  shortText: 300,
  name: 100,
  listItems: 50,
  email: 254,
  passwordMin: 12,
  passwordMax: 1_000,
} as const;

/** Days a team's invitation by email stays open (decision 0050). */
export const TEAM_INVITATION_DAYS = 14;
