// One question of a measure, drawn by its FHIR item type: choices and yes/no as radios,
// numbers and short answers as text inputs, longer answers as a text area, display items as
// text, and groups as a fieldset around their questions.
import '../../../domain/i18n/measures.messages.ts';
import { t } from '../../../domain/i18n/translate.ts';
import type { QuestionnaireItem } from '../../../domain/measures/questionnaire.schema.ts';
import { Radios, TextArea, TextField } from '../../components/fields.tsx';

export type Values = Readonly<Record<string, string>>;

type Props = {
  item: QuestionnaireItem;
  values: Values;
  enabled: ReadonlySet<string>;
  errors: Readonly<Record<string, string>>;
  onChange: (linkId: string, value: string) => void;
};

export const fieldId = (linkId: string) => `q-${linkId}`;
/** Where the error summary sends focus for a question. */
export const focusId = (item: QuestionnaireItem) =>
  item.type === 'choice' || item.type === 'boolean'
    ? `${fieldId(item.linkId)}-first`
    : fieldId(item.linkId);

const questionText = (item: QuestionnaireItem) =>
  [item.prefix, item.text ?? item.linkId].filter(Boolean).join(' ');

export function QuestionField({ item, values, enabled, errors, onChange }: Props) {
  if (!enabled.has(item.linkId)) return null;
  const id = fieldId(item.linkId);
  const label = questionText(item);
  const common = { id, label, error: errors[item.linkId] };
  const value = values[item.linkId] ?? '';
  const set = (next: string) => onChange(item.linkId, next);

  switch (item.type) {
    case 'group':
      return (
        <fieldset class="fieldset question-group">
          {item.text && <legend class="label">{questionText(item)}</legend>}
          {(item.item ?? []).map((child) => (
            <QuestionField
              key={child.linkId}
              item={child}
              values={values}
              enabled={enabled}
              errors={errors}
              onChange={onChange}
            />
          ))}
        </fieldset>
      );
    case 'display':
      return <p class="question-display">{label}</p>;
    case 'choice':
      return (
        <Radios
          {...common}
          value={value}
          options={(item.answerOption ?? []).map((option) => ({
            value: option.valueCoding.code ?? '',
            label: option.valueCoding.display ?? option.valueCoding.code ?? '',
          }))}
          onChange={set}
        />
      );
    case 'boolean':
      return (
        <Radios
          {...common}
          value={value}
          options={[
            { value: 'true', label: t('measuresWeb.yes') },
            { value: 'false', label: t('measuresWeb.no') },
          ]}
          onChange={set}
        />
      );
    case 'text':
      return <TextArea {...common} value={value} onInput={set} rows={4} />;
    default:
      // integer, decimal and string
      return <TextField {...common} value={value} onInput={set} width="half" />;
  }
}
