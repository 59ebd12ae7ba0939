// The outcome report as a spreadsheet (CSV, RFC 4180): the same figures as the page, one row per
// series and figure, "*" where a figure is hidden and an empty cell where there is none (a mean
// over nobody). Words come through `label(key)` so the file is in the reader's language; the keys
// are listed in OUTCOME_CSV_KEYS and the series' own keys are passed to it too. Text cells go
// through csvCell, which quotes them and stops a spreadsheet reading one as a formula; numbers
// the report worked out are written as they are (a mean change of -1.5 stays a number). Pure.
import { csvCell } from '../sharing/access-log-csv.ts';
import type { OutcomeReport, SeriesReport } from './report.schema.ts';
import { seriesName } from './report-series-names.ts';
import type { Shown } from './suppression.ts';

/** The keys `label` is asked for, besides each series' key (e.g. `measure:phq-9:total`). */
export const OUTCOME_CSV_KEYS = {
  columns: {
    series: 'outcomes.csv.series',
    seriesKey: 'outcomes.csv.seriesKey',
    figure: 'outcomes.csv.figure',
    from: 'outcomes.csv.from',
    to: 'outcomes.csv.to',
    band: 'outcomes.csv.band',
    value: 'outcomes.csv.value',
  },
  allSeries: 'outcomes.csv.allSeries',
  figures: {
    policy: 'outcomes.figure.policy',
    peopleCounted: 'outcomes.figure.peopleCounted',
    goalsSet: 'outcomes.figure.goalsSet',
    goalsAchieved: 'outcomes.figure.goalsAchieved',
    reviewsHeld: 'outcomes.figure.reviewsHeld',
    peopleWithPair: 'outcomes.figure.peopleWithPair',
    meanFirst: 'outcomes.figure.meanFirst',
    meanLatest: 'outcomes.figure.meanLatest',
    meanChange: 'outcomes.figure.meanChange',
    firstInBand: 'outcomes.figure.firstInBand',
    latestInBand: 'outcomes.figure.latestInBand',
    improved: 'outcomes.figure.improved',
    noChange: 'outcomes.figure.noChange',
    deteriorated: 'outcomes.figure.deteriorated',
    improvedPercent: 'outcomes.figure.improvedPercent',
    noChangePercent: 'outcomes.figure.noChangePercent',
    deterioratedPercent: 'outcomes.figure.deterioratedPercent',
    casesAtFirst: 'outcomes.figure.casesAtFirst',
    recovered: 'outcomes.figure.recovered',
    notRecovered: 'outcomes.figure.notRecovered',
    recoveredPercent: 'outcomes.figure.recoveredPercent',
  },
} as const;

type FigureKey = keyof typeof OUTCOME_CSV_KEYS.figures;
/** A cell before writing: text (neutralised and quoted as needed), a figure, or nothing. */
type Cell = string | Shown | null;

export function outcomeReportCsv(report: OutcomeReport, label: (key: string) => string): string {
  const { columns, figures, allSeries } = OUTCOME_CSV_KEYS;
  const rows: Cell[][] = [
    [
      label(columns.series),
      label(columns.seriesKey),
      label(columns.figure),
      label(columns.from),
      label(columns.to),
      label(columns.band),
      label(columns.value),
    ],
  ];
  const whole = (figure: FigureKey, value: Cell) =>
    rows.push([label(allSeries), '', label(figures[figure]), null, null, null, value]);
  whole('policy', report.policy.name);
  whole('peopleCounted', report.peopleCounted);
  whole('goalsSet', report.goalsSet);
  whole('goalsAchieved', report.goalsAchieved);
  whole('reviewsHeld', report.reviewsHeld);
  for (const series of report.series) rows.push(...seriesRows(series, label));
  return rows
    .map((row) => row.map(writeCell).join(','))
    .join('\r\n')
    .concat('\r\n');
}

function seriesRows(series: SeriesReport, label: (key: string) => string): Cell[][] {
  const { figures } = OUTCOME_CSV_KEYS;
  // A service's own measure is named by its title; every other series through `label`.
  const name =
    series.title === undefined
      ? label(series.series)
      : seriesName(series.series, label, series.title);
  const row = (figure: FigureKey, value: Cell, band?: SeriesReport['distribution'][number]) => [
    name,
    series.series,
    label(figures[figure]),
    band ? band.min : null,
    band ? band.max : null,
    band?.bandLabel ?? null,
    value,
  ];
  const rows: Cell[][] = [
    row('peopleWithPair', series.peopleWithPair),
    row('meanFirst', series.mean.first),
    row('meanLatest', series.mean.latest),
    row('meanChange', series.mean.change),
  ];
  for (const band of series.distribution) rows.push(row('firstInBand', band.first, band));
  for (const band of series.distribution) rows.push(row('latestInBand', band.latest, band));
  const reliable = series.reliableChange;
  if (reliable) {
    rows.push(
      row('improved', reliable.improved),
      row('noChange', reliable.noChange),
      row('deteriorated', reliable.deteriorated),
      row('improvedPercent', reliable.improvedPercent),
      row('noChangePercent', reliable.noChangePercent),
      row('deterioratedPercent', reliable.deterioratedPercent),
    );
  }
  const recovery = series.recovery;
  if (recovery) {
    rows.push(
      row('casesAtFirst', recovery.casesAtFirst),
      row('recovered', recovery.recovered),
      row('notRecovered', recovery.notRecovered),
      row('recoveredPercent', recovery.recoveredPercent),
    );
  }
  return rows;
}

function writeCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return csvCell(cell);
}
