// How DATABASE_URL is handed to pg_dump and pg_restore: the password only in PGPASSWORD,
// every other part of the URL kept, written the way libpq reads it.
import { describe, expect, it } from 'vitest';
import { toolConnection } from './postgres-backup.ts';

describe('toolConnection', () => {
  it('takes the password out of the URL and passes it in PGPASSWORD', () => {
    const { dbname, env } = toolConnection('postgres://waymark:s3cr%40t@db.internal:5433/waymark');
    expect(dbname).toBe('postgres://waymark@db.internal:5433/waymark');
    expect(dbname).not.toContain('s3cr');
    expect(env.PGPASSWORD).toBe('s3cr@t');
  });

  it('takes a password given as a query parameter out too', () => {
    const { dbname, env } = toolConnection(
      'postgres://waymark@db/waymark?password=pw&sslmode=require',
    );
    expect(dbname).toBe('postgres://waymark@db/waymark?sslmode=require');
    expect(env.PGPASSWORD).toBe('pw');
  });

  it('keeps the search_path option, with spaces libpq can read (%20, not +)', () => {
    const url = new URL('postgres://postgres@127.0.0.1:5432/test');
    url.searchParams.set('options', '-c search_path=wm_a');
    const { dbname, env } = toolConnection(url.toString());
    expect(dbname).toBe('postgres://postgres@127.0.0.1:5432/test?options=-c%20search_path%3Dwm_a');
    expect(env.PGPASSWORD).toBe(process.env.PGPASSWORD);
  });
});
