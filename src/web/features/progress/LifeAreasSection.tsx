// "My life areas": a star chart of the first and latest ratings, and of another date the person
// chooses from the period, with the same numbers as a table one tap away.
import '../../../domain/i18n/shared.messages.ts';
import '../../../domain/i18n/progress.messages.ts';
import '../../../domain/i18n/checkins.messages.ts';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import type { LifeAreaRatingSet } from '../../../domain/checkins/checkins.schema.ts';
import { formatDate, t } from '../../../domain/i18n/translate.ts';
import { SelectField } from '../../components/fields.tsx';
import { lazyPart } from '../../lib/lazy.tsx';
import type { Item } from '../../lib/types.ts';
import { NumbersTable } from './NumbersTable.tsx';
import type { Progress } from './progress.resource.ts';
import { RadarChart, type RadarSeries, RadarTable } from './RadarChart.tsx';

const valuesOf = (set: Item<LifeAreaRatingSet>) =>
  Object.fromEntries(set.data.ratings.map((rating) => [rating.lifeAreaId, rating.score]));

export function radarSeries(
  first: Item<LifeAreaRatingSet> | null,
  latest: Item<LifeAreaRatingSet> | null,
  chosen: Item<LifeAreaRatingSet> | undefined,
): RadarSeries[] {
  const series: RadarSeries[] = [];
  if (first)
    series.push({
      key: 'first',
      label: t('progress.first', { date: formatDate(first.data.date) }),
      values: valuesOf(first),
    });
  if (latest && latest.id !== first?.id)
    series.push({
      key: 'latest',
      label: t('progress.latest', { date: formatDate(latest.data.date) }),
      values: valuesOf(latest),
    });
  if (chosen && chosen.id !== first?.id && chosen.id !== latest?.id)
    series.push({
      key: 'chosen',
      label: t('progress.chosen', { date: formatDate(chosen.data.date) }),
      values: valuesOf(chosen),
    });
  return series;
}

/** Views beside a rating set (decision 0030): their own chunk, with their words. */
const RatingBeside = lazyPart(() =>
  import('../collaboration/RatingBeside.tsx').then((m) => m.RatingBeside),
);

/** `shared` names the person when someone else reads their record: then nothing links onward. */
export function LifeAreasSection({
  ratings,
  shared,
}: {
  ratings: Progress['ratings'];
  shared?: string | undefined;
}) {
  const [chosenId, setChosenId] = useState('');
  const { first, latest, sets } = ratings;
  // A date chosen from another period is not offered now: the chart leaves it out too.
  const chosen = sets.find((set) => set.id === chosenId);
  const series = radarSeries(first, latest, chosen);
  // The views beside the ratings of the date chosen, or else of the latest date.
  const beside = chosen ?? latest;
  const rated = new Set(series.flatMap((entry) => Object.keys(entry.values)));
  const axes = ratings.lifeAreas
    .filter((area) => rated.has(area.id))
    .map((area) => ({ id: area.id, label: area.name }));
  const title = shared ? t('shared.progressAreas') : t('progress.areasTitle');
  return (
    <section aria-labelledby="areas-title" class="progress-section">
      <h2 id="areas-title">{title}</h2>
      {first === null && shared !== undefined && (
        <p>{t('shared.progressNoRatings', { name: shared })}</p>
      )}
      {first === null && shared === undefined && (
        <p class="invite">
          {t('progress.noRatings')} <Link href="/rate-life-areas">{t('ratingsWeb.title')}</Link>
        </p>
      )}
      {first !== null && (
        <>
          {sets.length > 1 && (
            <SelectField
              id="compare-date"
              label={t('progress.compareLabel')}
              hint={t('progress.compareHint')}
              value={chosen ? chosenId : ''}
              options={[
                { value: '', label: t('progress.compareNone') },
                ...[...sets].reverse().map((set) => ({
                  value: set.id,
                  label: formatDate(set.data.date),
                })),
              ]}
              onChange={setChosenId}
            />
          )}
          <RadarChart axes={axes} series={series} title={t('progress.radarTitle')} />
          <NumbersTable name={title}>
            {() => <RadarTable axes={axes} series={series} caption={t('progress.radarTable')} />}
          </NumbersTable>
          {shared === undefined && (
            <p>
              <Link href="/rate-life-areas">{t('progress.rateAgain')}</Link>
            </p>
          )}
          {beside && <RatingBeside key={beside.id} set={beside} lifeAreas={ratings.lifeAreas} />}
        </>
      )}
    </section>
  );
}
