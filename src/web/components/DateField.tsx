// A date as three boxes, day, month and year (the GOV.UK date input): no picker that quietly
// drops a date that does not exist. The boxes show exactly what was typed; the form gets one
// value (domain/date-parts.ts) that its schema checks (calendarDate), and a date that is not
// real is refused with words that say what is wrong (domain/date-words.ts, loaded with it).
import { useEffect, useState } from 'preact/hooks';
import { type DateParts, joinDate, splitDate } from '../../domain/date-parts.ts';
import { locale, t } from '../../domain/i18n/translate.ts';
import { FieldError } from './fields.tsx';

let dateWordsAsked = false;

/**
 * The detailed words about dates that are not real, loaded once a date field is on the page,
 * and given to the shared date check, which comes with the form's schema after the page is on
 * screen (lib/lazy-schema.ts).
 */
function loadDateWords(): void {
  if (dateWordsAsked) return;
  dateWordsAsked = true;
  Promise.all([import('../../domain/date-words.ts'), import('../lib/date-check.ts')]).then(
    ([{ installDateWords }, { explainDatesWith }]) =>
      installDateWords({ locale, explainDatesWith }),
    () => {
      // No connection to load them: a date that is not real is refused with the general words.
      dateWordsAsked = false;
    },
  );
}

type Props = {
  /** The day box's id (the error summary links to it); the others add -month and -year. */
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  /** '' for no date, YYYY-MM-DD, or the boxes as typed when not a real date yet. */
  value: string;
  onInput: (value: string) => void;
};

const PARTS = ['day', 'month', 'year'] as const;

export function DateField({ id, label, hint, error, value, onInput }: Props) {
  useEffect(loadDateWords, []);
  // The boxes as typed: "2" stays "2" here while the value says "02".
  const [typed, setTyped] = useState<DateParts>(() => splitDate(value));
  const shown = joinDate(typed) === value ? typed : splitDate(value);
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <fieldset
        class="fieldset"
        aria-describedby={described.length > 0 ? described.join(' ') : undefined}
      >
        <legend class="label">{label}</legend>
        {hint && (
          <p class="hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        <FieldError id={id} error={error} />
        <div class="date-input">
          {PARTS.map((part) => (
            <div class={`date-input__item date-input__${part}`} key={part}>
              <label class="label date-input__label" for={part === 'day' ? id : `${id}-${part}`}>
                {t(`date.${part}`)}
              </label>
              <input
                class="input"
                id={part === 'day' ? id : `${id}-${part}`}
                inputMode="numeric"
                dir="auto"
                autocomplete="off"
                aria-invalid={error ? true : undefined}
                value={shown[part]}
                onInput={(event) => {
                  const next = { ...shown, [part]: event.currentTarget.value };
                  setTyped(next);
                  onInput(joinDate(next));
                }}
              />
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
