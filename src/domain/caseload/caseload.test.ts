// The caseload rows and their sorts and filters (issue 14): hand-worked cases, then properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CASELOAD_SORTS,
  type CaseloadInput,
  type CaseloadRow,
  caseloadRow,
  filterCaseload,
  hasReliableDeterioration,
  needsAttention,
  sortCaseload,
} from './caseload.ts';

const URL = 'https://waymark.example/fhir/Questionnaire/';
const TODAY = '2026-11-30';

const person = (over: Partial<CaseloadInput> & { name: string }): CaseloadInput => ({
  personId: `id-${over.name}`,
  teamId: 'north',
  lastCheckIn: null,
  measures: [],
  lifeAreaRatings: [],
  suggestionsWaiting: 0,
  ...over,
});
const phq9 = (...values: number[]) => ({
  measureId: 'phq-9',
  title: 'PHQ-9',
  questionnaire: `${URL}phq-9|1.0.0`,
  scores: values.map((value, i) => ({ at: `2026-1${i}-01T09:00:00Z`, value })),
});

const PEOPLE: CaseloadInput[] = [
  person({ name: 'Zara', lastCheckIn: '2026-11-28', measures: [phq9(8, 15)] }),
  person({ name: 'amir', lastCheckIn: '2026-11-29', nextReviewDate: '2026-12-10' }),
  person({ name: 'Bea', teamId: 'south', nextReviewDate: '2026-11-30', suggestionsWaiting: 2 }),
  person({
    name: 'Cal',
    lastCheckIn: '2026-10-01',
    nextReviewDate: '2026-11-01',
    lifeAreaRatings: [
      { date: '2026-09-01', ratings: [{ lifeAreaId: 'home', score: 5 }] },
      { date: '2026-10-01', ratings: [{ lifeAreaId: 'home', score: 3 }] },
    ],
  }),
  person({ name: 'Dee', teamId: 'south', measures: [phq9(20, 10)] }),
];
const rows = PEOPLE.map((input) => caseloadRow(input, { today: TODAY }));
const names = (list: CaseloadRow[]) => list.map((row) => row.name);

describe('a caseload row', () => {
  it('holds the person, their team, last check-in, each measure’s change and what is waiting', () => {
    const [zara, , bea] = rows;
    expect(zara).toMatchObject({
      name: 'Zara',
      teamId: 'north',
      lastCheckIn: '2026-11-28',
      reviewDue: null,
      suggestionsWaiting: 0,
      measures: [
        {
          measureId: 'phq-9',
          title: 'PHQ-9',
          latest: 15,
          previous: 8,
          direction: 'worse',
          reliableChange: 'deterioration',
        },
      ],
    });
    expect(bea).toMatchObject({ reviewDue: true, nextReviewDate: TODAY, suggestionsWaiting: 2 });
    expect(rows[1]?.reviewDue).toBe(false);
  });

  it('leaves out a measure with no scores, and has no review mark when reviews are not known', () => {
    const row = caseloadRow(person({ name: 'Eve', measures: [phq9()] }), { today: TODAY });
    expect(row.measures).toEqual([]);
    expect(row.reviewDue).toBeNull();
    expect(row.lifeAreas.direction).toBeNull();
  });

  it('needs attention for a reliable deterioration, worse life areas or a review due', () => {
    expect(rows.filter(needsAttention).map((row) => row.name)).toEqual(['Zara', 'Bea', 'Cal']);
    expect(hasReliableDeterioration(rows[4] as CaseloadRow)).toBe(false);
  });
});

describe('sorting and filtering the caseload', () => {
  it('sorts by name, ignoring case', () => {
    expect(names(sortCaseload(rows, 'name'))).toEqual(['amir', 'Bea', 'Cal', 'Dee', 'Zara']);
  });

  it('sorts by last check-in, newest first, people with none last', () => {
    expect(names(sortCaseload(rows, 'lastCheckIn'))).toEqual(['amir', 'Zara', 'Cal', 'Bea', 'Dee']);
  });

  it('puts reliable deterioration first', () => {
    expect(names(sortCaseload(rows, 'deterioration'))).toEqual([
      'Zara',
      'amir',
      'Bea',
      'Cal',
      'Dee',
    ]);
  });

  it('puts reviews due first, longest overdue first, then reviews to come, then none', () => {
    expect(names(sortCaseload(rows, 'reviewDue'))).toEqual(['Cal', 'Bea', 'amir', 'Dee', 'Zara']);
  });

  it('filters by team and by needing attention', () => {
    expect(names(filterCaseload(rows, { teamId: 'south' }))).toEqual(['Bea', 'Dee']);
    expect(names(filterCaseload(rows, { teamId: 'south', needsAttention: true }))).toEqual(['Bea']);
    expect(filterCaseload(rows, {})).toEqual(rows);
  });

  const input = fc.record({
    name: fc.string({ minLength: 1, maxLength: 6 }),
    personId: fc.uuid(),
    teamId: fc.constantFrom('north', 'south', 'east'),
    lastCheckIn: fc.option(fc.constantFrom('2026-11-01', '2026-11-15', '2026-11-29'), {
      nil: null,
    }),
    measures: fc.array(
      fc.array(fc.integer({ min: 0, max: 27 }), { maxLength: 3 }).map((values) => phq9(...values)),
      { maxLength: 2 },
    ),
    lifeAreaRatings: fc.constant([]),
    nextReviewDate: fc.option(fc.constantFrom('2026-11-01', TODAY, '2026-12-25'), { nil: null }),
    suggestionsWaiting: fc.nat(5),
  });
  const caseload = fc
    .array(input, { maxLength: 25 })
    .map((inputs) => inputs.map((one) => caseloadRow(one, { today: TODAY })));

  it('every sort keeps the same people, and sorting twice changes nothing (property)', () => {
    fc.assert(
      fc.property(caseload, fc.constantFrom(...CASELOAD_SORTS), (list, sort) => {
        const sorted = sortCaseload(list, sort);
        const ids = (l: CaseloadRow[]) => l.map((row) => row.personId).sort();
        expect(ids(sorted)).toEqual(ids(list));
        expect(sortCaseload(sorted, sort)).toEqual(sorted);
        // The order does not depend on the order the rows came in.
        expect(sortCaseload([...list].reverse(), sort).map((r) => r.personId)).toEqual(
          sorted.map((r) => r.personId),
        );
      }),
    );
  });

  it('puts every reliable deterioration before anyone without one, and reviews due first (property)', () => {
    fc.assert(
      fc.property(caseload, (list) => {
        const marks = sortCaseload(list, 'deterioration').map(hasReliableDeterioration);
        expect(marks).toEqual([...marks].sort((a, b) => Number(b) - Number(a)));
        const due = sortCaseload(list, 'reviewDue').map((row) => row.reviewDue === true);
        expect(due).toEqual([...due].sort((a, b) => Number(b) - Number(a)));
      }),
    );
  });

  it('a filter keeps only rows that match, and all of them (property)', () => {
    fc.assert(
      fc.property(caseload, fc.constantFrom('north', 'south'), fc.boolean(), (list, team, attn) => {
        const kept = filterCaseload(list, { teamId: team, needsAttention: attn });
        const matches = (row: CaseloadRow) => row.teamId === team && (!attn || needsAttention(row));
        expect(kept).toEqual(list.filter(matches));
      }),
    );
  });
});
