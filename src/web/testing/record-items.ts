// Record items as the server sends them, for the answers of the web tests' fake server.
import type { SupportContact } from '../../domain/record/plans.schema.ts';
import type { Goal } from '../../domain/record/record.schema.ts';
import { EMPTY_CONTACT } from '../features/support-network/support-network.resource.ts';
import { ACCOUNT } from './fake-server.ts';

/** The signed-in person's own record in the API. */
export const BASE = `/api/people/${ACCOUNT.id}`;

/** A stored, not deleted item at its first version. */
export function storedItem<Data>(kind: string, id: string, data: Data) {
  return {
    id,
    kind,
    parentId: null,
    version: 1,
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    deletedAt: null,
    data,
  };
}

/** The mark the server sends in place of an item it could not read. */
export function unreadableMark(id: string) {
  return {
    id,
    version: 2,
    updatedAt: '2026-11-26T10:30:00.000Z',
    deletedAt: null,
    code: 'WM_RECORD_ITEM_UNREADABLE',
  };
}

/** A support-network contact: a person unless `data` says otherwise. */
export function contact(id: string, data: Partial<SupportContact>) {
  return storedItem('support_contact', id, {
    ...EMPTY_CONTACT,
    name: 'Someone',
    ...data,
  } satisfies SupportContact);
}

/** What a goal holds: just a title, in progress, unless `data` says more. */
export function goalData(title: string, data: Partial<Goal> = {}): Goal {
  return {
    title,
    why: '',
    lifeAreaId: null,
    whoHelps: '',
    targetDate: null,
    status: 'in_progress',
    steps: [],
    ...data,
  };
}
