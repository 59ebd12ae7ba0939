// A radar ("star") chart drawn as inline SVG: one spoke per life area, rings for 1 to 7, and
// one shape per rating set. Each set has its own line style and marker as well as its label,
// so nothing depends on colour. The table under it says the same in words and numbers, with
// every life area's name in full where the chart has to shorten it.
import '../../../domain/i18n/progress.messages.ts';
import { t } from '../../../domain/i18n/translate.ts';

export type RadarAxis = { id: string; label: string };
export type RadarSeries = {
  key: string;
  label: string;
  values: Record<string, number | undefined>;
};

export const SERIES_STYLES = ['solid', 'dashed', 'dotted'] as const;
const MARKERS = ['circle', 'square', 'triangle'] as const;

// The geometry, in SVG units. The chart is drawn 400 units wide and fills the width it is
// given, so on a 320 px phone (288 px of page) a unit is 0.72 px: labels of 17 units are 12 px
// on screen. A small star leaves each side label about 12 characters a line.
const WIDTH = 400;
const CENTRE = WIDTH / 2;
const RADIUS = 70;
const LABEL_GAP = 8;
const FONT = 17;
const LINE = 19;
/** A generous average width of a character of the system font, for wrapping. */
const CHAR = FONT * 0.56;
const MAX_LINES = 3;
const MAX_CHARS = 16;
const MIN = 1;
const MAX = 7;

function point(index: number, count: number, value: number) {
  const angle = (Math.PI * 2 * index) / count - Math.PI / 2;
  const r = (RADIUS * (value - MIN + 1)) / (MAX - MIN + 1);
  return { x: CENTRE + r * Math.cos(angle), y: r * Math.sin(angle) };
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

/**
 * A name in lines of at most `maxChars`, broken between words, in at most `maxLines` lines;
 * what does not fit ends in "…". The table under the chart gives every name in full.
 */
export function wrapLabel(label: string, maxChars: number, maxLines = MAX_LINES): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const ellipsis = (line: string) => `${line.slice(0, maxChars - 1).trimEnd()}…`;
  const fitted = lines.map((line) => (line.length > maxChars ? ellipsis(line) : line));
  if (fitted.length <= maxLines) return fitted;
  const kept = fitted.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = last.endsWith('…') ? last : ellipsis(`${last} `);
  return kept;
}

type PlacedLabel = {
  id: string;
  anchor: 'start' | 'middle' | 'end';
  x: number;
  /** The middle of each line, top to bottom. */
  lines: { text: string; y: number }[];
};

/**
 * Where each life area's name goes: beyond the end of its spoke, wrapped to the room between
 * there and the edge; above the spoke's end near the top, below it near the bottom, and centred
 * on it towards the sides.
 */
export function placeLabels(axes: RadarAxis[], count: number): PlacedLabel[] {
  return axes.map((axis, i) => {
    const angle = (Math.PI * 2 * i) / count - Math.PI / 2;
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    const x = CENTRE + (RADIUS + LABEL_GAP) * cos;
    const y = (RADIUS + LABEL_GAP) * sin;
    const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos < 0 ? 'end' : 'start';
    const room =
      anchor === 'middle' ? 2 * Math.min(x, WIDTH - x) : anchor === 'end' ? x : WIDTH - x;
    const maxChars = Math.min(MAX_CHARS, Math.floor((room - 4) / CHAR));
    const lines = wrapLabel(axis.label, maxChars);
    const height = lines.length * LINE;
    // Names towards the sides are centred on their spoke, so two in a row below never overlap.
    const top = sin <= -0.6 ? y - height : sin >= 0.6 ? y : y - height / 2;
    return {
      id: axis.id,
      anchor,
      x,
      lines: lines.map((text, k) => ({ text, y: top + LINE * (k + 0.5) })),
    };
  });
}

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
  const labels = placeLabels(axes, count);
  const edges = labels.flatMap((label) => label.lines.map((line) => line.y));
  const top = Math.min(-RADIUS, ...edges) - LINE / 2 - 4;
  const bottom = Math.max(RADIUS, ...edges) + LINE / 2 + 4;
  return (
    <figure class="chart">
      <svg
        class="chart__svg chart__svg--radar"
        viewBox={`0 ${round(top)} ${WIDTH} ${round(bottom - top)}`}
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
          return (
            <line
              key={axis.id}
              class="chart__axis"
              x1={CENTRE}
              y1={0}
              x2={round(end.x)}
              y2={round(end.y)}
            />
          );
        })}
        {labels.map((label) => (
          <text
            key={label.id}
            class="chart__label"
            x={round(label.x)}
            text-anchor={label.anchor}
            dominant-baseline="middle"
          >
            {label.lines.map((line) => (
              <tspan key={line.y} x={round(label.x)} y={round(line.y)}>
                {line.text}
              </tspan>
            ))}
          </text>
        ))}
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
