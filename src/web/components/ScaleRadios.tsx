// One check-in scale as a radio group: a fieldset with the scale's name as its legend and the
// numbers as equal boxes. On a narrow phone they fall into two even rows (1–4 over 5–7, 0–5
// over 6–10), never a lone number under the first; with room, one row (checkins.css). What the
// two ends mean is said once in the hint, and again in the end boxes' names for screen readers.
import '../../domain/i18n/checkins.messages.ts';
import { t } from '../../domain/i18n/translate.ts';
import { FieldError } from './fields.tsx';

type Props = {
  /** Prefix for the radios' ids; the first radio is `${id}-${min}`. */
  id: string;
  legend: string;
  min: number;
  max: number;
  value: number | undefined;
  lowWords: string;
  highWords: string;
  error?: string | undefined;
  onChange: (value: number) => void;
};

export function ScaleRadios({
  id,
  legend,
  min,
  max,
  value,
  lowWords,
  highWords,
  error,
  onChange,
}: Props) {
  const values = Array.from({ length: max - min + 1 }, (_, index) => min + index);
  const hintId = `${id}-hint`;
  return (
    <div class={error ? 'field field--error scale-field' : 'field scale-field'}>
      <fieldset class="fieldset scale" aria-describedby={error ? `${hintId} ${id}-error` : hintId}>
        <legend class="label">{legend}</legend>
        <p class="hint" id={hintId}>
          {t('checkinsWeb.scaleHint', { min, low: lowWords, max, high: highWords })}
        </p>
        <FieldError id={id} error={error} />
        <div class="scale__options" data-count={values.length}>
          {values.map((number) => {
            const optionId = `${id}-${number}`;
            const words = number === min ? lowWords : number === max ? highWords : null;
            return (
              <div class="scale__option" key={number}>
                <input
                  class="scale__input"
                  type="radio"
                  id={optionId}
                  name={id}
                  value={String(number)}
                  checked={value === number}
                  onChange={() => onChange(number)}
                />
                <label class="scale__label" for={optionId}>
                  <span class="scale__number">{number}</span>
                  {words && <span class="visually-hidden"> {words}</span>}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
