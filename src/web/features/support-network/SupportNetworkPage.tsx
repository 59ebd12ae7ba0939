import '../../../domain/i18n/network-web.messages.ts';
import '../../../domain/i18n/plans-web.messages.ts';
import { Link } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { Notice, useNotice } from '../../components/Notice.tsx';
import { UnreadableNotice } from '../../components/UnreadableNotice.tsx';
import { sentence } from '../../lib/own-words.tsx';
import { useRecord } from '../record/RecordContext.tsx';
import { SectionHeading } from '../record/section-title.tsx';
import { ContactCard } from './ContactCard.tsx';
import { type ContactItem, contacts, useContacts } from './support-network.resource.ts';

/** People, groups and services that support the person: crisis contacts first. */
function ordered(list: ContactItem[]): ContactItem[] {
  return [...list].sort(
    (a, b) =>
      Number(b.data.crisisContact) - Number(a.data.crisisContact) ||
      a.data.name.localeCompare(b.data.name),
  );
}

export function SupportNetworkPage() {
  const record = useRecord();
  const list = useContacts(record.personId);
  const notice = useNotice(true);
  const canWrite = record.canWrite('support_network');

  const deleted = (contact: ContactItem) => {
    list.refresh();
    const name = contact.data.name;
    notice.show({
      message: sentence('network.deleted', { name }),
      undo: async () => {
        await contacts(record.personId).undelete(contact.id, contact.version);
        list.refresh();
        return sentence('network.restored', { name });
      },
    });
  };

  return (
    <>
      <SectionHeading record={record} section="support_network" ownTitle={t('network.title')} />
      <p class="lead">{t('network.intro')}</p>
      <Notice state={notice} />
      {canWrite && (
        <p>
          <Link href="/support-network/new" class="button">
            {t('network.add')}
          </Link>
        </p>
      )}
      <Loaded resource={list}>
        {({ items, unreadable }, empty) =>
          empty ? (
            <p class="invite">{t('network.none')}</p>
          ) : (
            <>
              <UnreadableNotice kind="contact" marks={unreadable} />
              {items.length > 0 && (
                <ul class="cards">
                  {ordered(items).map((contact) => (
                    <ContactCard
                      key={contact.id}
                      personId={record.personId}
                      contact={contact}
                      readOnly={!canWrite}
                      onDeleted={deleted}
                      onStale={() => {
                        notice.show({ message: t('network.changedElsewhere'), problem: true });
                        list.refresh();
                      }}
                    />
                  ))}
                </ul>
              )}
            </>
          )
        }
      </Loaded>
      {record.isOwner && (
        <p>
          <Link href="/plans">{t('plans.backToPlans')}</Link>
        </p>
      )}
    </>
  );
}
