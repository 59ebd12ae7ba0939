// "How I'm doing": the person's own trends first. A period to show (the last 3 months unless
// the person chooses otherwise), a star chart of life-area ratings (first, latest and a chosen
// date) and a trend line for each check-in scale and measure score, each with a table one tap
// away that says the same thing. Someone the person shares with reads the same, without
// anything to change.
import '../../../domain/i18n/shared.messages.ts';
import '../../../domain/i18n/progress.messages.ts';
import { useState } from 'preact/hooks';
import { type ChartPeriod, DEFAULT_CHART_PERIOD } from '../../../domain/checkins/chart.ts';
import { t } from '../../../domain/i18n/translate.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { Notice, useNotice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { dataOf } from '../../lib/resource.ts';
import { useDeletedCheckins } from '../checkins/checkins.resource.ts';
import { useRecord } from '../record/RecordContext.tsx';
import { DeletedCheckins } from './DeletedCheckins.tsx';
import { LifeAreasSection } from './LifeAreasSection.tsx';
import { MeasuresSection } from './MeasuresSection.tsx';
import { PeriodChoice } from './PeriodChoice.tsx';
import { useProgress } from './progress.resource.ts';
import { ScalesSection } from './ScalesSection.tsx';
import '../../styles/checkins.css';

export function ProgressPage() {
  const record = useRecord();
  return record.canWrite('checkins') ? <OwnProgressPage /> : <SharedProgressPage />;
}

/** The period chosen, and whether the person has chosen one (only then is it announced). */
function usePeriod() {
  const [period, setPeriod] = useState<ChartPeriod>(DEFAULT_CHART_PERIOD);
  const [changed, setChanged] = useState(false);
  const choose = (next: ChartPeriod) => {
    setPeriod(next);
    setChanged(true);
  };
  return { period, changed, choose };
}

/**
 * Someone the person shared check-ins or questionnaires with: the charts and their tables of
 * what was shared, to read. No check-in, rating or answering, no notes to open, no undo.
 */
function SharedProgressPage() {
  const record = useRecord();
  const shown = { checkins: record.canRead('checkins'), measures: record.canRead('measures') };
  const { period, changed, choose } = usePeriod();
  const progress = useProgress(record.personId, period, shown);
  const name = record.personName;
  return (
    <>
      <PageHeading title={t('shared.progressTitle', { name })} />
      {shown.checkins && (
        <PeriodChoice
          value={period}
          shown={dataOf(progress.state)?.period}
          changed={changed}
          onChange={choose}
        />
      )}
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
  const { period, changed, choose } = usePeriod();
  const progress = useProgress(record.personId, period);
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
      <PeriodChoice
        value={period}
        shown={dataOf(progress.state)?.period}
        changed={changed}
        onChange={choose}
      />
      <Loaded resource={progress}>
        {(data) => (
          <>
            <LifeAreasSection ratings={data.ratings} />
            <ScalesSection data={data} />
            <DeletedCheckins resource={deleted} notice={notice} onChanged={refresh} />
            <MeasuresSection observations={data.observations} />
          </>
        )}
      </Loaded>
    </>
  );
}
