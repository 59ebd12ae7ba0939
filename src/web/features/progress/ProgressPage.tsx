// "How I'm doing": the person's own trends first. A star chart of life-area ratings (first,
// latest and a chosen date) and a trend line for each check-in scale and measure score, each
// with a table that says the same thing.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import type { LifeAreaRatingSet } from '../../../domain/checkins/checkins.schema.ts';
import { formatDate, t } from '../../../domain/i18n/translate.ts';
import { SelectField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { Notice, useNotice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import type { Item } from '../../lib/types.ts';
import { scaleName, useDeletedCheckins } from '../checkins/checkins.resource.ts';
import { useRecord } from '../record/RecordContext.tsx';
import { DeletedCheckins } from './DeletedCheckins.tsx';
import { type ObservationPoint, type Progress, useProgress } from './progress.resource.ts';
import { RadarChart, type RadarSeries, RadarTable } from './RadarChart.tsx';
import { ReliableChange } from './ReliableChange.tsx';
import { TrendChart, type TrendPoint, TrendTable } from './TrendChart.tsx';
import '../../styles/checkins.css';

export function ProgressPage() {
  const record = useRecord();
  return record.canWrite('checkins') ? <OwnProgressPage /> : <SharedProgressPage />;
}

/**
 * Someone the person shared check-ins or questionnaires with: the charts and their tables of
 * what was shared, to read. No check-in, rating or answering, no notes to open, no undo.
 */
function SharedProgressPage() {
  const record = useRecord();
  const shown = { checkins: record.canRead('checkins'), measures: record.canRead('measures') };
  const progress = useProgress(record.personId, shown);
  const name = record.personName;
  return (
    <>
      <PageHeading title={t('shared.progressTitle', { name })} />
      <Loaded resource={progress}>
        {(data) => (
          <>
            {shown.checkins && (
              <>
                <LifeAreasSection ratings={data.ratings} shared={name} />
                <ScalesSection data={data} shared={name} />
              </>
            )}
            {shown.measures && <MeasuresSection observations={data.observations} shared={name} />}
          </>
        )}
      </Loaded>
    </>
  );
}

function OwnProgressPage() {
  const record = useRecord();
  const progress = useProgress(record.personId);
  const deleted = useDeletedCheckins(record.personId);
  const refresh = () => {
    progress.refresh();
    deleted.refresh();
  };
  const notice = useNotice(true);
  return (
    <>
      <PageHeading title={t('progress.title')} />
      <p class="lead">{t('progress.intro')}</p>
      <Notice state={notice} onUndone={refresh} />
      <Loaded resource={progress}>
        {(data) => (
          <ProgressView
            data={data}
            deletedCheckins={
              <DeletedCheckins resource={deleted} notice={notice} onChanged={refresh} />
            }
          />
        )}
      </Loaded>
    </>
  );
}

function ProgressView(props: { data: Progress; deletedCheckins: ComponentChildren }) {
  const { data, deletedCheckins } = props;
  return (
    <>
      <LifeAreasSection ratings={data.ratings} />
      <ScalesSection data={data} />
      {deletedCheckins}
      <MeasuresSection observations={data.observations} />
    </>
  );
}

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

/** `shared` names the person when someone else reads their record: then nothing links onward. */
type SharedProps = { shared?: string };

function LifeAreasSection({ ratings, shared }: { ratings: Progress['ratings'] } & SharedProps) {
  const [chosenId, setChosenId] = useState('');
  const { first, latest, sets } = ratings;
  const chosen = sets.find((set) => set.id === chosenId);
  const series = radarSeries(first, latest, chosen);
  const rated = new Set(series.flatMap((entry) => Object.keys(entry.values)));
  const axes = ratings.lifeAreas
    .filter((area) => rated.has(area.id))
    .map((area) => ({ id: area.id, label: area.name }));
  return (
    <section aria-labelledby="areas-title" class="progress-section">
      <h2 id="areas-title">{shared ? t('shared.progressAreas') : t('progress.areasTitle')}</h2>
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
              value={chosenId}
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
          <div class="chart-pair">
            <RadarChart axes={axes} series={series} title={t('progress.radarTitle')} />
            <RadarTable axes={axes} series={series} caption={t('progress.radarTable')} />
          </div>
          {shared === undefined && (
            <p>
              <Link href="/rate-life-areas">{t('progress.rateAgain')}</Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}

function ScalesSection({ data, shared }: { data: Progress } & SharedProps) {
  const withPoints = data.scales.filter((scale) => scale.points.length > 0);
  return (
    <section aria-labelledby="scales-title" class="progress-section">
      <h2 id="scales-title">{shared ? t('shared.progressCheckins') : t('progress.scalesTitle')}</h2>
      {withPoints.length === 0 && shared !== undefined ? (
        <p>{t('shared.progressNoCheckins', { name: shared })}</p>
      ) : withPoints.length === 0 ? (
        <p class="invite">
          {t('progress.noCheckins')} <Link href="/check-in">{t('checkinsWeb.title')}</Link>
        </p>
      ) : (
        withPoints.map((scale) => {
          const name = scaleName(scale);
          const points: TrendPoint[] = scale.points.map((point) => ({
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
              name={name}
              points={points}
              min={scale.min}
              max={scale.max}
            />
          );
        })
      )}
    </section>
  );
}

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

function MeasuresSection({
  observations,
  shared,
}: { observations: ObservationPoint[] } & SharedProps) {
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

function Trend(props: {
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
      <div class="chart-pair">
        <TrendChart points={points} min={min} max={max} id={id} title={chartTitle} />
        <TrendTable points={points} max={max} caption={t('progress.trendTable', { name })} />
      </div>
      {anyProrated && <p class="meta">{t('progress.proratedKey')}</p>}
      {reliableChange && <ReliableChange points={points} threshold={reliableChange} />}
    </div>
  );
}
