import { describe, expect, it } from 'vitest';
import { ROUTE_NAMES, readOptions } from './options.ts';

describe('readOptions', () => {
  it('runs everything by default: 3 rounds × 10 s × 50 connections, both databases, 10 minutes of memory', () => {
    const options = readOptions({}, []);
    expect(options).toMatchObject({
      rounds: 3,
      duration: 10,
      connections: 50,
      rate: 2000,
      rateDuration: 10,
      memoryMinutes: 10,
      databases: ['sqlite', 'postgres'],
      parts: ['load', 's2', 'memory'],
      writeDocs: false,
    });
    expect(options.routes).toEqual([...ROUTE_NAMES]);
  });

  it('takes a subset of routes, databases and parts, in the suite’s own order', () => {
    const options = readOptions(
      { ROUTES: 'goals, about-me', DATABASES: 'sqlite', SUITE: 'memory,load' },
      [],
    );
    expect(options.routes).toEqual(['about-me', 'goals']);
    expect(options.databases).toEqual(['sqlite']);
    expect(options.parts).toEqual(['load', 'memory']);
  });

  it('takes short runs for a quick check, and S2 follows DURATION unless told otherwise', () => {
    const options = readOptions({ DURATION: '2', ROUNDS: '1', MEMORY_MINUTES: '1' }, []);
    expect(options).toMatchObject({ duration: 2, rounds: 1, memoryMinutes: 1, rateDuration: 2 });
    expect(readOptions({ DURATION: '2', RATE_DURATION: '15' }, []).rateDuration).toBe(15);
  });

  it('turns off the warm-up with WARMUP=0 and compression with an empty ACCEPT_ENCODING', () => {
    const options = readOptions({ WARMUP: '0', ACCEPT_ENCODING: '' }, []);
    expect(options.warmup).toBe(0);
    expect(options.acceptEncoding).toBe('');
  });

  it('writes the results into the docs only when asked', () => {
    expect(readOptions({}, ['--write-docs']).writeDocs).toBe(true);
  });

  it('stops at the start on a name or number it does not know, saying what is allowed', () => {
    expect(() => readOptions({ ROUTES: 'about-me,aboutme' }, [])).toThrow(
      /ROUTES: unknown aboutme \(choose from home, about-me/,
    );
    expect(() => readOptions({ DATABASES: 'mysql' }, [])).toThrow(/DATABASES: unknown mysql/);
    expect(() => readOptions({ DURATION: 'ten' }, [])).toThrow(/DURATION must be a number/);
    expect(() => readOptions({ CONNECTIONS: '0' }, [])).toThrow(/CONNECTIONS/);
    expect(() => readOptions({}, ['--write-doc'])).toThrow(/unknown argument --write-doc/);
  });
});
