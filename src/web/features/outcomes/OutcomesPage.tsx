// The Outcomes page (issue 16, decision 0053): for a service admin (the whole service or one
// team) and a team lead (their own team), a period of whole months, then for each life area,
// check-in scale and questionnaire: people counted, first, latest and change, how many had each
// value (a chart with a table beside it), reliable change and recovery where the measure
// publishes them; goals set and achieved, reviews held; and the same table as a CSV download.
// Small numbers show as "*", said in plain words. Nobody is named anywhere on it.
import '../../../domain/i18n/outcome-reports.messages.ts';
import '../../../domain/i18n/services.messages.ts';
import '../../../domain/i18n/checkins.messages.ts';
import '../../../domain/i18n/life-areas.messages.ts';
import '../../../domain/i18n/framings.messages.ts';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { formatNumber, type MessageKey, t } from '../../../domain/i18n/translate.ts';
import type { OutcomeReport, SeriesReport } from '../../../domain/outcomes/report.schema.ts';
import { MAX_REPORT_MONTHS } from '../../../domain/outcomes/report-guards.ts';
import { lastTwelveMonths, periodProblem } from '../../../domain/outcomes/report-request.ts';
import { seriesName } from '../../../domain/outcomes/report-series-names.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useForm, validate } from '../../lib/form.ts';
import { usePrefetch } from '../../lib/lazy-schema.ts';
import { useResource } from '../../lib/resource.ts';
import { useAccountRole } from '../../lib/session.tsx';
import { DistributionChart } from './DistributionChart.tsx';
import {
  outcomeCsvUrl,
  outcomeReport,
  type ReportAsk,
  type ReportChoices,
  reportChoices,
} from './outcomes.resource.ts';

const querySchema = () =>
  import('../../../domain/outcomes/report-request.schema.ts').then(
    (m) => m.outcomeReportQuerySchema,
  );

/** A figure as shown: "*" when hidden, a dash when there is none (a mean over nobody). */
const shown = (value: number | '*' | null) =>
  value === null ? '–' : value === '*' ? '*' : formatNumber(value);
const percent = (value: number | '*' | null) =>
  value === null || value === '*'
    ? shown(value)
    : t('outcomeReport.percent', { value: formatNumber(value) });

function Figures({ rows }: { rows: [MessageKey, string][] }) {
  return (
    <dl class="summary-list">
      {rows.map(([key, value]) => (
        <div key={key}>
          <dt>{t(key)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function SeriesSection({ series }: { series: SeriesReport }) {
  const name = seriesName(series.series, t, series.title);
  const id = series.series.replaceAll(/[^a-z0-9]/gi, '-');
  const hasPairs = series.peopleWithPair !== '*' && series.peopleWithPair > 0;
  return (
    <section class="card" aria-labelledby={`${id}-title`}>
      <h4 class="card__title" id={`${id}-title`}>
        {name}
      </h4>
      <p class="hint">
        {t(series.higherIsBetter ? 'outcomeReport.higherBetter' : 'outcomeReport.lowerBetter')}
      </p>
      <Figures rows={[['outcomes.figure.peopleWithPair', shown(series.peopleWithPair)]]} />
      {hasPairs ? (
        <>
          <Figures
            rows={[
              ['outcomes.figure.meanFirst', shown(series.mean.first)],
              ['outcomes.figure.meanLatest', shown(series.mean.latest)],
              ['outcomes.figure.meanChange', shown(series.mean.change)],
            ]}
          />
          <DistributionChart
            id={`${id}-table`}
            bands={series.distribution}
            title={`${name}: ${t('outcomeReport.chart.title')}`}
          />
          {series.reliableChange && (
            <>
              <h5>{t('outcomeReport.reliable.title', { points: series.reliableChange.points })}</h5>
              <Figures
                rows={[
                  [
                    'outcomes.figure.improved',
                    `${shown(series.reliableChange.improved)} (${percent(series.reliableChange.improvedPercent)})`,
                  ],
                  [
                    'outcomes.figure.noChange',
                    `${shown(series.reliableChange.noChange)} (${percent(series.reliableChange.noChangePercent)})`,
                  ],
                  [
                    'outcomes.figure.deteriorated',
                    `${shown(series.reliableChange.deteriorated)} (${percent(series.reliableChange.deterioratedPercent)})`,
                  ],
                ]}
              />
              <p class="hint">
                {t('outcomeReport.source', { source: series.reliableChange.source })}
              </p>
            </>
          )}
          {series.recovery && (
            <>
              <h5>{t('outcomeReport.recovery.title', { atOrAbove: series.recovery.atOrAbove })}</h5>
              <Figures
                rows={[
                  ['outcomes.figure.casesAtFirst', shown(series.recovery.casesAtFirst)],
                  [
                    'outcomes.figure.recovered',
                    `${shown(series.recovery.recovered)} (${percent(series.recovery.recoveredPercent)})`,
                  ],
                  ['outcomes.figure.notRecovered', shown(series.recovery.notRecovered)],
                ]}
              />
              <p class="hint">{t('outcomeReport.source', { source: series.recovery.source })}</p>
            </>
          )}
        </>
      ) : (
        <p>{t('outcomeReport.noPairs')}</p>
      )}
    </section>
  );
}

const KINDS = [
  ['life_area', 'outcomeReport.lifeAreas'],
  ['checkin', 'outcomeReport.checkins'],
  ['measure', 'outcomeReport.measures'],
] as const;

function Report({ report, csv }: { report: OutcomeReport; csv: string }) {
  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title">{t('outcomeReport.totals')}</h2>
      <p>
        {t('outcomeReport.hidden', { min: report.policy.hideBelow })}{' '}
        {t('outcomeReport.rounded', { roundTo: report.policy.roundTo })}
      </p>
      <p>
        <a href={csv} download>
          {t('outcomeReport.download')}
        </a>
      </p>
      <Figures
        rows={[
          ['outcomes.figure.peopleCounted', shown(report.peopleCounted)],
          ['outcomes.figure.goalsSet', shown(report.goalsSet)],
          ['outcomes.figure.goalsAchieved', shown(report.goalsAchieved)],
          ['outcomes.figure.reviewsHeld', shown(report.reviewsHeld)],
        ]}
      />
      {KINDS.map(([kind, heading]) => {
        const series = report.series.filter((s) => s.kind === kind);
        return series.length === 0 ? null : (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h3 id={`kind-${kind}`}>{t(heading)}</h3>
            {series.map((s) => (
              <SeriesSection key={s.series} series={s} />
            ))}
          </section>
        );
      })}
    </section>
  );
}

function ReportForm({ choices }: { choices: ReportChoices }) {
  const first = choices.whole ? '' : (choices.teams[0]?.id ?? '');
  const form = useForm<ReportAsk>({ ...lastTwelveMonths(new Date()), team: first });
  const { values, errors } = form;
  const [shownReport, setShownReport] = useState<{ report: OutcomeReport; ask: ReportAsk } | null>(
    null,
  );
  usePrefetch(querySchema);
  const submit = (event: Event) => {
    event.preventDefault();
    return form.run(async () => {
      const query = {
        from: values.from.trim(),
        to: values.to.trim(),
        ...(values.team ? { team: values.team } : {}),
      };
      const checked = await validate(querySchema, query);
      if (!checked.ok) return form.showErrors(checked.errors);
      const problem = periodProblem(checked.data.from, checked.data.to);
      if (problem) {
        setShownReport(null);
        return form.showErrors({ to: t(`error.${problem}`, { max: MAX_REPORT_MONTHS }) });
      }
      form.clearErrors();
      const ask = { from: checked.data.from, to: checked.data.to, team: values.team };
      setShownReport(null);
      setShownReport({ report: await outcomeReport(choices.serviceId, ask), ask });
    });
  };
  const teamOptions = [
    ...(choices.whole ? [{ value: '', label: t('outcomeReport.wholeService') }] : []),
    ...choices.teams.map((team) => ({ value: team.id, label: team.name })),
  ];
  return (
    <>
      <section aria-labelledby="choose-title">
        <h2 id="choose-title">{t('outcomeReport.choose')}</h2>
        <ErrorSummary errors={errors} formError={form.formError} attempt={form.attempt} />
        <form class="form" noValidate onSubmit={submit}>
          <TextField
            id="from"
            label={t('outcomeReport.from')}
            hint={t('outcomeReport.monthHint')}
            width="half"
            autoComplete="off"
            value={values.from}
            error={errors.from}
            onInput={(value) => form.set('from', value)}
          />
          <TextField
            id="to"
            label={t('outcomeReport.to')}
            hint={t('outcomeReport.monthHint')}
            width="half"
            autoComplete="off"
            value={values.to}
            error={errors.to}
            onInput={(value) => form.set('to', value)}
          />
          <SelectField
            id="team"
            label={t('outcomeReport.team')}
            value={values.team}
            error={errors.team}
            options={teamOptions}
            onChange={(value) => form.set('team', value)}
          />
          <button type="submit" class="button" disabled={form.busy}>
            {t('outcomeReport.show')}
          </button>
        </form>
      </section>
      {form.busy && (
        <p class="loading" role="status">
          {t('app.loading')}
        </p>
      )}
      {shownReport && !form.busy && (
        <Report
          report={shownReport.report}
          csv={outcomeCsvUrl(choices.serviceId, shownReport.ask)}
        />
      )}
    </>
  );
}

export function OutcomesPage() {
  // Only the signed-in account's role: a report is about no one's record.
  const role = useAccountRole();
  const choices = useResource(
    (signal) => reportChoices(role, signal),
    [role],
    (found) => found === null,
  );
  const { state } = choices;
  return (
    <>
      <PageHeading title={t('outcomeReport.title')} />
      {role === 'service_admin' && (
        <p>
          <Link href="/">{t('service.back')}</Link>
        </p>
      )}
      <p class="lead">{t('outcomeReport.intro')}</p>
      {state.status === 'loading' && (
        <p class="loading" role="status">
          {t('app.loading')}
        </p>
      )}
      {state.status === 'error' && (
        <div role="alert">
          <p class="problem">{t('app.loadFailed')}</p>
          <button type="button" class="button button--secondary" onClick={choices.retry}>
            {t('app.tryAgain')}
          </button>
        </div>
      )}
      {state.status === 'empty' && (
        <p>
          {role === 'practitioner' ? t('outcomeReport.noTeams') : t('outcomeReport.notAllowed')}
        </p>
      )}
      {state.status === 'ready' && state.data && <ReportForm choices={state.data} />}
    </>
  );
}
