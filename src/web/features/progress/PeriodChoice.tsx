// "How far back to show": 3 months, 1 year or all, as a group of radios drawn as boxes in a
// row (the real radio sits under each box, as on the check-in scales), so keyboard and screen
// readers work as usual. Once the person changes it, a status line says what is shown when the
// new answers have come.
import '../../../domain/i18n/progress.messages.ts';
import { CHART_PERIODS, type ChartPeriod } from '../../../domain/checkins/chart.ts';
import { t } from '../../../domain/i18n/translate.ts';

export function PeriodChoice(props: {
  /** The period chosen. */
  value: ChartPeriod;
  /** The period the charts on screen show (the last one until the new answers come). */
  shown: ChartPeriod | undefined;
  /** Whether the person has changed it: only then is the change announced. */
  changed: boolean;
  onChange: (period: ChartPeriod) => void;
}) {
  const { value, shown, changed, onChange } = props;
  const status = !changed
    ? ''
    : shown === value
      ? t(`progress.showing.${value}`)
      : t('app.loading');
  return (
    <div class="field period">
      <fieldset class="fieldset" aria-describedby="period-hint">
        <legend class="label">{t('progress.periodLegend')}</legend>
        <p class="hint" id="period-hint">
          {t('progress.periodHint')}
        </p>
        <div class="scale__options" data-count={CHART_PERIODS.length}>
          {CHART_PERIODS.map((period) => (
            <div class="scale__option" key={period}>
              <input
                class="scale__input"
                type="radio"
                id={`period-${period}`}
                name="period"
                value={period}
                checked={value === period}
                onChange={() => onChange(period)}
              />
              <label class="scale__label period__label" for={`period-${period}`}>
                {t(`progress.period.${period}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <p class="period__status" role="status">
        {status}
      </p>
    </div>
  );
}
