// Changing what one person sees: a checkbox per section (not shared / can see), an optional
// end date, the advance choice document with the crisis plan, and whether to tell them. The
// change applies on their very next request.
import '../../../domain/i18n/sharing.messages.ts';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../../domain/i18n/translate.ts';
import type { Section } from '../../../domain/record/sections.ts';
import type { PersonWithAccess, SharedSections } from '../../../domain/sharing/grants.schema.ts';
import { SHAREABLE_SECTIONS } from '../../../domain/sharing/share-choices.ts';
import { DateField } from '../../components/DateField.tsx';
import { asApiError } from '../../lib/api.ts';
import { validate } from '../../lib/form.ts';
import { usePrefetch } from '../../lib/lazy-schema.ts';
import { sentence } from '../../lib/own-words.tsx';
import { chosenSections, SectionChoices } from './SectionChoices.tsx';
import { changeSharing } from './sharing-settings.resource.ts';
import { YesNo } from './YesNo.tsx';

/** The shared check of a date, loaded once the form is on screen (lib/lazy-schema.ts). */
const endDate = () => import('../../lib/date-check.ts').then((m) => m.calendarDate());

/** The date part (YYYY-MM-DD) of an end time, in the person's own time zone. */
function dateOf(iso: string | null): string {
  if (iso === null) return '';
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** Access lasts to the end of the chosen day, in the person's own time zone. */
const endOfDay = (date: string) => new Date(`${date}T23:59:59`).toISOString();

export function ChangeAccessForm({
  personId,
  person,
  onDone,
  onCancel,
}: {
  personId: string;
  person: PersonWithAccess;
  onDone: (message: ComponentChildren) => void;
  onCancel: () => void;
}) {
  const [shared, setShared] = useState<ReadonlySet<Section>>(
    new Set(SHAREABLE_SECTIONS.filter((s) => person.sections[s] !== undefined)),
  );
  const [suggest, setSuggest] = useState<ReadonlySet<Section>>(
    new Set(SHAREABLE_SECTIONS.filter((s) => person.sections[s] === 'suggest')),
  );
  const [endsAt, setEndsAt] = useState(dateOf(person.endsAt));
  const [advanceChoice, setAdvanceChoice] = useState(person.advanceChoice);
  const [tellThem, setTellThem] = useState<'yes' | 'no'>('yes');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ message: string; endsAt?: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const id = `change-${person.relationshipId}`;
  usePrefetch(endDate);

  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const sections: SharedSections = chosenSections(shared, suggest);
    try {
      // A date that does not exist is said so, not taken as "no end date".
      const date = endsAt === '' ? null : await validate(endDate, endsAt);
      if (date && !date.ok) {
        const wrongDate = date.errors.form ?? '';
        setBusy(false);
        return setProblem({ message: wrongDate, endsAt: wrongDate });
      }
      setProblem(null);
      await changeSharing(personId, person.relationshipId, {
        sections,
        endsAt: endsAt === '' ? null : endOfDay(endsAt),
        advanceChoice: advanceChoice && shared.has('crisis_plan'),
        tellThem: tellThem === 'yes',
      });
      onDone(sentence('sharing.changed', { name: person.knownAs }));
    } catch (error) {
      const failure = asApiError(error);
      const field = failure.fields?.find((f) => f.field === 'endsAt');
      setProblem({ message: failure.message, ...(field ? { endsAt: field.message } : {}) });
      setBusy(false);
    }
  };

  return (
    <form class="panel" onSubmit={save} noValidate>
      <h3 ref={heading} tabIndex={-1}>
        {sentence('sharing.changeHeading', { name: person.knownAs })}
      </h3>
      {problem && (
        <p role="alert" class="field-error">
          {problem.endsAt ?? problem.message}
        </p>
      )}
      <SectionChoices
        id={id}
        legend={sentence('sharing.sectionLegend', { name: person.knownAs })}
        shared={shared}
        suggest={suggest}
        onShared={setShared}
        onSuggest={setSuggest}
      />
      {shared.has('crisis_plan') && (
        <div class="checkbox">
          <input
            class="checkbox__input"
            type="checkbox"
            id={`${id}-advance-choice`}
            checked={advanceChoice}
            onChange={() => setAdvanceChoice(!advanceChoice)}
          />
          <label class="checkbox__label" for={`${id}-advance-choice`}>
            {t('sharing.advanceChoice')}
          </label>
        </div>
      )}
      <DateField
        id={`${id}-ends-at`}
        label={t('sharing.endsAtLabel')}
        hint={t('sharing.endsAtHint')}
        value={endsAt}
        error={problem?.endsAt}
        onInput={setEndsAt}
      />
      <YesNo
        id={`${id}-tell`}
        label={t('sharing.tellThem')}
        value={tellThem}
        onChange={setTellThem}
      />
      <div class="button-group">
        <button type="submit" class="button" disabled={busy}>
          {t('sharing.save')}
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel}>
          {t('sharing.cancel')}
        </button>
      </div>
    </form>
  );
}
