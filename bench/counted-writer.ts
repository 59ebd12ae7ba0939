// For bench/route-cpu.ts COUNTED=1: makes the writers people whose check-ins move the kept
// outcome counts (decision 0055): in a team of a service, opted in, the counts filled. Written
// straight into the database between the seed and the measured server, as the national seed
// writes services and teams: no route makes a service without an operator.
import { loadConfig } from '../src/server/config.ts';
import { refillOutcomeCounts } from '../src/server/features/outcomes/outcome-counts-fill.ts';
import { openStore } from '../src/server/store/db.ts';
import { TEST_JOURNAL_KEYS } from '../src/server/test/server-process.ts';

export async function makeCountedWriters(
  env: Record<string, string>,
  personIds: readonly string[],
) {
  // The bench database as the server finds it from the same settings (the server's journal key
  // with them, which PostgreSQL's settings require; nothing here reads the journal).
  const settings = { ...process.env, JOURNAL_KEYS: TEST_JOURNAL_KEYS, ...env };
  const store = await openStore(loadConfig(settings).database, { log: () => {} });
  const { db } = store;
  try {
    const at = '2024-11-01T09:00:00.000Z';
    await db
      .insertInto('service')
      .values({ id: 'bench-service', name: 'Bench service', created_at: at, disabled_at: null })
      .execute();
    await db
      .insertInto('team')
      .values({
        id: 'bench-team',
        service_id: 'bench-service',
        name: 'Bench team',
        created_at: at,
        archived_at: null,
        code_hash: null,
        code_nonce: null,
        code_key_id: null,
      })
      .execute();
    for (const personId of personIds) {
      await db
        .insertInto('relationship')
        .values({
          person_id: personId,
          id: 'bench-team-link',
          account_id: null,
          team_id: 'bench-team',
          role: 'practitioner',
          known_as: 'Bench team',
          created_at: at,
          ended_at: null,
        })
        .execute();
      await db
        .insertInto('outcome_consent')
        .values({ person_id: personId, opted_in_at: at })
        .execute();
    }
    await refillOutcomeCounts(db);
  } finally {
    await store.close();
  }
}
