import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildOutcomeReport } from './build-report.ts';
import type { SeriesReport } from './report.schema.ts';
import { hiddenCellsWorkedOut, protectHiddenCells } from './secondary-suppression.ts';
import { HIDDEN, SUPPRESSION_PRESETS, type SuppressionPolicy } from './suppression.ts';
import { ALL_SERIES, pairCounts } from './test-support.ts';

const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('Secondary suppression', () => {
  const group = [{ total: 'all', parts: [{ cell: 'a' }, { cell: 'b' }, { cell: 'c' }] }];

  it('hides the next smallest part when only one part of a total is hidden', () => {
    const cells = counts({ all: 60, a: 3, b: 40, c: 17 });
    expect([...protectHiddenCells(cells, new Set(['a']), group)].sort()).toEqual(['a', 'c']);
  });

  it('hides a part when the total is the only hidden cell', () => {
    const cells = counts({ all: 6, a: 0, b: 3, c: 3 });
    expect([...protectHiddenCells(cells, new Set(['all']), group)].sort()).toEqual(['a', 'all']);
  });

  it('leaves a group alone when nothing or two cells are hidden', () => {
    const cells = counts({ all: 60, a: 3, b: 5, c: 52 });
    expect(protectHiddenCells(cells, new Set(), group).size).toBe(0);
    expect(protectHiddenCells(cells, new Set(['a', 'b']), group).size).toBe(2);
  });

  it('finds a cell worked out from two totals together, and hides another', () => {
    // all = a + b + c and some = b + c: a = all − some though each has two hidden cells.
    const equations = [...group, { total: 'some', parts: [{ cell: 'b' }, { cell: 'c' }] }];
    const cells = counts({ all: 30, a: 3, b: 2, c: 25, some: 27 });
    const hidden = new Set(['a', 'b', 'c']);
    expect(hiddenCellsWorkedOut(cells, hidden, equations)).toEqual(['a']);
    const protectedCells = protectHiddenCells(cells, hidden, equations);
    expect(hiddenCellsWorkedOut(cells, protectedCells, equations)).toEqual([]);
  });

  it('treats a value-weighted sum (a mean) as a further equation', () => {
    // Two hidden bands of one total are safe from the total alone, not with the mean as well.
    const equations = [
      { total: 'n', parts: [{ cell: 'v1' }, { cell: 'v2' }, { cell: 'v3' }] },
      {
        total: 'sum',
        parts: [
          { cell: 'v1', weight: 1 },
          { cell: 'v2', weight: 2 },
          { cell: 'v3', weight: 3 },
        ],
      },
    ];
    const cells = counts({ n: 20, v1: 2, v2: 3, v3: 15, sum: 53 });
    const protectedCells = protectHiddenCells(cells, new Set(['v1', 'v2']), equations);
    expect([...protectedCells].sort()).toEqual(['v1', 'v2', 'v3']);
  });

  const policies: SuppressionPolicy[] = [
    ...Object.values(SUPPRESSION_PRESETS),
    // No rounding: a shown figure is exact, the hardest case for the check.
    { name: 'exact', hideBelow: 8, hideZero: false, roundTo: 1 },
  ];

  it('leaves no additive group with exactly one hidden cell, and no hidden cell worked out', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL_SERIES).chain((info) =>
          fc.tuple(
            fc.constant(info),
            // Mostly small groups, where hiding happens, and some larger ones.
            fc.constantFrom(3, 12, 60).chain((most) => pairCounts(info, most)),
          ),
        ),
        fc.constantFrom(...policies),
        ([info, pairs], policy) => {
          const report = buildOutcomeReport(
            {
              peopleCounted: 500,
              series: [{ series: info.series, pairs }],
              goalsSet: 0,
              goalsAchieved: 0,
              reviewsHeld: 0,
            },
            [info],
            policy,
          );
          const series = report.series[0] as SeriesReport;
          const { cells, groups } = additiveGroups(series);
          const sums = new Set(['sumFirst', 'sumLatest']);
          for (const group of groups.filter((each) => !sums.has(each.total))) {
            const names = [group.total, ...group.parts.map((part) => part.cell)];
            const hidden = names.filter((name) => cells.get(name) === HIDDEN).length;
            expect(hidden === 0 || hidden >= 2, `group ${names.join(' ')}`).toBe(true);
          }
          for (const [cell, shown] of cells) {
            if (shown !== HIDDEN) continue;
            // A mean hidden along with the people with a pair cannot be worked out (that count
            // cannot); one hidden on its own must not follow from the bands.
            if (sums.has(cell) && cells.get('pairs') === HIDDEN) continue;
            expect(workedOutByRank(cell, cells, groups), `${cell} can be worked out`).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

type Group = { total: string; parts: { cell: string; weight: number }[] };
type ShownCell = number | typeof HIDDEN | null;

/**
 * The report's additive groups, read from the report itself (apart from how the builder models
 * them), with every cell's shown value: a number or "*". A group's total equals the sum of its
 * parts, each times its weight.
 */
function additiveGroups(series: SeriesReport): { cells: Map<string, ShownCell>; groups: Group[] } {
  const cells = new Map<string, ShownCell>([['pairs', series.peopleWithPair]]);
  const bands = series.distribution;
  const first = bands.map((band, index) => {
    cells.set(`first${index}`, band.first);
    return { cell: `first${index}`, weight: 1 };
  });
  const latest = bands.map((band, index) => {
    cells.set(`latest${index}`, band.latest);
    return { cell: `latest${index}`, weight: 1 };
  });
  const groups: Group[] = [
    { total: 'pairs', parts: first },
    { total: 'pairs', parts: latest },
  ];
  if (bands.every((band) => band.min === band.max)) {
    // A mean times the people with a pair is the sum of value × people over the bands.
    cells.set('sumFirst', series.mean.first);
    cells.set('sumLatest', series.mean.latest);
    const byValue = (parts: Group['parts']) =>
      parts
        .map((part, index) => ({ cell: part.cell, weight: bands[index]?.min ?? 0 }))
        .filter((part) => part.weight !== 0);
    groups.push({ total: 'sumFirst', parts: byValue(first) });
    groups.push({ total: 'sumLatest', parts: byValue(latest) });
  }
  const reliable = series.reliableChange;
  if (reliable) {
    cells.set('improved', reliable.improved);
    cells.set('noChange', reliable.noChange);
    cells.set('deteriorated', reliable.deteriorated);
    const parts = ['improved', 'noChange', 'deteriorated'].map((cell) => ({ cell, weight: 1 }));
    groups.push({ total: 'pairs', parts });
  }
  const recovery = series.recovery;
  if (recovery) {
    cells.set('cases', recovery.casesAtFirst);
    cells.set('recovered', recovery.recovered);
    cells.set('notRecovered', recovery.notRecovered);
    const parts = ['recovered', 'notRecovered'].map((cell) => ({ cell, weight: 1 }));
    groups.push({ total: 'cases', parts });
    if (bands.some((band) => band.min === recovery.atOrAbove)) {
      const above = first.filter((_, index) => (bands[index]?.min ?? 0) >= recovery.atOrAbove);
      groups.push({ total: 'cases', parts: above });
    }
  }
  return { cells, groups };
}

/**
 * Whether a hidden cell's value follows from the shown ones: exactly when its column of the
 * equations (restricted to the hidden cells) is not a combination of the other hidden columns,
 * so that leaving it out lowers the rank. Exact integer elimination, written apart from the
 * builder's floating-point one.
 */
function workedOutByRank(cell: string, cells: Map<string, ShownCell>, groups: Group[]): boolean {
  const hidden = [...cells.keys()].filter((name) => cells.get(name) === HIDDEN);
  const rows = groups.map((group) =>
    hidden.map((name) => {
      let value = name === group.total ? 1n : 0n;
      for (const part of group.parts) if (part.cell === name) value -= BigInt(part.weight);
      return value;
    }),
  );
  const without = rows.map((row) => row.filter((_, index) => hidden[index] !== cell));
  return rank(rows) > rank(without);
}

function rank(input: bigint[][]): number {
  const rows = input.map((row) => [...row]);
  const width = rows[0]?.length ?? 0;
  let found = 0;
  for (let col = 0; col < width; col++) {
    const pivotAt = rows.findIndex((row, index) => index >= found && row[col] !== 0n);
    if (pivotAt < 0) continue;
    [rows[found], rows[pivotAt]] = [rows[pivotAt] as bigint[], rows[found] as bigint[]];
    const pivot = rows[found] as bigint[];
    const lead = pivot[col] as bigint;
    for (let r = found + 1; r < rows.length; r++) {
      const row = rows[r] as bigint[];
      const factor = row[col] as bigint;
      if (factor === 0n) continue;
      rows[r] = row.map((value, index) => value * lead - factor * (pivot[index] as bigint));
    }
    found++;
  }
  return found;
}
