// Backup and restore on PostgreSQL with the PostgreSQL tools: pg_dump in its custom format,
// and pg_restore. Both cover exactly the schema Waymark uses (the one DATABASE_URL's
// search_path leads to, `public` by default), so other schemas in the database are untouched.
// The password goes to the tools in PGPASSWORD, never on a command line others could list.
import { execFile } from 'node:child_process';
import pg from 'pg';
import { serverConnectionLabel } from '../../store/db.ts';
import { BackupError, unreadable, writeNewPrivateFile } from './private-file.ts';

/** A schema name we can hand to pg_dump's pattern matching as an exact name. */
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

type Tool = 'pg_dump' | 'pg_restore';

/**
 * The connection for libpq: DATABASE_URL without its password, every query parameter written
 * the way libpq reads it (node-postgres reads `+` as a space, libpq does not).
 */
export function toolConnection(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = url.password
    ? decodeURIComponent(url.password)
    : (url.searchParams.get('password') ?? undefined);
  const params = [...url.searchParams].filter(([name]) => name !== 'password');
  url.password = '';
  url.search = params
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (password !== undefined) env.PGPASSWORD = password;
  return { dbname: url.toString(), env };
}

function runTool(tool: Tool, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(tool, args, { env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        return reject(
          new BackupError(
            `${tool} was not found. Install the PostgreSQL client tools, of the same major ` +
              'version as the server or newer, and make sure they are on the PATH.',
          ),
        );
      reject(new BackupError(`${tool} failed:\n${stderr.trim() || error.message}`));
    });
  });
}

type DatabaseState = { schema: string; hasWaymark: boolean; serverConnections: number };

/** Which schema DATABASE_URL leads to, whether Waymark is in it, and who else is connected. */
async function describeDatabase(databaseUrl: string): Promise<DatabaseState> {
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new BackupError(`Cannot connect to PostgreSQL: ${(error as Error).message}`);
  }
  try {
    const { rows } = await client.query<{ schema: string | null }>(
      'select current_schema() as schema',
    );
    const schema = rows[0]?.schema;
    if (!schema)
      throw new BackupError(
        'DATABASE_URL leads to no existing schema (check the search_path in it). ' +
          'Create the schema first: CREATE SCHEMA name;',
      );
    if (!PLAIN_NAME.test(schema))
      throw new BackupError(
        `The schema "${schema}" has characters this command does not handle: ` +
          'use letters, digits and _ only.',
      );
    const tables = await client.query(
      `select 1 from information_schema.tables where table_schema = $1 and table_name = 'account'`,
      [schema],
    );
    const servers = await client.query<{ count: string }>(
      `select count(*) as count from pg_stat_activity
        where datname = current_database() and application_name = $1 and pid <> pg_backend_pid()`,
      [serverConnectionLabel(schema)],
    );
    return {
      schema,
      hasWaymark: (tables.rowCount ?? 0) > 0,
      serverConnections: Number(servers.rows[0]?.count ?? 0),
    };
  } finally {
    await client.end();
  }
}

/** The schemas and tables a custom-format archive holds, from its table of contents. */
async function archiveContents(
  file: string,
): Promise<{ schemas: Set<string>; tables: Set<string> }> {
  let listing: string;
  try {
    listing = await runTool('pg_restore', ['--list', file], process.env);
  } catch (error) {
    if (error instanceof BackupError && error.message.startsWith('pg_restore failed'))
      throw new BackupError(`${file} is not a backup made by pg_dump --format=custom.`);
    throw error;
  }
  const schemas = new Set<string>();
  const tables = new Set<string>();
  // Entries look like "215; 1259 16390 TABLE wm_x account owner" (and "… TABLE DATA wm_x …").
  for (const match of listing.matchAll(/^\d+; \d+ \d+ TABLE (?!DATA )(\S+) (\S+) /gm)) {
    schemas.add(match[1] as string);
    tables.add(match[2] as string);
  }
  return { schemas, tables };
}

export async function backupPostgres(databaseUrl: string, target: string): Promise<string> {
  const state = await describeDatabase(databaseUrl);
  if (!state.hasWaymark)
    throw new BackupError(
      `The schema ${state.schema} holds no Waymark database. Check DATABASE_URL.`,
    );
  const { dbname, env } = toolConnection(databaseUrl);
  await writeNewPrivateFile(target, async (temp) => {
    // pg_dump writes into our private file (it truncates, the mode stays 0600). It reads
    // inside one transaction, so the copy is consistent while servers keep writing.
    await runTool(
      'pg_dump',
      ['--format=custom', `--schema="${state.schema}"`, `--file=${temp}`, `--dbname=${dbname}`],
      env,
    );
    const contents = await archiveContents(temp);
    if (!contents.tables.has('account'))
      throw new BackupError('The backup pg_dump made holds no Waymark tables; nothing was kept.');
  });
  return state.schema;
}

export async function restorePostgres(databaseUrl: string, file: string): Promise<string> {
  const problem = unreadable(file);
  if (problem) throw problem;
  const contents = await archiveContents(file);
  if (!contents.tables.has('account') || contents.schemas.size !== 1)
    throw new BackupError(`${file} is not a backup of one Waymark schema.`);
  const [archived] = contents.schemas;
  const state = await describeDatabase(databaseUrl);
  // pg_restore puts tables back in the schema they came from, whatever DATABASE_URL says.
  if (archived !== state.schema)
    throw new BackupError(
      `${file} is a backup of the schema ${archived}, but DATABASE_URL uses ${state.schema}. ` +
        'Nothing was changed.',
    );
  if (state.serverConnections > 0)
    throw new BackupError(
      `A Waymark server is connected to the schema ${state.schema} ` +
        `(${state.serverConnections} connections). Stop every Waymark server using it, ` +
        'then restore again. Nothing was changed.',
    );
  const { dbname, env } = toolConnection(databaseUrl);
  try {
    // One transaction: either the whole backup is back, or nothing changed.
    await runTool(
      'pg_restore',
      ['--clean', '--if-exists', '--single-transaction', '--no-owner', `--dbname=${dbname}`, file],
      env,
    );
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    const hint = error.message.includes('cannot drop schema')
      ? ` The schema ${state.schema} holds tables the backup does not (a newer Waymark may have ` +
        'added them). To restore this backup, empty the schema first ' +
        `(DROP SCHEMA ${state.schema} CASCADE; CREATE SCHEMA ${state.schema};) and restore again.`
      : '';
    throw new BackupError(`${error.message}

Nothing was changed.${hint}`);
  }
  return state.schema;
}
