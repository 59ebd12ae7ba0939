// Deleting a journal entry: asks once, in plain words; after deleting, the journal page
// offers Undo, which brings the entry back as a new version.
import { useLocation } from 'wouter-preact';
import { formatDate, t } from '../../../domain/i18n/translate.ts';
import { ConfirmPanel } from '../../components/ConfirmPanel.tsx';
import { setFlash } from '../../lib/flash.ts';
import { type JournalEntry, journalApi } from './journal.resource.ts';

type Props = {
  personId: string;
  entry: JournalEntry;
  onCancel: () => void;
  /** The entry changed somewhere else since this page loaded. */
  onStale: () => void;
};

export function DeleteEntry({ personId, entry, onCancel, onStale }: Props) {
  const [, navigate] = useLocation();
  const date = formatDate(entry.date);

  const remove = async () => {
    const calls = journalApi(personId);
    const deleted = await calls.remove(entry.id, entry.version);
    setFlash({
      message: t('journalWeb.deleted', { date }),
      undo: async () => {
        await calls.undelete(entry.id, deleted.version);
        return t('journalWeb.restored', { date });
      },
    });
    navigate('/journal');
  };

  return (
    <ConfirmPanel
      question={t('journalWeb.delete.confirm', { date })}
      yes={t('journalWeb.delete.yes')}
      onYes={remove}
      onCancel={onCancel}
      onStale={onStale}
    />
  );
}
