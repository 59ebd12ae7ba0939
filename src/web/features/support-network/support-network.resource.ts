// The support network: a list of people, groups and services, with the shared list calls.
import '../../../domain/i18n/plans-web.messages.ts';
import { t } from '../../../domain/i18n/translate.ts';
import type { SupportContact } from '../../../domain/record/plans.schema.ts';
import { recordPath } from '../../lib/api.ts';
import { collection } from '../../lib/collection.ts';
import { useResource } from '../../lib/resource.ts';
import type { Item } from '../../lib/types.ts';

export type ContactItem = Item<SupportContact>;

export const contacts = (personId: string) =>
  collection<SupportContact>(recordPath(personId, '/support-network'));

export const EMPTY_CONTACT: SupportContact = {
  name: '',
  kind: 'person',
  howTheyHelp: '',
  phone: '',
  email: '',
  notes: '',
  formal: false,
  crisisContact: false,
};

/** The support network with marks for anyone left out (decision 0016). */
export function useContacts(personId: string) {
  return useResource(
    (signal) => contacts(personId).listMarked(signal),
    [personId],
    (list) => list.items.length === 0 && list.unreadable.length === 0,
  );
}

export function useContact(personId: string, id: string | undefined) {
  return useResource<ContactItem | null>(
    (signal) => (id ? contacts(personId).get(id, signal) : Promise.resolve(null)),
    [personId, id],
  );
}

/** A contact's name from its id; "someone no longer in your support network" when gone. */
export type NameOf = (contactId: string) => string;

/** Names from a list of contacts, with a fallback for one that has since been deleted. */
export function namesFrom(list: { id: string; data: { name: string } }[]): NameOf {
  const names = new Map(list.map((contact) => [contact.id, contact.data.name]));
  return (id) => names.get(id) ?? t('plans.contactGone');
}
