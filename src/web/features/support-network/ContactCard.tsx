import '../../../domain/i18n/network-web.messages.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { telHref } from '../../../domain/crisis/crisis-lines.ts';
import { t } from '../../../domain/i18n/translate.ts';
import { ConfirmPanel } from '../../components/ConfirmPanel.tsx';
import { type ContactItem, contacts } from './support-network.resource.ts';

type Props = {
  personId: string;
  contact: ContactItem;
  onDeleted: (deleted: ContactItem) => void;
  onStale: () => void;
  /** Someone the person shared with: no change or delete. */
  readOnly?: boolean;
};

/** One person, group or service: how they help, how to reach them, and change or delete. */
export function ContactCard({ personId, contact, onDeleted, onStale, readOnly = false }: Props) {
  const { data } = contact;
  const [asking, setAsking] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  // The question takes focus when asked (ConfirmPanel); after Cancel, focus goes back to Delete.
  useEffect(() => {
    if (!asking && wasAsking.current) deleteButton.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const remove = async () => {
    onDeleted(await contacts(personId).remove(contact.id, contact.version));
  };

  const headingId = `contact-${contact.id}`;
  return (
    <li class="card contact">
      <h3 class="card__title" id={headingId} dir="auto">
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
            <dd class="own-words" dir="auto">
              {data.howTheyHelp}
            </dd>
          </div>
        )}
        {data.phone.trim() !== '' && (
          <div>
            <dt>{t('network.field.phone')}</dt>
            <dd>
              <a href={telHref(data.phone)} dir="ltr">
                {data.phone}
              </a>
            </dd>
          </div>
        )}
        {data.email !== '' && (
          <div>
            <dt>{t('network.field.email')}</dt>
            <dd>
              <a href={`mailto:${data.email}`} dir="ltr">
                {data.email}
              </a>
            </dd>
          </div>
        )}
        {data.notes.trim() !== '' && (
          <div>
            <dt>{t('network.field.notes')}</dt>
            <dd class="own-words" dir="auto">
              {data.notes}
            </dd>
          </div>
        )}
      </dl>
      {readOnly ? null : asking ? (
        <ConfirmPanel
          question={t('network.delete.confirm', { name: data.name })}
          yes={t('network.delete.yes')}
          onYes={remove}
          onCancel={() => setAsking(false)}
          onStale={onStale}
        />
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
