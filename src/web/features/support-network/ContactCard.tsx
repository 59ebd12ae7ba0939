import { useEffect, useRef, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { telHref } from '../../../domain/crisis/crisis-lines.ts';
import { t } from '../../../domain/i18n/translate.ts';
import { asApiError } from '../../lib/api.ts';
import { isConflict } from '../../lib/conflict.ts';
import { type ContactItem, contacts } from './support-network.resource.ts';

type Props = {
  personId: string;
  contact: ContactItem;
  onDeleted: (deleted: ContactItem) => void;
  onStale: () => void;
};

/** One person, group or service: how they help, how to reach them, and change or delete. */
export function ContactCard({ personId, contact, onDeleted, onStale }: Props) {
  const { data } = contact;
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) question.current?.focus();
    else if (wasAsking.current) deleteButton.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const remove = async () => {
    setBusy(true);
    setProblem(null);
    try {
      onDeleted(await contacts(personId).remove(contact.id, contact.version));
    } catch (error) {
      setBusy(false);
      if (isConflict(error)) onStale();
      else setProblem(asApiError(error).message);
    }
  };

  const headingId = `contact-${contact.id}`;
  return (
    <li class="card contact">
      <h3 class="card__title" id={headingId}>
        {data.name}
      </h3>
      <p class="card__meta">
        <span class="tag">{t(`network.kind.${data.kind}`)}</span>
        <span class="tag">{data.formal ? t('network.formal') : t('network.informal')}</span>
        {data.crisisContact && <span class="tag tag--strong">{t('network.crisisContact')}</span>}
      </p>
      <dl class="contact__details">
        {data.howTheyHelp.trim() !== '' && (
          <div>
            <dt>{t('network.field.howTheyHelp')}</dt>
            <dd class="own-words">{data.howTheyHelp}</dd>
          </div>
        )}
        {data.phone.trim() !== '' && (
          <div>
            <dt>{t('network.field.phone')}</dt>
            <dd>
              <a href={telHref(data.phone)}>{data.phone}</a>
            </dd>
          </div>
        )}
        {data.email !== '' && (
          <div>
            <dt>{t('network.field.email')}</dt>
            <dd>
              <a href={`mailto:${data.email}`}>{data.email}</a>
            </dd>
          </div>
        )}
        {data.notes.trim() !== '' && (
          <div>
            <dt>{t('network.field.notes')}</dt>
            <dd class="own-words">{data.notes}</dd>
          </div>
        )}
      </dl>
      {asking ? (
        <div class="panel panel--confirm">
          <p ref={question} tabIndex={-1} class="panel__question">
            {t('network.delete.confirm', { name: data.name })}
          </p>
          {problem && (
            <p role="alert" class="field-error">
              {problem}
            </p>
          )}
          <div class="button-group">
            <button type="button" class="button" disabled={busy} onClick={remove}>
              {t('network.delete.yes')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setAsking(false)}>
              {t('record.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div class="button-group">
          <Link href={`/support-network/${contact.id}/change`} class="button button--secondary">
            {t('network.change')} <span class="visually-hidden">{data.name}</span>
          </Link>
          <button
            type="button"
            class="button button--quiet"
            ref={deleteButton}
            onClick={() => setAsking(true)}
          >
            {t('network.delete')} <span class="visually-hidden">{data.name}</span>
          </button>
        </div>
      )}
    </li>
  );
}
