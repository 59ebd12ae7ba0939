// The "delete, asking once, then offer Undo" section shared by pages that delete one thing:
// a button opens the confirmation; after deleting, the page named by `returnTo` shows the
// message with an Undo button, which brings the thing back as a new version.
import { useState } from 'preact/hooks';
import { useLocation } from 'wouter-preact';
import { setFlash } from '../lib/flash.ts';
import { ConfirmPanel } from './ConfirmPanel.tsx';

type Props = {
  words: {
    title: string;
    button: string;
    question: string;
    yes: string;
    deleted: string;
    restored: string;
  };
  /** Deletes, answering the deleted version, which Undo needs. */
  remove: () => Promise<number>;
  undelete: (deletedVersion: number) => Promise<unknown>;
  returnTo: string;
  /** The thing changed somewhere else since the page loaded, so it was not deleted. */
  onStale: () => void;
};

export function DeleteWithUndo({ words, remove, undelete, returnTo, onStale }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [, navigate] = useLocation();

  const deleteNow = async () => {
    const deletedVersion = await remove();
    setFlash({
      message: words.deleted,
      undo: async () => {
        await undelete(deletedVersion);
        return words.restored;
      },
    });
    navigate(returnTo);
  };

  return (
    <section aria-labelledby="delete-title">
      <h2 id="delete-title">{words.title}</h2>
      {confirming ? (
        <ConfirmPanel
          question={words.question}
          yes={words.yes}
          onYes={deleteNow}
          onCancel={() => setConfirming(false)}
          onStale={() => {
            setConfirming(false);
            onStale();
          }}
        />
      ) : (
        <button type="button" class="button button--secondary" onClick={() => setConfirming(true)}>
          {words.button}
        </button>
      )}
    </section>
  );
}
