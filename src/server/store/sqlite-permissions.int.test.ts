// The embedded database holds people's records: no other local user may read its folder or its
// files, whatever the umask, and looser ones left from before are tightened at start. SQLite
// only: PostgreSQL keeps its own files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, openSqlite } from './db.ts';
import type { Database } from './schema.ts';

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

/** A write that reaches the WAL, as the first saved record would. */
async function writeSomething(db: Kysely<Database>) {
  await migrate(db);
  await db
    .insertInto('login_failure')
    .values({ id: crypto.randomUUID(), email: 'sam@example.org', created_at: '2026-11-29' })
    .execute();
}

describe('The SQLite data folder and files', () => {
  let root: string;
  let umask: number;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-perm-'));
    umask = process.umask();
  });
  afterEach(() => {
    process.umask(umask);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('are made for this user only, even under a umask that lets everyone read', async () => {
    process.umask(0o000);
    const dir = path.join(root, 'data');
    const file = path.join(dir, 'waymark.db');
    const logged: string[] = [];
    const db = openSqlite(file, { log: (message) => logged.push(message) });
    try {
      await writeSomething(db);
      expect(modeOf(dir)).toBe(0o700);
      for (const each of [file, `${file}-wal`, `${file}-shm`]) expect(modeOf(each)).toBe(0o600);
    } finally {
      await db.destroy();
    }
    expect(logged).toEqual([]);
  });

  it('are tightened at start when left readable by others, and the log says so', async () => {
    process.umask(0o022);
    const dir = path.join(root, 'data');
    const file = path.join(dir, 'waymark.db');
    const key = path.join(dir, 'journal.key');
    // As an earlier release left them: folder 0755, database, its WAL files and the key 0644.
    fs.mkdirSync(dir, { mode: 0o755 });
    const before = openSqlite(file, { log: () => {} });
    await writeSomething(before);
    await before.destroy();
    for (const each of [file, `${file}-wal`, `${file}-shm`, key]) {
      if (!fs.existsSync(each)) fs.writeFileSync(each, each === key ? 'k1:x\n' : '');
    }
    fs.chmodSync(dir, 0o755);
    for (const each of [file, `${file}-wal`, `${file}-shm`, key]) fs.chmodSync(each, 0o644);

    const logged: string[] = [];
    const db = openSqlite(file, { alsoPrivate: [key], log: (message) => logged.push(message) });
    try {
      await writeSomething(db);
      expect(modeOf(dir)).toBe(0o700);
      for (const each of [file, `${file}-wal`, `${file}-shm`, key])
        expect(modeOf(each)).toBe(0o600);
    } finally {
      await db.destroy();
    }
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('Tightened permissions');
    expect(logged[0]).toContain(`${file} (0644 → 0600)`);
    expect(logged[0]).toContain(`${dir} (0755 → 0700)`);
    expect(logged[0]).toContain(key);
  });
});
