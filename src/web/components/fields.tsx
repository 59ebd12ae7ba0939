// Form fields in the GOV.UK pattern: a label, hint text under it, the error message beside
// the input (repeated from the error summary), all tied together with aria-describedby.
import type { ComponentChildren } from 'preact';
import { t } from '../../domain/i18n/translate.ts';

type Common = {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
};

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Hint({ id, hint }: { id: string; hint?: string | undefined }) {
  return hint ? (
    <p class="hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;
}

export function FieldError({ id, error }: { id: string; error?: string | undefined }) {
  return error ? (
    <p class="field-error" id={`${id}-error`}>
      <span class="visually-hidden">{t('errors.prefix')} </span>
      {error}
    </p>
  ) : null;
}

function Wrapper({ error, children }: { error?: string | undefined; children: ComponentChildren }) {
  return <div class={error ? 'field field--error' : 'field'}>{children}</div>;
}

/** A label above its control, then the hint and the error; the control is the child. */
function Labelled({ id, label, hint, error, children }: Common & { children: ComponentChildren }) {
  return (
    <Wrapper error={error}>
      <label class="label" for={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      {children}
    </Wrapper>
  );
}

/** What every labelled control carries: its id and name, and its hint and error tied to it. */
function controlProps({ id, hint, error }: Common) {
  return {
    id,
    name: id,
    'aria-describedby': describedBy(id, hint, error),
    'aria-invalid': error ? true : undefined,
  };
}

type TextFieldProps = Common & {
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'date' | 'tel';
  autoComplete?: string;
  spellcheck?: boolean;
  width?: 'full' | 'half' | 'date';
  /** The keyboard a phone shows: digits only for a one-time code. */
  inputMode?: 'numeric' | 'text';
};

export function TextField(props: TextFieldProps) {
  const { value, onInput, type = 'text', width = 'full' } = props;
  return (
    <Labelled {...props}>
      <input
        class={`input input--${width}`}
        {...controlProps(props)}
        type={type}
        dir="auto"
        value={value}
        autocomplete={props.autoComplete}
        spellcheck={props.spellcheck}
        inputMode={props.inputMode}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </Labelled>
  );
}

type TextAreaProps = Common & { value: string; onInput: (value: string) => void; rows?: number };

/** A new password, with the rules in its hint: the same box wherever an account gets one. */
export function NewPasswordField(props: {
  value: string;
  error?: string | undefined;
  onInput: (value: string) => void;
}) {
  return (
    <TextField
      id="password"
      label={t('field.password')}
      hint={t('field.password.hint')}
      type="password"
      autoComplete="new-password"
      width="half"
      value={props.value}
      error={props.error}
      onInput={props.onInput}
    />
  );
}

export function TextArea(props: TextAreaProps) {
  const { value, onInput, rows = 5 } = props;
  return (
    <Labelled {...props}>
      <textarea
        class="input textarea"
        {...controlProps(props)}
        dir="auto"
        rows={rows}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </Labelled>
  );
}

type Option = { value: string; label: string };

type SelectProps = Common & { value: string; options: Option[]; onChange: (value: string) => void };

export function SelectField(props: SelectProps) {
  const { value, options, onChange } = props;
  return (
    <Labelled {...props}>
      <select
        class="input select"
        {...controlProps(props)}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

type RadiosProps = Common & { value: string; options: Option[]; onChange: (value: string) => void };

/** A group of radios; `id` is the group's name, and the first radio's id is `${id}-first`. */
export function Radios({ id, label, hint, error, value, options, onChange }: RadiosProps) {
  return (
    <Wrapper error={error}>
      <fieldset class="fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend class="label">{label}</legend>
        <Hint id={id} hint={hint} />
        <FieldError id={id} error={error} />
        <div class="radios">
          {options.map((option, index) => {
            const optionId = index === 0 ? `${id}-first` : `${id}-${option.value}`;
            return (
              <div class="radio" key={option.value}>
                <input
                  class="radio__input"
                  type="radio"
                  id={optionId}
                  name={id}
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                />
                <label class="radio__label" for={optionId}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </Wrapper>
  );
}

type CheckboxProps = Common & { checked: boolean; onChange: (checked: boolean) => void };

/** One checkbox with its label beside it, and hint text under the label. */
export function CheckboxField({ id, label, hint, error, checked, onChange }: CheckboxProps) {
  return (
    <Wrapper error={error}>
      <FieldError id={id} error={error} />
      <div class="checkbox">
        <input
          class="checkbox__input"
          type="checkbox"
          id={id}
          name={id}
          checked={checked}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <div>
          <label class="checkbox__label checkbox__label--block" for={id}>
            {label}
          </label>
          <Hint id={id} hint={hint} />
        </div>
      </div>
    </Wrapper>
  );
}
