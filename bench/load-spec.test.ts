import { describe, expect, it } from 'vitest';
import {
  createPersonAssigner,
  createRevisionPool,
  forwardedAddress,
  type Person,
  revisionFromAnswer,
  stampedBody,
} from './load-spec.ts';

const documents = ['a', 'b'].map((name) => ({
  path: `/api/people/${name}/about-me`,
  headers: { cookie: `sid=${name}` },
  etag: 'W/"1"',
}));

describe('createRevisionPool', () => {
  it('never hands out a document that is being saved, and sends the revision last answered', () => {
    const pool = createRevisionPool({ documents, body: { whenWell: 'Walking' }, vary: 'whenWell' });
    const first = pool.take();
    const second = pool.take();
    expect(first.document.path).not.toBe(second.document.path);
    expect(pool.freeCount()).toBe(0);

    pool.give(first.document, 'W/"2"');
    const third = pool.take();
    expect(third.document.path).toBe(first.document.path);
    expect(third.document.etag).toBe('W/"2"');
  });

  it('changes the words of every save, so each one makes a new version', () => {
    const pool = createRevisionPool({ documents, body: { whenWell: 'Walking' }, vary: 'whenWell' });
    const bodies = [pool.take(), pool.take()].map((taken) => JSON.parse(taken.body).whenWell);
    expect(bodies[0]).toMatch(/^Walking/);
    expect(new Set(bodies).size).toBe(2);
  });

  it('keeps the revision it had when an answer gives none', () => {
    const pool = createRevisionPool({ documents, body: {}, vary: 'x' });
    const taken = pool.take();
    pool.give(taken.document, undefined);
    expect(taken.document.etag).toBe('W/"1"');
  });

  it('when every document is out (an answer was lost), reuses the one taken longest ago', () => {
    const pool = createRevisionPool({ documents, body: {}, vary: 'x' });
    const first = pool.take();
    pool.take();
    expect(pool.take().document).toBe(first.document);
  });

  it('does not share the caller’s documents, so the spec can be used again', () => {
    const pool = createRevisionPool({ documents, body: {}, vary: 'x' });
    pool.give(pool.take().document, 'W/"9"');
    expect(documents[0]?.etag).toBe('W/"1"');
  });
});

describe('revisionFromAnswer', () => {
  it('takes the ETag header, whatever its case', () => {
    expect(revisionFromAnswer({ ETag: 'W/"7"' }, '')).toBe('W/"7"');
    expect(revisionFromAnswer({ etag: ['W/"8"'] }, '')).toBe('W/"8"');
  });

  it('takes a conflict’s current version when there is no ETag', () => {
    const conflict = JSON.stringify({
      error: { code: 'WM_VERSION_CONFLICT', current: { version: 12 } },
    });
    expect(revisionFromAnswer({}, conflict)).toBe('W/"12"');
  });

  it('gives nothing for a body it cannot read (compressed, or not JSON)', () => {
    expect(revisionFromAnswer({}, '\u0000\u00ff')).toBeUndefined();
    expect(revisionFromAnswer({}, '{"version":"x"}')).toBeUndefined();
  });
});

describe('forwardedAddress', () => {
  it('gives each address a fixed number of requests, then moves to the next', () => {
    expect(forwardedAddress(0, 20, 0)).toBe('10.0.0.0');
    expect(forwardedAddress(0, 20, 19)).toBe('10.0.0.0');
    expect(forwardedAddress(0, 20, 20)).toBe('10.0.0.1');
    expect(forwardedAddress(256, 20, 0)).toBe('10.0.1.0');
    expect(forwardedAddress(0x10000, 1, 0)).toBe('10.1.0.0');
  });

  it('stays inside 10.0.0.0/8 however far it counts', () => {
    expect(forwardedAddress(0xffffff, 1, 1)).toBe('10.0.0.0');
  });
});

describe('stampedBody', () => {
  it('sets the field to the time given and keeps the rest of the body', () => {
    const body = JSON.stringify({ takenAt: '2026-01-01T00:00:00.000Z', scores: { mood: 5 } });
    const at = new Date('2026-12-01T03:20:00.123Z');
    expect(JSON.parse(stampedBody(body, 'takenAt', at))).toEqual({
      takenAt: '2026-12-01T03:20:00.123Z',
      scores: { mood: 5 },
    });
  });
});

describe('people given out to connections', () => {
  it('gives each connection the next person, and the same person on its later requests', () => {
    const people = ['a', 'b'].map((name) => ({
      path: `/api/people/${name}/checkins`,
      headers: {},
    }));
    const personOf = createPersonAssigner(people);
    const first: { person?: Person } = {};
    const second: { person?: Person } = {};
    const third: { person?: Person } = {};
    expect(personOf(first).path).toBe('/api/people/a/checkins');
    expect(personOf(second).path).toBe('/api/people/b/checkins');
    expect(personOf(third).path).toBe('/api/people/a/checkins');
    expect(personOf(second).path).toBe('/api/people/b/checkins');
  });
});
