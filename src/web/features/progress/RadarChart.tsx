// A radar ("star") chart drawn as inline SVG: one spoke per life area, rings for 1 to 7, and
// one shape per rating set. Each set has its own line style and marker as well as its label,
// so nothing depends on colour. The table next to it says the same in words and numbers.
import { t } from '../../../domain/i18n/translate.ts';

export type RadarAxis = { id: string; label: string };
export type RadarSeries = {
  key: string;
  label: string;
  values: Record<string, number | undefined>;
};

export const SERIES_STYLES = ['solid', 'dashed', 'dotted'] as const;
const MARKERS = ['circle', 'square', 'triangle'] as const;

const SIZE = 300;
const CENTRE = SIZE / 2;
const RADIUS = 100;
const MIN = 1;
const MAX = 7;

function point(index: number, count: number, value: number) {
  const angle = (Math.PI * 2 * index) / count - Math.PI / 2;
  const r = (RADIUS * (value - MIN + 1)) / (MAX - MIN + 1);
  return { x: CENTRE + r * Math.cos(angle), y: CENTRE + r * Math.sin(angle) };
}

const round = (n: number) => Math.round(n * 10) / 10;

function Marker({ kind, x, y }: { kind: (typeof MARKERS)[number]; x: number; y: number }) {
  if (kind === 'square')
    return <rect class="chart__marker" x={x - 4} y={y - 4} width={8} height={8} />;
  if (kind === 'triangle')
    return (
      <polygon
        class="chart__marker"
        points={`${round(x)},${round(y - 5)} ${round(x - 5)},${round(y + 4)} ${round(x + 5)},${round(y + 4)}`}
      />
    );
  return <circle class="chart__marker" cx={x} cy={y} r={4} />;
}

/** A short form of a name for the chart; the table gives it in full. */
const short = (label: string) => (label.length > 14 ? `${label.slice(0, 13)}…` : label);

export function RadarChart({
  axes,
  series,
  title,
}: {
  axes: RadarAxis[];
  series: RadarSeries[];
  title: string;
}) {
  const count = Math.max(axes.length, 3);
  return (
    <figure class="chart">
      <svg
        class="chart__svg chart__svg--radar"
        viewBox={`-70 0 ${SIZE + 140} ${SIZE}`}
        role="img"
        aria-labelledby="radar-title"
      >
        <title id="radar-title">{title}</title>
        {[1, 2, 3, 4, 5, 6, 7].map((ring) => (
          <polygon
            key={ring}
            class="chart__grid"
            points={Array.from({ length: count }, (_, i) => point(i, count, ring))
              .map((p) => `${round(p.x)},${round(p.y)}`)
              .join(' ')}
          />
        ))}
        {axes.map((axis, i) => {
          const end = point(i, count, MAX);
          const label = point(i, count, MAX + 1.4);
          const anchor =
            Math.abs(label.x - CENTRE) < 5 ? 'middle' : label.x < CENTRE ? 'end' : 'start';
          return (
            <g key={axis.id}>
              <line class="chart__axis" x1={CENTRE} y1={CENTRE} x2={end.x} y2={end.y} />
              <text
                class="chart__label"
                x={label.x}
                y={label.y}
                text-anchor={anchor}
                dominant-baseline="middle"
              >
                {short(axis.label)}
              </text>
            </g>
          );
        })}
        {series.map((entry, s) => {
          const style = SERIES_STYLES[s % SERIES_STYLES.length] ?? 'solid';
          const marker = MARKERS[s % MARKERS.length] ?? 'circle';
          const points = axes.flatMap((axis, i) => {
            const value = entry.values[axis.id];
            return value === undefined ? [] : [point(i, count, value)];
          });
          return (
            <g key={entry.key} class={`chart__series chart__series--${style}`}>
              <polygon
                class="chart__shape"
                points={points.map((p) => `${round(p.x)},${round(p.y)}`).join(' ')}
              />
              {points.map((p, i) => (
                <Marker key={i} kind={marker} x={p.x} y={p.y} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="chart__legend">
          {series.map((entry, s) => (
            <li key={entry.key} class={`chart__key chart__key--${SERIES_STYLES[s % 3]}`}>
              <svg class="chart__key-swatch" viewBox="0 0 40 12" aria-hidden="true">
                <line x1="0" y1="6" x2="40" y2="6" />
                <Marker kind={MARKERS[s % 3] ?? 'circle'} x={20} y={6} />
              </svg>
              {entry.label}
            </li>
          ))}
        </ul>
        <p class="hint">{t('progress.radarHint')}</p>
      </figcaption>
    </figure>
  );
}

/** The same data as the chart: a row per life area, a column per rating set. */
export function RadarTable({
  axes,
  series,
  caption,
}: {
  axes: RadarAxis[];
  series: RadarSeries[];
  caption: string;
}) {
  return (
    <div class="table-wrap">
      <table class="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.lifeArea')}</th>
            {series.map((entry) => (
              <th scope="col" key={entry.key}>
                {entry.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {axes.map((axis) => (
            <tr key={axis.id}>
              <th scope="row">{axis.label}</th>
              {series.map((entry) => {
                const value = entry.values[axis.id];
                return (
                  <td key={entry.key}>
                    {value === undefined ? t('progress.notRated') : t('progress.outOf7', { value })}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
