// The ordered list of migrations. Names are date-prefixed; they run forward only.
import type { Migration } from 'kysely/migration';
import * as foundation from './2026-11-25-0001-foundation.ts';
import * as plans from './2026-11-25-0002-plans.ts';

export const migrations: Record<string, Migration> = {
  '2026-11-25-0001-foundation': foundation,
  '2026-11-25-0002-plans': plans,
};
