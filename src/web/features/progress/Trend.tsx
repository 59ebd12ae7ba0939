// One score over time: its name, the latest score, the line chart, and the same numbers as a
// table one tap away; for questionnaires, whether the latest change is more than chance.
import '../../../domain/i18n/progress.messages.ts';
import { formatDate, t } from '../../../domain/i18n/translate.ts';
import { NumbersTable } from './NumbersTable.tsx';
import type { ObservationPoint } from './progress.resource.ts';
import { ReliableChange } from './ReliableChange.tsx';
import { TrendChart, type TrendPoint, TrendTable } from './TrendChart.tsx';

export function Trend(props: {
  id: string;
  name: string;
  points: TrendPoint[];
  min: number;
  max: number;
  reliableChange?: ObservationPoint['reliableChange'];
}) {
  const { id, name, points, min, max, reliableChange } = props;
  const latest = points.at(-1);
  const anyProrated = points.some((point) => point.prorated);
  const chartTitle = t(anyProrated ? 'progress.trendTitleProrated' : 'progress.trendTitle', {
    name,
    min,
    max,
  });
  return (
    <div class="trend">
      <h3 id={`${id}-title`}>{name}</h3>
      {latest && (
        <p class="meta">
          {t('progress.latestScore', {
            value: latest.value,
            max,
            date: formatDate(latest.at),
          })}
        </p>
      )}
      <TrendChart points={points} min={min} max={max} id={id} title={chartTitle} />
      {anyProrated && <p class="meta">{t('progress.proratedKey')}</p>}
      {reliableChange && <ReliableChange points={points} threshold={reliableChange} />}
      <NumbersTable name={name}>
        {() => (
          <TrendTable points={points} max={max} caption={t('progress.trendTable', { name })} />
        )}
      </NumbersTable>
    </div>
  );
}
