// The optional note and "for me only" that go with a check-in, a questionnaire, goal ratings
// or a score: the note box (its label and hint vary) and the same checkbox under it.
import '../../domain/i18n/checkins.messages.ts';
import { t } from '../../domain/i18n/translate.ts';
import { CheckboxField, TextArea } from './fields.tsx';

type Props = {
  label: string;
  hint: string;
  rows?: number;
  note: string;
  forMeOnly: boolean;
  error?: string | undefined;
  onNote: (note: string) => void;
  onForMeOnly: (forMeOnly: boolean) => void;
};

/** Ids `note` and `forMeOnly`, so error summaries can link to them. */
export function NoteFields({ label, hint, rows = 3, note, forMeOnly, error, ...on }: Props) {
  return (
    <>
      <TextArea
        id="note"
        label={label}
        hint={hint}
        value={note}
        error={error}
        rows={rows}
        onInput={on.onNote}
      />
      <CheckboxField
        id="forMeOnly"
        label={t('checkinsWeb.forMeOnly')}
        hint={t('checkinsWeb.forMeOnlyHint')}
        checked={forMeOnly}
        onChange={on.onForMeOnly}
      />
    </>
  );
}
