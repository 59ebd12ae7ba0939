import { describe, expect, it } from 'vitest';
import { buildOutcomeReport } from './build-report.ts';
import type { OutcomeReport } from './report.schema.ts';
import { OUTCOME_CSV_KEYS, outcomeReportCsv } from './report-csv.ts';
import { SUPPRESSION_PRESETS } from './suppression.ts';
import { MOOD, PHQ_9 } from './test-support.ts';

const report = buildOutcomeReport(
  {
    peopleCounted: 57,
    goalsSet: 24,
    goalsAchieved: 2,
    reviewsHeld: 16,
    series: [
      {
        series: PHQ_9.series,
        pairs: [
          { first: 20, latest: 10, people: 13 },
          { first: 15, latest: 12, people: 18 },
          { first: 8, latest: 16, people: 9 },
        ],
      },
    ],
  },
  [PHQ_9, MOOD],
  SUPPRESSION_PRESETS.strictest,
);

/** Labels as a translation would give them: the key's last part, in capitals. */
const label = (key: string) => key.split('.').at(-1)?.toUpperCase() ?? key;

function rows(csv: string): string[] {
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.slice(0, -2).split('\r\n');
}

describe('Outcome report as CSV', () => {
  const lines = rows(outcomeReportCsv(report, label));

  it('starts with a header row of translated column names', () => {
    expect(lines[0]).toBe('SERIES,SERIESKEY,FIGURE,FROM,TO,BAND,VALUE');
  });

  it('has the whole report’s counts, hidden ones as *', () => {
    expect(lines.slice(1, 6)).toEqual([
      'ALLSERIES,,POLICY,,,,strictest',
      'ALLSERIES,,PEOPLECOUNTED,,,,55',
      'ALLSERIES,,GOALSSET,,,,25',
      'ALLSERIES,,GOALSACHIEVED,,,,*',
      'ALLSERIES,,REVIEWSHELD,,,,15',
    ]);
  });

  it('has one row per series and figure, the same figures as the report', () => {
    const phq = lines.filter((line) => line.includes(',measure:phq-9:total,'));
    expect(phq).toContain('MEASURE:PHQ-9:TOTAL,measure:phq-9:total,PEOPLEWITHPAIR,,,,40');
    expect(phq).toContain(
      'MEASURE:PHQ-9:TOTAL,measure:phq-9:total,FIRSTINBAND,10,14,Mild,*'.replace(
        'Mild',
        'Moderate',
      ),
    );
    expect(phq).toContain('MEASURE:PHQ-9:TOTAL,measure:phq-9:total,IMPROVEDPERCENT,,,,33');
    expect(phq).toContain('MEASURE:PHQ-9:TOTAL,measure:phq-9:total,RECOVEREDPERCENT,,,,*');
    // 4 figures, 5 bands twice, 6 reliable change, 4 recovery
    expect(phq).toHaveLength(4 + 10 + 6 + 4);
    const mood = lines.filter((line) => line.includes(',checkin:mood:1-7,'));
    expect(mood).toHaveLength(4 + 10);
    expect(mood[1]).toBe('CHECKIN:MOOD:1-7,checkin:mood:1-7,MEANFIRST,,,,*');
  });

  it('writes a mean change below zero as a number', () => {
    expect(lines).toContain('MEASURE:PHQ-9:TOTAL,measure:phq-9:total,MEANCHANGE,,,,-2.8');
  });

  it('asks `label` only for its listed keys and the series’ keys', () => {
    const asked = new Set<string>();
    outcomeReportCsv(report, (key) => {
      asked.add(key);
      return key;
    });
    const listed = new Set<string>([
      ...Object.values(OUTCOME_CSV_KEYS.columns),
      ...Object.values(OUTCOME_CSV_KEYS.figures),
      OUTCOME_CSV_KEYS.allSeries,
      PHQ_9.series,
      MOOD.series,
    ]);
    expect([...asked].filter((key) => !listed.has(key))).toEqual([]);
  });

  it('quotes as RFC 4180 says and keeps any text from running as a formula', () => {
    const tricky: OutcomeReport = {
      ...report,
      policy: { ...report.policy, name: '=HYPERLINK("x")' },
      series: [
        {
          ...(report.series[0] as OutcomeReport['series'][number]),
          series: '+cmd',
          distribution: [],
          reliableChange: null,
          recovery: null,
        },
      ],
    };
    const words = (key: string) =>
      key === OUTCOME_CSV_KEYS.columns.series
        ? 'Series, "what"\nit is'
        : key === '+cmd'
          ? '@SUM(1)'
          : '-x';
    const csv = outcomeReportCsv(tricky, words);
    expect(csv.startsWith('"Series, ""what""\nit is",')).toBe(true);
    expect(csv).toContain(`,"'=HYPERLINK(""x"")"\r\n`);
    expect(csv).toContain(`'@SUM(1),'+cmd,'-x,`);
  });
});
