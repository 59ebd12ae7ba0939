// The crisis plan to read: for the person, for the copy on their device, on paper, and for
// whoever opens an emergency link. Only parts with something written in them are shown.
import '../../../domain/i18n/crisis-plan.messages.ts';
import '../../../domain/i18n/plans-web.messages.ts';
import type { ComponentChildren } from 'preact';
import { telHref } from '../../../domain/crisis/crisis-lines.ts';
import { formatDate, t } from '../../../domain/i18n/translate.ts';
import type { CrisisPlan } from '../../../domain/record/plans.schema.ts';
import type { NamedContact } from '../../lib/offline.ts';

type Props = {
  plan: CrisisPlan;
  contacts: NamedContact[];
  /** Who the plan belongs to, when someone else is reading it ("Sam wants…"). */
  ownerName?: string;
  /** The advance choice document, where the reader may open it. */
  document?: ComponentChildren;
};

const has = (text: string) => text.trim() !== '';

function Part({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="sheet__section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function Text({ label, text }: { label?: string; text: string }) {
  if (!has(text)) return null;
  return (
    <>
      {label && <h3 class="sheet__label">{label}</h3>}
      <p class="own-words">{text}</p>
    </>
  );
}

function Reach({ contact }: { contact: NamedContact }) {
  return (
    <>
      {has(contact.phone) && (
        <>
          {' '}
          <a href={telHref(contact.phone)} class="sheet__phone">
            {t('plans.view.call', { phone: contact.phone })}
          </a>
        </>
      )}
      {has(contact.email) && (
        <>
          {' '}
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </>
      )}
    </>
  );
}

export function CrisisPlanView({ plan, contacts, ownerName, document }: Props) {
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const nominated = plan.nominatedPersonContactId
    ? byId.get(plan.nominatedPersonContactId)
    : undefined;
  const practical = Object.entries(plan.practical).filter(([, text]) => has(text)) as [
    keyof CrisisPlan['practical'],
    string,
  ][];
  const care = [plan.treatment, plan.medication, plan.allergies].some(has);
  const who = ownerName ? 'other' : 'own';

  return (
    <div class="sheet">
      <div class="sheet__page">
        {has(plan.signs) && (
          <Part title={t(`plans.view.${who}.signs`, { name: ownerName ?? '' })}>
            <Text text={plan.signs} />
          </Part>
        )}
        {(plan.wantInvolved.length > 0 || nominated) && (
          <Part title={t(`plans.view.${who}.wantInvolved`, { name: ownerName ?? '' })}>
            <ul class="sheet__people">
              {plan.wantInvolved.map((entry) => {
                const contact = byId.get(entry.contactId);
                return (
                  <li key={entry.contactId}>
                    <span class="sheet__strong">{contact?.name ?? t('plans.contactGone')}</span>
                    {contact && <Reach contact={contact} />}
                    {has(entry.whatToDo) && <p class="own-words">{entry.whatToDo}</p>}
                  </li>
                );
              })}
            </ul>
            {nominated && (
              <>
                <h3 class="sheet__label">{t('plans.crisis.nominatedPerson')}</h3>
                <p>
                  <span class="sheet__strong">{nominated.name}</span>
                  <Reach contact={nominated} />
                </p>
                <p class="hint">{t('plans.view.nominatedHint')}</p>
              </>
            )}
          </Part>
        )}
        {plan.notInvolved.length > 0 && (
          <Part title={t(`plans.view.${who}.notInvolved`, { name: ownerName ?? '' })}>
            <ul class="sheet__people">
              {plan.notInvolved.map((entry, index) => (
                <li key={index}>
                  <span class="sheet__strong own-words">{entry.name}</span>
                  {has(entry.reason) && <p class="own-words">{entry.reason}</p>}
                </li>
              ))}
            </ul>
          </Part>
        )}
        {(has(plan.whatHelps) || has(plan.whatDoesNotHelp)) && (
          <Part title={t('plans.view.helps')}>
            <Text label={t('plans.crisis.whatHelps')} text={plan.whatHelps} />
            <Text label={t('plans.crisis.whatDoesNotHelp')} text={plan.whatDoesNotHelp} />
          </Part>
        )}
      </div>
      <div class="sheet__page">
        {care && (
          <Part title={t('plans.view.care')}>
            <Text label={t('plans.crisis.treatment')} text={plan.treatment} />
            <Text label={t('plans.crisis.medication')} text={plan.medication} />
            <Text label={t('plans.crisis.allergies')} text={plan.allergies} />
          </Part>
        )}
        {has(plan.placesOfCare) && (
          <Part title={t('plans.crisis.placesOfCare')}>
            <Text text={plan.placesOfCare} />
          </Part>
        )}
        {practical.length > 0 && (
          <Part title={t('plans.crisis.practical')}>
            {practical.map(([key, text]) => (
              <Text key={key} label={t(`plans.crisis.practical.${key}`)} text={text} />
            ))}
          </Part>
        )}
        {has(plan.noLongerApplies) && (
          <Part title={t('plans.crisis.noLongerApplies')}>
            <Text text={plan.noLongerApplies} />
          </Part>
        )}
        {document && <Part title={t('plans.crisis.advanceChoice')}>{document}</Part>}
        <p class="meta sheet__reviewed">
          {plan.lastReviewed
            ? t('plans.view.lastReviewed', { date: formatDate(plan.lastReviewed) })
            : t('plans.view.notReviewed')}
        </p>
      </div>
    </div>
  );
}
