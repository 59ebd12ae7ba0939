// Group commit on SQLite: writes that arrive together share one commit, and none is answered
// before that commit is on disk (sqlite-group-commit.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { groupCommitDialect } from './sqlite-group-commit.ts';

type Tables = {
  note: { id: number; text: string };
  parent: { id: number };
  child: { id: number; parent_id: number };
};

describe('Group commit on SQLite', () => {
  let dir: string;
  let file: string;
  let sqlite: SQLite.Database;
  let db: Kysely<Tables>;
  let commits: number;
  /** Another connection: it sees only what has been committed. */
  let observer: SQLite.Database;
  const committedNotes = () =>
    (observer.prepare('select id from note order by id').all() as { id: number }[]).map(
      (row) => row.id,
    );

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-group-commit-'));
    file = path.join(dir, 'test.db');
    sqlite = new SQLite(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.exec(`create table note (id integer primary key, text text not null);
      create table parent (id integer primary key);
      create table child (id integer primary key,
        parent_id integer not null references parent (id) deferrable initially deferred);`);
    commits = 0;
    const exec = sqlite.exec.bind(sqlite);
    sqlite.exec = (source: string) => {
      if (source === 'commit') commits += 1;
      return exec(source);
    };
    db = new Kysely<Tables>({ dialect: groupCommitDialect(sqlite) });
    observer = new SQLite(file, { readonly: true });
  });
  afterEach(async () => {
    observer.close();
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('commits writes that arrive together once, and answers none before it is committed', async () => {
    const seenWhenAnswered: boolean[] = [];
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        db
          .insertInto('note')
          .values({ id: i + 1, text: `note ${i + 1}` })
          .execute()
          .then(() => seenWhenAnswered.push(committedNotes().includes(i + 1))),
      ),
    );
    expect(seenWhenAnswered).toEqual(Array(50).fill(true));
    expect(commits).toBeGreaterThanOrEqual(1);
    expect(commits).toBeLessThanOrEqual(5);
    expect(committedNotes()).toHaveLength(50);
  });

  it('undoes only its own writes when one transaction of a batch fails', async () => {
    const failing = db.transaction().execute(async (trx) => {
      await trx.insertInto('note').values({ id: 1, text: 'undone' }).execute();
      throw new Error('the request failed');
    });
    const kept = db.transaction().execute(async (trx) => {
      await trx.insertInto('note').values({ id: 2, text: 'kept' }).execute();
    });
    const alone = db.insertInto('note').values({ id: 3, text: 'kept too' }).execute();
    await expect(failing).rejects.toThrow('the request failed');
    await kept;
    await alone;
    expect(committedNotes()).toEqual([2, 3]);
  });

  it('fails every write of a batch whose commit fails, and keeps none of them', async () => {
    // A child whose parent does not exist passes its statement (the check is deferred) and
    // makes the commit fail.
    const orphan = db.insertInto('child').values({ id: 1, parent_id: 99 }).execute();
    const other = db.insertInto('note').values({ id: 1, text: 'in the same batch' }).execute();
    await expect(orphan).rejects.toThrow(/FOREIGN KEY/);
    await expect(other).rejects.toThrow(/FOREIGN KEY/);
    expect(committedNotes()).toEqual([]);
    // The next batch is a new start.
    await db.insertInto('note').values({ id: 2, text: 'later' }).execute();
    expect(committedNotes()).toEqual([2]);
  });

  it('lets a transaction read its own writes, and answers it once they are committed', async () => {
    await db.insertInto('note').values({ id: 1, text: 'first' }).execute();
    const text = await db.transaction().execute(async (trx) => {
      await trx.updateTable('note').set({ text: 'second' }).where('id', '=', 1).execute();
      return (await trx.selectFrom('note').select('text').where('id', '=', 1).executeTakeFirst())
        ?.text;
    });
    expect(text).toBe('second');
    expect(observer.prepare('select text from note where id = 1').get()).toEqual({
      text: 'second',
    });
  });
});

describe('Transactions in the server', () => {
  it('are never controlled transactions, which would be answered before their commit', () => {
    const serverRoot = path.resolve(import.meta.dirname, '..');
    const offending = (fs.readdirSync(serverRoot, { recursive: true }) as string[])
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .filter((file) =>
        fs.readFileSync(path.join(serverRoot, file), 'utf8').includes('.startTransaction('),
      );
    expect(offending).toEqual([]);
  });
});
