// A trend line for one scale or score over time, drawn as inline SVG, with a marker on every
// point. One line per chart, so nothing depends on colour; the table beside it gives each
// score with its date, whether it is for the person only, and any note. A prorated score (worked
// out from only some of the answers) is drawn as a diamond, and its table cell says so.
import '../../../domain/i18n/progress.messages.ts';
import { Link } from 'wouter-preact';
import { formatDate, formatShortDate, t } from '../../../domain/i18n/translate.ts';

export type TrendPoint = {
  key: string;
  at: string;
  value: number;
  forMeOnly: boolean;
  note?: string | null;
  /** Where the person adds a note or changes "for me only". */
  href?: string;
  /** Set when the score was prorated: worked out from `answered` of `items` answers. */
  prorated?: { answered: number; items: number } | null;
};

/** The score as the table says it, with "prorated from 8 of 9 answers" where it was. */
export function scoreText(point: TrendPoint, max: number): string {
  const value = t('progress.outOf', { value: point.value, max });
  if (!point.prorated) return value;
  return t('progress.proratedScore', { value, ...point.prorated });
}

const WIDTH = 300;
const HEIGHT = 150;
const PAD = { left: 28, right: 10, top: 10, bottom: 24 };

export function trendCoordinates(points: TrendPoint[], min: number, max: number) {
  const times = points.map((p) => Date.parse(p.at));
  const first = Math.min(...times);
  const last = Math.max(...times);
  const span = last - first || 1;
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  return points.map((p, i) => ({
    x:
      points.length === 1
        ? PAD.left + innerW / 2
        : PAD.left + (((times[i] ?? first) - first) / span) * innerW,
    y: PAD.top + innerH - ((p.value - min) / (max - min || 1)) * innerH,
  }));
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Beyond this many points (a year of daily check-ins) markers would merge into a thick band,
 * so only the line is drawn, with the prorated ones still marked; the table lists every score.
 */
const MARKED_POINTS = 120;

/** A diamond around (x, y), so a prorated score differs from the others by shape, not colour. */
const diamond = (x: number, y: number, size = 5.5) =>
  [
    [x, y - size],
    [x + size, y],
    [x, y + size],
    [x - size, y],
  ]
    .map(([a = 0, b = 0]) => `${r1(a)},${r1(b)}`)
    .join(' ');

/** "3 Mar" under the chart; the table gives the full date. */
const shortDate = formatShortDate;

export function TrendChart({
  points,
  min,
  max,
  id,
  title,
}: {
  points: TrendPoint[];
  min: number;
  max: number;
  id: string;
  title: string;
}) {
  const coords = trendCoordinates(points, min, max);
  const yFor = (value: number) =>
    PAD.top + (HEIGHT - PAD.top - PAD.bottom) * (1 - (value - min) / (max - min || 1));
  const firstPoint = points[0];
  const lastPoint = points.at(-1);
  return (
    <svg
      class="chart__svg chart__svg--trend"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-chart-title`}
    >
      <title id={`${id}-chart-title`}>{title}</title>
      {[min, max].map((value) => (
        <g key={value}>
          <line
            class="chart__grid"
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={r1(yFor(value))}
            y2={r1(yFor(value))}
          />
          <text
            class="chart__label"
            x={PAD.left - 6}
            y={r1(yFor(value))}
            text-anchor="end"
            dominant-baseline="middle"
          >
            {value}
          </text>
        </g>
      ))}
      <polyline class="chart__line" points={coords.map((c) => `${r1(c.x)},${r1(c.y)}`).join(' ')} />
      {coords.map((c, i) => {
        const point = points[i];
        if (points.length > MARKED_POINTS && !point?.prorated) return null;
        const open = point?.forMeOnly ? ' chart__marker--open' : '';
        return point?.prorated ? (
          <polygon
            key={point.key}
            class={`chart__marker chart__marker--prorated${open}`}
            points={diamond(r1(c.x), r1(c.y))}
          />
        ) : (
          <circle
            key={point?.key ?? i}
            class={`chart__marker${open}`}
            cx={r1(c.x)}
            cy={r1(c.y)}
            r={4}
          />
        );
      })}
      {firstPoint && (
        <text class="chart__label" x={PAD.left} y={HEIGHT - 6} text-anchor="start">
          {shortDate(firstPoint.at)}
        </text>
      )}
      {lastPoint && points.length > 1 && (
        <text class="chart__label" x={WIDTH - PAD.right} y={HEIGHT - 6} text-anchor="end">
          {shortDate(lastPoint.at)}
        </text>
      )}
    </svg>
  );
}

export function TrendTable({
  points,
  caption,
  max,
}: {
  points: TrendPoint[];
  caption: string;
  max: number;
}) {
  return (
    <div class="table-wrap">
      <table class="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.date')}</th>
            <th scope="col">{t('progress.score')}</th>
            <th scope="col">{t('progress.forMeOnly')}</th>
            <th scope="col">{t('progress.note')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('progress.changeColumn')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.key}>
              <th scope="row">{formatDate(point.at)}</th>
              <td>{scoreText(point, max)}</td>
              <td>{point.forMeOnly ? t('progress.yes') : t('progress.no')}</td>
              <td class="own-words">{point.note ?? ''}</td>
              <td>
                {point.href && (
                  <Link href={point.href}>
                    {point.note ? t('progress.changeNote') : t('progress.addNote')}
                    <span class="visually-hidden">
                      {' '}
                      {t('progress.forDate', { date: formatDate(point.at) })}
                    </span>
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
