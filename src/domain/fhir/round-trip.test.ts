// The export read back and written again gives the same Bundle (issue 15): over generated
// records of every part, apart from ids and times (decision 0045).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBundle } from './from-bundle.ts';
import { recordSnapshot } from './snapshot.arbitrary.ts';
import { toBundle } from './to-bundle.ts';

const options = { now: new Date('2026-11-30T12:00:00Z'), baseUrl: 'https://waymark.example.org' };
const RUNS = 250;

/** A Bundle without what may differ between two exports of one record: times. */
function withoutTimes(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, inner) =>
    key === 'lastUpdated' || key === 'timestamp' ? undefined : inner,
  );
}

describe('Export, import, export', () => {
  it(`gives an equal Bundle for ${RUNS} generated records`, () => {
    let ran = 0;
    let resources = 0;
    // The parts merged after the mapping, counted so a generator that stopped making them shows.
    let reviews = 0;
    let actions = 0;
    let teams = 0;
    let movingOn = 0;
    fc.assert(
      fc.property(recordSnapshot(), (snapshot) => {
        ran++;
        reviews += snapshot.reviews.length;
        actions += snapshot.reviews.flatMap((r) => r.data.areas.flatMap((a) => a.actions)).length;
        teams += snapshot.relationships.filter((r) => r.team !== null).length;
        if (snapshot.plans.moving_on) movingOn++;
        const first = toBundle(snapshot, options);
        resources += first.entry?.length ?? 0;
        // Through JSON, as a file would carry it.
        const read = fromBundle(JSON.parse(JSON.stringify(first)));
        if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problem)}`);
        const second = toBundle(read.snapshot, {
          ...options,
          now: new Date('2027-01-01T00:00:00Z'),
        });
        // Compared as text (the same code writes both, keys in the same order); a difference is
        // then shown as a diff.
        const [was, is] = [withoutTimes(first), withoutTimes(second)];
        if (JSON.stringify(is) !== JSON.stringify(was)) expect(is).toEqual(was);
      }),
      { numRuns: RUNS },
    );
    console.log(
      `FHIR round trip: ${ran} generated records, ${resources} resources, all equal ` +
        `(${reviews} reviews with ${actions} actions, ${teams} team connections, ` +
        `${movingOn} moving-on plans)`,
    );
    expect(ran).toBeGreaterThanOrEqual(200);
    for (const count of [reviews, actions, teams, movingOn]) expect(count).toBeGreaterThan(20);
  }, 120_000);
});
