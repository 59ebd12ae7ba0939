// "My check-ins": a trend for each scale with a score in the period, read from the chart
// answer's columns (decision 0022); an invitation, or a plain sentence for someone else, when
// there is none.
import '../../../domain/i18n/shared.messages.ts';
import '../../../domain/i18n/progress.messages.ts';
import '../../../domain/i18n/checkins.messages.ts';
import { Link } from 'wouter-preact';
import { pointsOf } from '../../../domain/checkins/chart.ts';
import { t } from '../../../domain/i18n/translate.ts';
import { scaleName } from '../checkins/checkins.resource.ts';
import type { Progress } from './progress.resource.ts';
import { Trend } from './Trend.tsx';
import type { TrendPoint } from './TrendChart.tsx';

/** `shared` names the person when someone else reads their record: then nothing links onward. */
export function ScalesSection({ data, shared }: { data: Progress; shared?: string | undefined }) {
  const lines = data.chart.scales
    .map((scale, index) => ({ scale, points: pointsOf(data.chart, index) }))
    .filter((line) => line.points.length > 0);
  return (
    <section aria-labelledby="scales-title" class="progress-section">
      <h2 id="scales-title">{shared ? t('shared.progressCheckins') : t('progress.scalesTitle')}</h2>
      {lines.length === 0 ? (
        <NoCheckins period={data.period} shared={shared} />
      ) : (
        lines.map(({ scale, points }) => {
          const trend: TrendPoint[] = points.map((point) => ({
            key: point.checkinId,
            at: point.takenAt,
            value: point.value,
            forMeOnly: point.forMeOnly,
            note: point.hasNote ? t('progress.hasNote') : null,
            href: shared ? undefined : `/how-i-am-doing/check-ins/${point.checkinId}`,
          }));
          return (
            <Trend
              key={scale.id}
              id={`scale-${scale.id}`}
              name={scaleName(scale)}
              points={trend}
              min={scale.min}
              max={scale.max}
            />
          );
        })
      )}
    </section>
  );
}

/** None in the period: "not yet" only when the period is everything. */
function NoCheckins({
  period,
  shared,
}: {
  period: Progress['period'];
  shared?: string | undefined;
}) {
  if (shared !== undefined)
    return (
      <p>
        {period === 'all'
          ? t('shared.progressNoCheckins', { name: shared })
          : t(`progress.sharedNoCheckins.${period}`, { name: shared })}
      </p>
    );
  return (
    <p class="invite">
      {period === 'all' ? t('progress.noCheckins') : t(`progress.noCheckins.${period}`)}{' '}
      <Link href="/check-in">{t('checkinsWeb.title')}</Link>
    </p>
  );
}
