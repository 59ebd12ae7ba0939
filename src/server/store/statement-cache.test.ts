import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.ts';

describe('The SQLite statement cache', () => {
  it('prepares each SQL text once and answers every later query with it', () => {
    const db = withStatementCache(new SQLite(':memory:'));
    db.exec('create table note (id integer primary key, text text)');
    const insert = db.prepare('insert into note (text) values (?)');
    expect(db.prepare('insert into note (text) values (?)')).toBe(insert);
    insert.run('first');
    db.prepare('insert into note (text) values (?)').run('second');
    const texts = db.prepare('select text from note order by id').all();
    expect(texts).toEqual([{ text: 'first' }, { text: 'second' }]);
    db.close();
  });

  it('keeps at most its size, letting the least recently used go', () => {
    const db = withStatementCache(new SQLite(':memory:'), 2);
    const one = db.prepare('select 1');
    const two = db.prepare('select 2');
    expect(db.prepare('select 1')).toBe(one); // now "select 2" is the least recently used
    db.prepare('select 3');
    expect(db.prepare('select 1')).toBe(one);
    expect(db.prepare('select 2')).not.toBe(two);
    db.close();
  });
});
