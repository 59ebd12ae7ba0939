import '../../../domain/i18n/goals.messages.ts';
import { t } from '../../../domain/i18n/translate.ts';
import type { GoalStep } from '../../../domain/record/record.schema.ts';

type Props = {
  step: GoalStep;
  first: boolean;
  last: boolean;
  /** While another change is being saved, a tick is refused rather than shown and lost. */
  busy: boolean;
  onToggle: () => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

/** One step: a checkbox to tick it done, and buttons that say which step they act on. */
export function StepItem({ step, first, last, busy, onToggle, onMove, onRemove }: Props) {
  const which = <span class="visually-hidden">{t('goal.steps.which', { text: step.text })}</span>;
  return (
    <li class="step">
      <div class="checkbox">
        <input
          class="checkbox__input"
          type="checkbox"
          id={`step-${step.id}`}
          checked={step.done}
          onClick={(event) => busy && event.preventDefault()}
          onChange={onToggle}
        />
        <label class="checkbox__label" for={`step-${step.id}`}>
          <span class="step__text">{step.text}</span>
          {step.done && <span class="tag">{t('goal.steps.done')}</span>}
        </label>
      </div>
      <div class="step__actions">
        {!first && (
          <button
            type="button"
            class="button button--secondary button--small"
            id={`up-${step.id}`}
            onClick={() => onMove(-1)}
          >
            {t('goal.steps.moveUp')} {which}
          </button>
        )}
        {!last && (
          <button
            type="button"
            class="button button--secondary button--small"
            id={`down-${step.id}`}
            onClick={() => onMove(1)}
          >
            {t('goal.steps.moveDown')} {which}
          </button>
        )}
        <button type="button" class="button button--small button--quiet" onClick={onRemove}>
          {t('goal.steps.removeShort')} {which}
        </button>
      </div>
    </li>
  );
}
