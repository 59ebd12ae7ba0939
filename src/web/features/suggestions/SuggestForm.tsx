// Suggesting a change, for someone the person gave "suggest" on a section: the words as they
// are now, to change (and for a goal, a step to add), sent as a suggestion made against the
// version shown. Nothing in the person's record changes until they accept it (decision 0029).
// Loaded only when someone opens it (SuggestLink), so shared pages carry none of it.
import '../../../domain/i18n/suggestions.messages.ts';
import { useState } from 'preact/hooks';
import { t } from '../../../domain/i18n/translate.ts';
import { ITEM_SCHEMAS } from '../../../domain/record/item-schemas.ts';
import {
  SUGGESTABLE,
  type SuggestableKind,
} from '../../../domain/suggestions/suggestion.schema.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { api, asApiError, recordPath } from '../../lib/api.ts';
import { type FieldErrors, newStepId, serverFieldErrors, validate } from '../../lib/form.ts';
import { sentence } from '../../lib/own-words.tsx';
import { useResource } from '../../lib/resource.ts';
import { useRecord } from '../record/RecordContext.tsx';
import { SuggestionFields, tidy } from './SuggestionFields.tsx';
import { suggestions } from './suggestions.resource.ts';

type Data = Record<string, unknown>;
type Shown = { itemId: string | null; version: number; data: Data };

const NEW_GOAL: Data = {
  title: '',
  why: '',
  lifeAreaId: null,
  steps: [],
  whoHelps: '',
  targetDate: null,
  status: 'not_started',
};

function Form({ kind, shown, name }: { kind: SuggestableKind; shown: Shown; name: string }) {
  const record = useRecord();
  const [data, setData] = useState<Data>(shown.data);
  const [newStep, setNewStep] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  if (sent) {
    return (
      <p class="notice" role="status">
        {sentence('suggest.sent', { name })}
      </p>
    );
  }

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    let words = tidy(kind, data);
    if (kind === 'goal' && newStep.trim() !== '') {
      const steps = (words.steps as unknown[]) ?? [];
      words = {
        ...words,
        steps: [...steps, { id: newStepId(), text: newStep.trim(), done: false }],
      };
    }
    // Checked here with the same schema as the server's, which checks again.
    const checked = validate(ITEM_SCHEMAS[kind], words);
    if (!checked.ok) {
      const named = Object.entries(checked.errors).map(([field, message]) => [
        `data.${field}`,
        message,
      ]);
      setErrors(Object.fromEntries(named));
      setProblem(null);
      setAttempt((n) => n + 1);
      setBusy(false);
      return;
    }
    try {
      await suggestions(record.personId).make(kind, {
        itemId: shown.itemId,
        baseVersion: shown.version,
        data: words,
      });
      setSent(true);
    } catch (error) {
      const failed = asApiError(error);
      setErrors(serverFieldErrors(failed));
      setProblem(failed.fields.length > 0 ? null : failed.message);
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="form" noValidate onSubmit={submit}>
      <ErrorSummary
        errors={errors}
        formError={problem}
        attempt={attempt}
        idFor={(field) => `suggest-${field.replace(/^data\./, '')}`}
      />
      <SuggestionFields
        kind={kind}
        data={data}
        onChange={setData}
        errors={errors}
        idPrefix="suggest"
        newStep={kind === 'goal' ? { value: newStep, onInput: setNewStep } : undefined}
      />
      <div class="button-group">
        <button type="submit" class="button" disabled={busy}>
          {t('suggest.send')}
        </button>
      </div>
    </form>
  );
}

/**
 * Opened in place from "Suggest a change" on a shared page (SuggestLink): a goal by id, a new
 * goal, or a one-per-person document, read as it is now and sent against that version.
 */
export function SuggestForm({ kind, id }: { kind: SuggestableKind; id?: string | undefined }) {
  const record = useRecord();
  const resource = useResource<Shown>(
    async (signal) => {
      if (kind === 'goal' && !id) return { itemId: null, version: 0, data: NEW_GOAL };
      const path =
        kind === 'goal' ? `/goals/${encodeURIComponent(id ?? '')}` : `/${SUGGESTABLE[kind].path}`;
      const body = await api.get<{ id?: string; version: number; data: Data }>(
        recordPath(record.personId, path),
        signal,
      );
      const itemId = kind === 'goal' ? (body.id ?? null) : null;
      return { itemId, version: body.version, data: body.data };
    },
    [record.personId, kind, id],
  );
  const title =
    kind === 'goal' && !id
      ? sentence('suggest.titleNew', { name: record.personName })
      : t('suggest.title', { what: t(`suggestions.what.${kind}`) });
  return (
    <section class="panel" aria-labelledby="suggest-title">
      <h2 id="suggest-title">{title}</h2>
      <p>{sentence('suggest.intro', { name: record.personName })}</p>
      <Loaded resource={resource}>
        {(shown) => <Form kind={kind} shown={shown} name={record.personName} />}
      </Loaded>
    </section>
  );
}
