// "Share this entry": the journal is private as a section, but the person can share one
// entry with someone who already has access. Owner only; the change applies at once.
import '../../../domain/i18n/journal.messages.ts';
import { useState } from 'preact/hooks';
import { t } from '../../../domain/i18n/translate.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { asApiError } from '../../lib/api.ts';
import {
  shareEntry,
  unshareEntry,
  useEntryShares,
  useSharing,
} from '../sharing/sharing-settings.resource.ts';

export function ShareEntry({ personId, entryId }: { personId: string; entryId: string }) {
  const people = useSharing(personId);
  const shares = useEntryShares(personId, entryId);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      shares.refresh();
    } catch (error) {
      setProblem(asApiError(error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="share-entry-heading">
      <h2 id="share-entry-heading">{t('journalShare.heading')}</h2>
      <p>{t('journalShare.intro')}</p>
      {problem && (
        <p role="alert" class="field-error">
          {problem}
        </p>
      )}
      <Loaded resource={people}>
        {(overview) => (
          <Loaded resource={shares}>
            {({ relationshipIds }) =>
              overview.people.length === 0 ? (
                <p>{t('journalShare.nobody')}</p>
              ) : (
                <ul class="links">
                  {overview.people.map((person) => {
                    const shared = relationshipIds.includes(person.relationshipId);
                    const name = person.knownAs;
                    return (
                      <li key={person.relationshipId}>
                        {shared && <span>{t('journalShare.sharedWith', { name })} </span>}
                        <button
                          type="button"
                          class="button button--secondary"
                          disabled={busy}
                          onClick={() =>
                            act(() =>
                              shared
                                ? unshareEntry(personId, entryId, person.relationshipId)
                                : shareEntry(personId, entryId, person.relationshipId),
                            )
                          }
                        >
                          {shared
                            ? t('journalShare.unshare', { name })
                            : t('journalShare.share', { name })}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              )
            }
          </Loaded>
        )}
      </Loaded>
    </section>
  );
}
