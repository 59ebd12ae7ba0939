// Choosing people from the support network for a plan ("who I want involved", "people I can
// ask for help"): pick from a list, then put them in order and say what each should do.
import '../../../domain/i18n/plans-web.messages.ts';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { telHref } from '../../../domain/crisis/crisis-lines.ts';
import { type MessageKey, t } from '../../../domain/i18n/translate.ts';
import { FieldError, SelectField } from '../../components/fields.tsx';
import type { NoticeState } from '../../components/Notice.tsx';
import type { FieldErrors } from '../../lib/form.ts';
import { LeftToRight, sentence } from '../../lib/own-words.tsx';
import type { ContactItem } from '../support-network/support-network.resource.ts';
import { OrderedList } from './OrderedList.tsx';
import { idFor } from './plan-editor.ts';

type Entry = { contactId: string };

type Props<E extends Entry> = {
  name: string;
  /** Message keys: `${prefix}` title, `.hint`, `.pick`, `.pick.hint`, `.add`. */
  prefix: string;
  network: ContactItem[];
  entries: E[];
  onChange: (entries: E[]) => void;
  make: (contactId: string) => E;
  /** Extra fields for one chosen person, such as what they should do. */
  details?: (
    entry: E,
    index: number,
    update: (entry: E) => void,
    name: string,
  ) => ComponentChildren;
  errors: FieldErrors;
  notice: NoticeState;
  /** The plan this picker is on: adding someone to the network comes back to it. */
  comesBack: 'crisis-plan' | 'safety-plan' | 'moving-on-plan';
  /** h3 when the list sits inside a part that has its own h2 heading. */
  headingLevel?: 2 | 3;
};

const key = (prefix: string, suffix = '') => `${prefix}${suffix}` as MessageKey;

export function ContactPicker<E extends Entry>(props: Props<E>) {
  const { name, prefix, network, entries, onChange, errors } = props;
  const [choice, setChoice] = useState('');
  const [pickError, setPickError] = useState<string | undefined>(undefined);
  const byId = new Map(network.map((contact) => [contact.id, contact]));
  const nameOf = (id: string) => byId.get(id)?.data.name ?? t('plans.contactGone');
  const chosen = new Set(entries.map((entry) => entry.contactId));
  const available = network.filter((contact) => !chosen.has(contact.id));
  const pickId = `${name}-pick`;

  const add = () => {
    if (!choice) {
      setPickError(t('plans.picker.choose'));
      document.getElementById(pickId)?.focus();
      return;
    }
    setPickError(undefined);
    onChange([...entries, props.make(choice)]);
    setChoice('');
  };

  return (
    <div class="picker">
      <OrderedList
        name={name}
        title={t(key(prefix))}
        hint={t(key(prefix, '.hint'))}
        empty={network.length > 0 ? t('plans.picker.none') : undefined}
        items={entries}
        onChange={onChange}
        blank={() => props.make('')}
        canAdd={false}
        addLabel=""
        describe={(entry) => t('app.quoted', { text: nameOf(entry.contactId) })}
        errors={errors}
        notice={props.notice}
        headingLevel={props.headingLevel}
        renderItem={(entry, index, update) => {
          const contact = byId.get(entry.contactId);
          const path = `${name}.${index}.contactId`;
          return (
            <div class="entry">
              <h3 class="entry__name" id={idFor(path)} tabIndex={-1} dir="auto">
                {nameOf(entry.contactId)}
              </h3>
              <FieldError id={idFor(path)} error={errors[path]} />
              {contact && contact.data.phone.trim() !== '' && (
                <p class="entry__reach">
                  <a href={telHref(contact.data.phone)}>
                    {sentence('plans.view.call', {
                      phone: <LeftToRight>{contact.data.phone}</LeftToRight>,
                    })}
                  </a>
                </p>
              )}
              {props.details?.(entry, index, update, nameOf(entry.contactId))}
            </div>
          );
        }}
      />
      {network.length === 0 ? (
        <p class="invite">
          {t('plans.picker.emptyNetwork')}{' '}
          {/* A round trip: the plan's draft keeps what was typed, so leaving asks nothing. */}
          <Link href={`/support-network/new?back=${props.comesBack}`} data-keeps-draft>
            {t('plans.picker.addToNetwork')}
          </Link>
        </p>
      ) : available.length === 0 ? (
        <p class="hint">{t('plans.picker.allChosen')}</p>
      ) : (
        <div class="picker__add">
          <SelectField
            id={pickId}
            label={t(key(prefix, '.pick'))}
            hint={t('plans.picker.hint')}
            value={choice}
            error={pickError}
            options={[
              { value: '', label: t('plans.picker.placeholder') },
              ...available.map((contact) => ({
                value: contact.id,
                label: contact.data.crisisContact
                  ? t('plans.picker.crisisContact', { name: contact.data.name })
                  : contact.data.name,
              })),
            ]}
            onChange={(value) => {
              setChoice(value);
              setPickError(undefined);
            }}
          />
          <button type="button" class="button button--secondary" id={name} onClick={add}>
            {t(key(prefix, '.add'))}
          </button>
        </div>
      )}
    </div>
  );
}
