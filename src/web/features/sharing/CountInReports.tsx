// "Count in my service's reports" on the Sharing page (decision 0051): off until the person
// turns it on, with what it means in plain words before they choose, and one button to change
// it. The change is announced through the page's notice; the state is said in words, not only
// by the button's label.
import '../../../domain/i18n/sharing.messages.ts';
import { useState } from 'preact/hooks';
import { t } from '../../../domain/i18n/translate.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { asApiError } from '../../lib/api.ts';
import { chooseOutcomeConsent, useOutcomeConsent } from './outcome-consent.resource.ts';

export function CountInReports({
  personId,
  onChanged,
}: {
  personId: string;
  onChanged: (message: string) => void;
}) {
  const consent = useOutcomeConsent(personId);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const choose = async (optedIn: boolean) => {
    setBusy(true);
    setProblem(null);
    try {
      await chooseOutcomeConsent(personId, optedIn);
      consent.refresh();
      onChanged(t(optedIn ? 'sharing.outcomes.optedIn' : 'sharing.outcomes.optedOut'));
    } catch (error) {
      setProblem(asApiError(error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="panel" aria-labelledby="outcomes-heading">
      <h2 id="outcomes-heading">{t('sharing.outcomes.heading')}</h2>
      <p>{t('sharing.outcomes.intro')}</p>
      <ul>
        <li>{t('sharing.outcomes.anonymous')}</li>
        <li>{t('sharing.outcomes.smallNumbers')}</li>
        <li>{t('sharing.outcomes.forMeOnly')}</li>
        <li>{t('sharing.outcomes.stopAnyTime')}</li>
      </ul>
      {problem && (
        <p role="alert" class="field-error">
          {problem}
        </p>
      )}
      <Loaded resource={consent}>
        {(state) => (
          <>
            <p id="outcomes-state">
              <strong>{t(state.optedIn ? 'sharing.outcomes.on' : 'sharing.outcomes.off')}</strong>
            </p>
            <button
              type="button"
              class={state.optedIn ? 'button button--secondary' : 'button'}
              aria-describedby="outcomes-state"
              disabled={busy}
              onClick={() => choose(!state.optedIn)}
            >
              {t(state.optedIn ? 'sharing.outcomes.optOut' : 'sharing.outcomes.optIn')}
            </button>
          </>
        )}
      </Loaded>
    </section>
  );
}
