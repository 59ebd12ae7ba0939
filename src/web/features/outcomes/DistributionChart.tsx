// How many people had each value of a series at first and at the latest (issue 16): bars drawn
// in SVG for a quick look, and the same figures as a table beside them for screen readers and
// anyone who wants the numbers. First and latest differ by shape (filled and outlined) and are
// named in a key, never by colour alone. A hidden count ("*") has no bar and says so.
import { t } from '../../../domain/i18n/translate.ts';
import type { DistributionBand } from '../../../domain/outcomes/report.schema.ts';

const WIDTH = 320;
const ROW = 28;
const LABEL = 70;
const KEY = 30;

const bandName = (band: DistributionBand) =>
  band.bandLabel ?? (band.min === band.max ? String(band.min) : `${band.min}–${band.max}`);

const shown = (value: number | '*') => (value === '*' ? '*' : String(value));

export function DistributionChart({
  bands,
  title,
  id,
}: {
  bands: DistributionBand[];
  title: string;
  id: string;
}) {
  const numbers = bands.flatMap((band) =>
    [band.first, band.latest].filter((value): value is number => value !== '*'),
  );
  const most = Math.max(1, ...numbers);
  const barSpace = WIDTH - LABEL - 40;
  const width = (value: number | '*') => (value === '*' ? 0 : (value / most) * barSpace);
  const height = KEY + bands.length * ROW;
  return (
    <div class="chart-pair">
      <figure class="chart" aria-hidden="true">
        <svg class="chart__svg" viewBox={`0 0 ${WIDTH} ${height}`} role="presentation">
          <rect x="0" y="4" width="14" height="10" class="chart__marker" />
          <text x="20" y="14" class="chart__label">
            {t('outcomeReport.chart.first')}
          </text>
          <rect x="120" y="4" width="14" height="10" class="chart__shape" />
          <text x="140" y="14" class="chart__label">
            {t('outcomeReport.chart.latest')}
          </text>
          {bands.map((band, index) => {
            const y = KEY + index * ROW;
            return (
              <g key={`${band.min}-${band.max}`}>
                <text x="0" y={y + 16} class="chart__label">
                  {bandName(band)}
                </text>
                <rect x={LABEL} y={y} width={width(band.first)} height="10" class="chart__marker" />
                <text x={LABEL + width(band.first) + 4} y={y + 10} class="chart__label">
                  {shown(band.first)}
                </text>
                <rect
                  x={LABEL}
                  y={y + 12}
                  width={width(band.latest)}
                  height="10"
                  class="chart__shape"
                />
                <text x={LABEL + width(band.latest) + 4} y={y + 22} class="chart__label">
                  {shown(band.latest)}
                </text>
              </g>
            );
          })}
        </svg>
      </figure>
      <div class="table-wrap">
        <table class="table" id={id}>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('outcomeReport.chart.value')}</th>
              <th scope="col">{t('outcomeReport.chart.first')}</th>
              <th scope="col">{t('outcomeReport.chart.latest')}</th>
            </tr>
          </thead>
          <tbody>
            {bands.map((band) => (
              <tr key={`${band.min}-${band.max}`}>
                <th scope="row">{bandName(band)}</th>
                <td>{shown(band.first)}</td>
                <td>{shown(band.latest)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
