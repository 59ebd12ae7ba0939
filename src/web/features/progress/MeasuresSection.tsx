// "My questionnaires": a trend for each score the person has, grouped by what it measures,
// each on its measure's own range.
import '../../../domain/i18n/shared.messages.ts';
import '../../../domain/i18n/measures.messages.ts';
import '../../../domain/i18n/progress.messages.ts';
import { Link } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import type { ObservationPoint } from './progress.resource.ts';
import { Trend } from './Trend.tsx';

/** Scores grouped by what they measure, in the order they first appear. */
export function groupObservations(points: ObservationPoint[]) {
  const groups = new Map<string, ObservationPoint[]>();
  for (const point of points) {
    const key = `${point.system}|${point.code}`;
    groups.set(key, [...(groups.get(key) ?? []), point]);
  }
  return [...groups.entries()];
}

/**
 * The axis of a score's chart: the measure's own range, so a low score looks low; where the
 * measure does not say, from 0 to the highest score seen.
 */
export function axisFor(points: ObservationPoint[]): { min: number; max: number } {
  const range = points.at(-1)?.range;
  const seen = points.map((point) => point.value);
  if (!range) return { min: Math.min(0, ...seen), max: Math.max(1, ...seen) };
  // A score outside the range (an older version of the measure) still fits on the chart.
  return { min: Math.min(range.min, ...seen), max: Math.max(range.max, ...seen) };
}

/** `shared` names the person when someone else reads their record: then nothing links onward. */
export function MeasuresSection({
  observations,
  shared,
}: {
  observations: ObservationPoint[];
  shared?: string | undefined;
}) {
  const groups = groupObservations(observations);
  return (
    <section aria-labelledby="measures-title" class="progress-section">
      <h2 id="measures-title">
        {shared ? t('shared.progressMeasures') : t('progress.measuresTitle')}
      </h2>
      {groups.length === 0 && shared !== undefined ? (
        <p>{t('shared.progressNoMeasures', { name: shared })}</p>
      ) : groups.length === 0 ? (
        <p class="invite">
          {t('progress.noMeasures')} <Link href="/questionnaires">{t('measuresWeb.title')}</Link>
        </p>
      ) : (
        groups.map(([key, points], index) => {
          const first = points[0];
          const name = first?.display ?? first?.measureId ?? key;
          const { min, max } = axisFor(points);
          return (
            <Trend
              key={key}
              id={`measure-${index}`}
              name={name}
              min={min}
              max={max}
              reliableChange={points.at(-1)?.reliableChange ?? null}
              points={points.map((point) => ({
                key: point.id,
                at: point.effectiveAt,
                value: point.value,
                forMeOnly: point.forMeOnly,
                note: point.note,
                href: shared ? undefined : `/how-i-am-doing/answers/${point.responseId}`,
                prorated: point.prorated ?? null,
              }))}
            />
          );
        })
      )}
    </section>
  );
}
