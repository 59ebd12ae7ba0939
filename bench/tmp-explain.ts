import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { readOutcomeInput } from '../src/server/features/outcomes/outcomes.repo.ts';
const url = process.env.U!;
const pool = new pg.Pool({ connectionString: url });
const queries: { sql: string; parameters: readonly unknown[] }[] = [];
const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }), log: (e) => { if (e.level === 'query') queries.push(e.query as any); } });
const s = Number(process.env.S ?? 0);
await readOutcomeInput(db, { serviceId: `service-${String(s).padStart(2,'0')}`, teamIds: Array.from({length:40},(_,i)=>`team-${String(s+i*50).padStart(4,'0')}`) }, { fromMonth: '2025-12', toMonth: '2026-11' });
const c = await pool.connect();
for (const q of queries) {
  const r = await c.query({ text: `explain (analyze, buffers) ${q.sql}`, values: q.parameters as any[] });
  console.log(r.rows.map((x) => x['QUERY PLAN']).join('\n'));
  console.log('-----');
}
c.release(); await pool.end(); await db.destroy().catch(()=>{});
