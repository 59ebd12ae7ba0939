// Beside the staying-well plan: whom to tell when the person says in a check-in that one of
// their early warning signs is there. Only people they share with now can be ticked; ticking
// nobody turns it off. Those told see only "<Name> would like you to check in with them".
import '../../../domain/i18n/notifications.messages.ts';
import { useState } from 'preact/hooks';
import { t } from '../../../domain/i18n/translate.ts';
import type { AlertChoice } from '../../../domain/notifications/alerts.schema.ts';
import { CheckboxField } from '../../components/fields.tsx';
import { asApiError } from '../../lib/api.ts';
import { sentence } from '../../lib/own-words.tsx';
import { alerts, useAlertChoice } from './notifications.resource.ts';

function AlertForm({
  personId,
  name,
  saved,
}: {
  personId: string;
  name: string;
  saved: AlertChoice;
}) {
  const [chosen, setChosen] = useState(new Set(saved.relationshipIds));
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  if (saved.candidates.length === 0) return <p>{t('alerts.none')}</p>;
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
    setStatus('idle');
  };
  const save = async (event: Event) => {
    event.preventDefault();
    setStatus('saving');
    setProblem(null);
    try {
      const answer = await alerts.choose(personId, [...chosen]);
      setChosen(new Set(answer.relationshipIds));
      setStatus('saved');
    } catch (error) {
      // A refused choice names the person it refuses in its field's message.
      const refused = asApiError(error);
      setProblem(
        refused.fields[0]?.message ??
          (refused.status === 400 ? refused.message : t('alerts.saveFailed')),
      );
      setStatus('failed');
    }
  };
  return (
    <form onSubmit={save} noValidate>
      <fieldset class="fieldset">
        <legend class="label">{t('alerts.legend')}</legend>
        <p class="hint">{sentence('alerts.intro', { name })}</p>
        <p class="hint">{t('alerts.forMeOnly')}</p>
        {saved.candidates.map((c) => (
          <CheckboxField
            key={c.relationshipId}
            id={`alert-${c.relationshipId}`}
            label={c.knownAs}
            checked={chosen.has(c.relationshipId)}
            onChange={(on) => toggle(c.relationshipId, on)}
          />
        ))}
      </fieldset>
      <p role="status">
        {status === 'saved' ? (chosen.size > 0 ? t('alerts.saved') : t('alerts.savedNone')) : ''}
      </p>
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" class="button" disabled={status === 'saving'}>
        {t('alerts.save')}
      </button>
    </form>
  );
}

export function EarlyWarningAlerts({ personId, name }: { personId: string; name: string }) {
  const choice = useAlertChoice(personId);
  return (
    <section aria-labelledby="alerts-title" class="panel no-print">
      <h2 id="alerts-title">{t('alerts.title')}</h2>
      {choice.state.status === 'loading' && (
        <p class="loading" role="status">
          {t('app.loading')}
        </p>
      )}
      {/* Not an alert: the plan's own form may be showing one, and this part is secondary. */}
      {choice.state.status === 'error' && (
        <p>
          {t('alerts.loadFailed')}{' '}
          <button type="button" class="button button--secondary" onClick={choice.retry}>
            {t('app.tryAgain')}
          </button>
        </p>
      )}
      {(choice.state.status === 'ready' || choice.state.status === 'empty') && (
        <AlertForm personId={personId} name={name} saved={choice.state.data} />
      )}
    </section>
  );
}
