// The words of a suggestion, to write or to change before accepting: the parts of each kind
// that are words (a goal's title, why, who helps and steps; About me; the plans' lines). Other
// parts (dates, the life area, how a goal is going) are kept as they are.
import '../../../domain/i18n/suggestions.messages.ts';
import { t } from '../../../domain/i18n/translate.ts';
import type { SuggestableKind } from '../../../domain/suggestions/suggestion.schema.ts';
import { TextArea, TextField } from '../../components/fields.tsx';
import type { FieldErrors } from '../../lib/form.ts';

type Data = Record<string, unknown>;
type Step = { id: string; text: string; done: boolean };

/** The fields that are words, by kind; `lines` are lists of short lines, one a line. */
const WORDS: Record<SuggestableKind, { text: string[]; lines: string[] }> = {
  goal: { text: ['title', 'why', 'whoHelps'], lines: [] },
  about_me: {
    text: [
      'strengths',
      'values',
      'whatMatters',
      'identity',
      'culture',
      'whenWell',
      'howToSupportMe',
    ],
    lines: [],
  },
  staying_well: { text: [], lines: ['daily', 'weekly'] },
  after_crisis: { text: ['backOnTrack', 'learned'], lines: [] },
  moving_on: { text: ['wayBack', 'whatToSay', 'helpedBefore'], lines: ['earlyWarningSigns'] },
  crisis_plan: {
    text: [
      'signs',
      'whatHelps',
      'whatDoesNotHelp',
      'treatment',
      'medication',
      'allergies',
      'placesOfCare',
      'noLongerApplies',
    ],
    lines: [],
  },
  safety_plan: {
    text: [],
    lines: ['warningSigns', 'onMyOwn', 'peopleAndPlaces', 'saferSurroundings', 'reasonsForLiving'],
  },
};

const label = (key: string) => t(`suggestions.field.${key}` as Parameters<typeof t>[0]);

type Props = {
  kind: SuggestableKind;
  data: Data;
  onChange: (data: Data) => void;
  errors: FieldErrors;
  /** Ids are prefixed so two editors on a page never share one. */
  idPrefix: string;
  /** A goal's "add a step" box (making a suggestion). */
  newStep?: { value: string; onInput: (value: string) => void };
};

export function SuggestionFields({ kind, data, onChange, errors, idPrefix, newStep }: Props) {
  const words = WORDS[kind];
  const set = (key: string, value: unknown) => onChange({ ...data, [key]: value });
  const steps = kind === 'goal' ? ((data.steps as Step[] | undefined) ?? []) : [];
  const id = (field: string) => `${idPrefix}-${field}`;
  const error = (field: string) => errors[`data.${field}`];
  return (
    <>
      {words.text.map((key) =>
        key === 'title' ? (
          <TextField
            key={key}
            id={id(key)}
            label={label(key)}
            value={String(data[key] ?? '')}
            error={error(key)}
            onInput={(value) => set(key, value)}
          />
        ) : (
          <TextArea
            key={key}
            id={id(key)}
            label={label(key)}
            value={String(data[key] ?? '')}
            error={error(key)}
            onInput={(value) => set(key, value)}
          />
        ),
      )}
      {words.lines.map((key) => (
        <TextArea
          key={key}
          id={id(key)}
          label={label(key)}
          value={((data[key] as string[] | undefined) ?? []).join('\n')}
          error={error(key)}
          onInput={(value) => set(key, value.split('\n'))}
        />
      ))}
      {steps.map((step, index) => (
        <TextField
          key={step.id}
          id={id(`steps.${index}.text`)}
          label={t('suggest.step', { n: index + 1 })}
          value={step.text}
          error={error(`steps.${index}.text`)}
          onInput={(value) =>
            set(
              'steps',
              steps.map((s) => (s.id === step.id ? { ...s, text: value } : s)),
            )
          }
        />
      ))}
      {newStep && (
        <TextField
          id={id('newStep')}
          label={t('suggest.newStep')}
          value={newStep.value}
          onInput={newStep.onInput}
        />
      )}
    </>
  );
}

/** Lines typed in a box, without the empty ones, as a plan keeps them. */
export function tidy(kind: SuggestableKind, data: Data): Data {
  const out = { ...data };
  for (const key of WORDS[kind].lines) {
    out[key] = ((out[key] as string[] | undefined) ?? []).map((l) => l.trim()).filter(Boolean);
  }
  return out;
}
