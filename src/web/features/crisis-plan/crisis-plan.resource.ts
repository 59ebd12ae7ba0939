// The crisis plan with the people it names, from the server — or, with no connection, from
// the copy kept on this device when the person turned that on.
import type { CrisisPlan, SupportContact } from '../../../domain/record/plans.schema.ts';
import type { Agreement } from '../../../domain/record/record.schema.ts';
import { api, asApiError, recordPath, uploadFile } from '../../lib/api.ts';
import {
  type DeviceCrisisPlan,
  type NamedContact,
  readDeviceCopy,
  writeDeviceCopy,
} from '../../lib/offline.ts';
import { useResource } from '../../lib/resource.ts';
import type { Item } from '../../lib/types.ts';
import { plan } from '../plans/plans.resource.ts';
import { contacts } from '../support-network/support-network.resource.ts';

export type DocumentMeta = {
  id: string;
  mediaType: string;
  fileName: string;
  byteSize: number;
  createdAt: string;
};

const documentsPath = (personId: string) => recordPath(personId, '/crisis-plan/documents');

export const advanceChoiceDocuments = (personId: string) => ({
  path: documentsPath(personId),
  list: (signal?: AbortSignal) =>
    api.get<{ items: DocumentMeta[] }>(documentsPath(personId), signal).then((body) => body.items),
  upload: (file: File) => uploadFile<DocumentMeta>(documentsPath(personId), file),
  /** The address the browser opens to download it (signed-in only). */
  href: (id: string) => `/api${documentsPath(personId)}/${id}`,
});

/** Only the people the plan names, with only what is needed to reach them. */
export function namedContacts(data: CrisisPlan, network: Item<SupportContact>[]): NamedContact[] {
  const named = new Set([
    ...data.wantInvolved.map((entry) => entry.contactId),
    data.nominatedPersonContactId,
  ]);
  return network
    .filter((contact) => named.has(contact.id))
    .map(({ id, data: c }) => ({
      id,
      name: c.name,
      phone: c.phone,
      email: c.email,
      howTheyHelp: c.howTheyHelp,
    }));
}

export type CrisisPlanScreen = {
  /** "server": read just now. "device": the copy on this device, because there was no network. */
  source: 'server' | 'device';
  version: number;
  updatedAt: string | null;
  plan: CrisisPlan;
  /** Who wrote the version shown and who agreed it (the person's own reading, from the server). */
  agreed?: Agreement | null;
  contacts: NamedContact[];
  documents: DocumentMeta[];
  /** The files the plan names whose bytes were purged after the undo window. */
  removedFileIds: string[];
  /** The copy kept on this device, if the person turned that on. */
  deviceCopy: DeviceCrisisPlan | null;
};

export function copyFor(
  personId: string,
  displayName: string,
  screen: Pick<CrisisPlanScreen, 'updatedAt' | 'plan' | 'contacts'>,
): DeviceCrisisPlan {
  return {
    personId,
    displayName,
    savedAt: new Date().toISOString(),
    updatedAt: screen.updatedAt,
    plan: { ...screen.plan, advanceChoiceDocumentId: null },
    contacts: screen.contacts,
  };
}

/**
 * For someone the person shared the plan with, the support network and the advance choice
 * document may be withheld (the person decides where each goes): the plan still shows.
 */
async function unlessWithheld<T>(isOwner: boolean, load: Promise<T[]>): Promise<T[]> {
  try {
    return await load;
  } catch (error) {
    const { status } = asApiError(error);
    if (isOwner || (status !== 403 && status !== 404)) throw error;
    return [];
  }
}

async function loadScreen(
  personId: string,
  displayName: string,
  isOwner: boolean,
  signal: AbortSignal,
): Promise<CrisisPlanScreen> {
  const deviceCopy = await readDeviceCopy();
  try {
    const [doc, network, documents] = await Promise.all([
      plan(personId, 'crisis').get(signal),
      unlessWithheld(isOwner, contacts(personId).list(signal)),
      unlessWithheld(isOwner, advanceChoiceDocuments(personId).list(signal)),
    ]);
    const screen: CrisisPlanScreen = {
      source: 'server',
      version: doc.version,
      updatedAt: doc.updatedAt,
      plan: doc.data,
      agreed: doc.agreed ?? null,
      contacts: namedContacts(doc.data, network),
      documents,
      removedFileIds: doc.removedFileIds ?? [],
      deviceCopy,
    };
    // Keep the device copy up to date while it is turned on; only the owner's own view, never
    // the preview of what someone else sees (the same person id, less in it).
    if (isOwner && deviceCopy && deviceCopy.personId === personId) {
      screen.deviceCopy = copyFor(personId, displayName, screen);
      await writeDeviceCopy(screen.deviceCopy).catch(() => undefined);
    }
    return screen;
  } catch (error) {
    if (signal.aborted || asApiError(error).code !== 'WM_NETWORK') throw error;
    if (!deviceCopy || deviceCopy.personId !== personId) throw error;
    return {
      source: 'device',
      version: -1,
      updatedAt: deviceCopy.updatedAt,
      plan: deviceCopy.plan,
      contacts: deviceCopy.contacts,
      documents: [],
      removedFileIds: [],
      deviceCopy,
    };
  }
}

export function useCrisisPlanScreen(personId: string, displayName: string, isOwner = true) {
  return useResource(
    (signal) => loadScreen(personId, displayName, isOwner, signal),
    [personId, isOwner],
    (screen) => screen.version === 0,
  );
}
