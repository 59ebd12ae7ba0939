// `waymark outcomes rebuild`: every person's outcome rollup again from their records (decision
// 0051). For upgrades (records written before the rollup existed) and after a restore; the
// server may keep running, as each person is rebuilt in their own transaction.
import type { Store } from '../../store/db.ts';
import { rebuildAllOutcomes } from './outcome-rollup.ts';

export const OUTCOMES_USAGE = 'node src/server/cli.ts outcomes rebuild';

export async function rebuildOutcomesCommand(
  store: Store,
  output: { out: (line: string) => void },
): Promise<number> {
  const people = await rebuildAllOutcomes(store.db);
  output.out(`Outcome figures rebuilt from the records of ${people} accounts.`);
  return 0;
}
