// `waymark access-log verify PERSON_ID`: walks one person's access log and says whether its
// hash chain is whole, or the first entry that was changed or removed (exit code 1).
import type { Store } from '../../store/db.ts';
import { createAccessLog } from './access-log.ts';

export const ACCESS_LOG_USAGE = 'node src/server/cli.ts access-log verify PERSON_ID';

export type Output = { out: (line: string) => void; err: (line: string) => void };

export async function verifyAccessLogCommand(
  personId: string,
  store: Pick<Store, 'db'>,
  output: Output,
): Promise<number> {
  const check = await createAccessLog(store.db, () => new Date()).verifyChain(personId);
  if (check.ok) {
    output.out(`The access log of ${personId} is whole: ${check.entries} entries, none changed.`);
    return 0;
  }
  output.err(
    `The access log of ${personId} was changed: entry ${check.brokenAt} does not follow from the one before.`,
  );
  return 1;
}
