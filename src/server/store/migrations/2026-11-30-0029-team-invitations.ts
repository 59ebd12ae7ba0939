// Frozen in time: a team invites a person by email (issue 14, decision 0050). Not person-owned:
// the person may have no account yet, so there is no person_id; the row names the team, the
// email it was sent to, and who sent it. The link's token is kept only as its SHA-256. A row
// ends once (accepted, declined, withdrawn, or ended because the team, the sender or the
// person's account went), and is pending while it has not ended and has not expired.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('team_invitation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull().references('team.id'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('message', 'text')
    .addColumn('invited_by', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    // accepted, declined, withdrawn or ended; null while pending.
    .addColumn('outcome', 'text')
    .addColumn('answered_by', 'text')
    .execute();
  await db.schema
    .createIndex('team_invitation_team')
    .on('team_invitation')
    .columns(['team_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('team_invitation_email')
    .on('team_invitation')
    .column('email')
    .execute();
  await db.schema
    .createIndex('team_invitation_sender')
    .on('team_invitation')
    .columns(['invited_by', 'created_at'])
    .execute();
}
