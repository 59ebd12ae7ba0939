import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { axisFor } from './MeasuresSection.tsx';
import type { ObservationPoint } from './progress.resource.ts';
import { placeLabels, RadarChart, type RadarSeries, RadarTable, wrapLabel } from './RadarChart.tsx';
import { TrendChart, type TrendPoint, TrendTable } from './TrendChart.tsx';

afterEach(cleanup);

const axes = [
  { id: 'home', label: 'Home' },
  { id: 'work', label: 'Work and money' },
  { id: 'friends', label: 'Friends' },
];
const series: RadarSeries[] = [
  { key: 'first', label: 'First, Monday 2 March 2026', values: { home: 2, work: 4, friends: 1 } },
  { key: 'latest', label: 'Latest, Tuesday 3 March 2026', values: { home: 5, work: 4 } },
];

describe('Charts and their table alternatives', () => {
  it('the star chart table gives every rating the chart draws, by life area and date', () => {
    const { container } = render(
      <>
        <RadarChart axes={axes} series={series} title="Star chart of your ratings" />
        <RadarTable axes={axes} series={series} caption="Your life-area ratings" />
      </>,
    );
    const table = screen.getByRole('table', { name: 'Your life-area ratings' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Life area', series[0]?.label, series[1]?.label]);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Home', '2 out of 7', '5 out of 7'],
      ['Work and money', '4 out of 7', '4 out of 7'],
      ['Friends', '1 out of 7', 'Not rated'],
    ]);
    // The chart: named, one shape per set, one marker per rating given (3 + 2).
    expect(screen.getByRole('img', { name: 'Star chart of your ratings' })).toBeTruthy();
    expect(container.querySelectorAll('.chart__series')).toHaveLength(2);
    expect(container.querySelectorAll('.chart__series .chart__marker')).toHaveLength(5);
    // Not colour alone: each set has its own line style, named in the legend.
    expect(container.querySelector('.chart__series--solid')).toBeTruthy();
    expect(container.querySelector('.chart__series--dashed')).toBeTruthy();
    expect(container.querySelector('.chart__key--dashed')?.textContent).toBe(series[1]?.label);
  });

  it('the trend table lists each point the line goes through, oldest first', () => {
    const points: TrendPoint[] = [
      { key: 'a', at: '2026-03-01T09:00:00Z', value: 3, forMeOnly: false, note: null },
      {
        key: 'b',
        at: '2026-03-05T09:00:00Z',
        value: 6,
        forMeOnly: true,
        note: 'A good week',
        href: '/how-i-am-doing/check-ins/b',
      },
    ];
    const { container } = render(
      <>
        <TrendChart points={points} min={1} max={7} id="mood" title="Line chart of Mood" />
        <TrendTable points={points} max={7} caption="Mood: each score with its date" />
      </>,
    );
    const table = screen.getByRole('table', { name: 'Mood: each score with its date' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Sunday 1 March 2026', '3 out of 7', 'No', '', ''],
      [
        'Thursday 5 March 2026',
        '6 out of 7',
        'Yes',
        'A good week',
        'Change the note for Thursday 5 March 2026',
      ],
    ]);
    const change = within(table).getByRole('link');
    expect(change.getAttribute('href')).toBe('/how-i-am-doing/check-ins/b');
    expect(screen.getByRole('img', { name: 'Line chart of Mood' })).toBeTruthy();
    const markers = [...container.querySelectorAll('circle.chart__marker')];
    expect(markers).toHaveLength(2);
    // Higher scores sit higher on the chart (smaller y), later ones further right.
    const [first, second] = markers.map((m) => ({
      x: Number(m.getAttribute('cx')),
      y: Number(m.getAttribute('cy')),
    }));
    expect(second?.y).toBeLessThan(first?.y ?? 0);
    expect(second?.x).toBeGreaterThan(first?.x ?? 0);
    // "For me only" points are drawn open, not in another colour.
    expect(markers[1]?.getAttribute('class')).toContain('chart__marker--open');
  });
});

describe('The axis of a measure score chart', () => {
  const point = (value: number, range: ObservationPoint['range']): ObservationPoint => ({
    id: `o${value}`,
    responseId: `r${value}`,
    measureId: 'phq-9',
    scaleId: 'total',
    system: 'http://snomed.info/sct',
    code: '720433000',
    value,
    effectiveAt: '2026-03-01T09:00:00Z',
    forMeOnly: false,
    note: null,
    range,
  });

  it('runs over the measure’s own range, so a PHQ-9 of 5 is drawn low, not at the top', () => {
    const range = { min: 0, max: 27 };
    expect(axisFor([point(3, range), point(5, range)])).toEqual({ min: 0, max: 27 });
    const { container } = render(
      <TrendChart
        id="phq"
        title="PHQ-9"
        min={0}
        max={27}
        points={[{ key: 'a', at: '2026-03-01T09:00:00Z', value: 5, forMeOnly: false }]}
      />,
    );
    const y = Number(container.querySelector('.chart__marker')?.getAttribute('cy'));
    // Inner height 116 from y = 10: a score of 5 of 27 sits about 81% of the way down.
    expect(y).toBeCloseTo(10 + 116 * (1 - 5 / 27), 0);
  });

  it('runs from 0 to the highest score seen when the measure does not give a range', () => {
    expect(axisFor([point(3, null), point(8, null)])).toEqual({ min: 0, max: 8 });
  });
});

describe('Names on the star chart, readable on a phone', () => {
  const DEFAULT_AREAS = [
    'Home and where I live',
    'Money',
    'Work, learning and volunteering',
    'Friends and relationships',
    'Family',
    'Physical health',
    'Mental health and wellbeing',
    'Feeling safe',
    'Things I enjoy',
  ];

  it('wraps a name between words, and ends what does not fit with "…"', () => {
    expect(wrapLabel('Friends and relationships', 12)).toEqual(['Friends and', 'relationshi…']);
    expect(wrapLabel('Money', 12)).toEqual(['Money']);
    expect(wrapLabel('Going to the match with my brother on Saturdays', 12)).toEqual([
      'Going to the',
      'match with',
      'my brother…',
    ]);
  });

  it('gives every default life area its whole name, in lines that fit beside the star', () => {
    const axes = DEFAULT_AREAS.map((label, i) => ({ id: `area-${i}`, label }));
    const labels = placeLabels(axes, axes.length);
    expect(labels.map((label) => label.lines.map((line) => line.text).join(' '))).toEqual(
      DEFAULT_AREAS,
    );
    for (const label of labels) {
      expect(label.lines.length).toBeLessThanOrEqual(3);
      // Each line within the chart's 400 units, at a generous 0.56 of the 17-unit font a letter.
      for (const line of label.lines) {
        const width = line.text.length * 17 * 0.56;
        const [left, right] =
          label.anchor === 'start'
            ? [label.x, label.x + width]
            : label.anchor === 'end'
              ? [label.x - width, label.x]
              : [label.x - width / 2, label.x + width / 2];
        expect(left, line.text).toBeGreaterThanOrEqual(0);
        expect(right, line.text).toBeLessThanOrEqual(400);
      }
    }
  });

  it('draws each name as lines of text', () => {
    const axes = [{ id: 'work', label: 'Work, learning and volunteering' }];
    const { container } = render(
      <RadarChart
        axes={axes}
        series={[{ key: 'first', label: 'First', values: { work: 4 } }]}
        title="Star chart"
      />,
    );
    const lines = [...container.querySelectorAll('.chart__label tspan')].map((t) => t.textContent);
    // At the top there is room for 16 letters a line.
    expect(lines).toEqual(['Work, learning', 'and volunteering']);
  });
});
