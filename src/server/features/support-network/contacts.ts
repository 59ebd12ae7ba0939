// Plans point at people in the support network. Those references must be the person's own
// live contacts: a contact id from someone else's network is refused like a wrong value.

import { otherSection, type RecordScope } from '../../../domain/access/scope.ts';
import { AppError } from '../../../domain/errors.ts';
import { say } from '../../../domain/i18n/said.ts';
import type { SupportContact } from '../../../domain/record/plans.schema.ts';
import type { Item, RecordService } from '../record/record.service.ts';

export type ContactReference = { field: string; contactId: string };

/** The person's own live contacts, read under the same actor's access to the support network. */
export async function ownContacts(
  records: RecordService,
  scope: RecordScope,
): Promise<Item<SupportContact>[]> {
  const networkScope = otherSection(scope, 'support_network', 'read');
  return records.list<SupportContact>(networkScope, 'support_contact');
}

export async function checkContactReferences(
  records: RecordService,
  scope: RecordScope,
  references: ContactReference[],
): Promise<void> {
  if (references.length === 0) return;
  const known = new Set((await ownContacts(records, scope)).map((contact) => contact.id));
  const fields = references
    .filter((reference) => !known.has(reference.contactId))
    .map((reference) => ({ field: reference.field, message: say('validation.ownContact') }));
  if (fields.length > 0) throw new AppError('WM_VALIDATION_FAILED', { fields });
}
