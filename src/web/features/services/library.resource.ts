// A service's measure library and "my care" items (issue 14, decision 0042): the admin's pages
// talk to /api/service/measures and /api/service/my-care-items through these.
import type {
  LibraryList,
  LibraryMeasure,
  UploadCheck,
} from '../../../domain/services/library.schema.ts';
import type { MyCareList, MyCareMove } from '../../../domain/services/my-care-items.ts';
import { api, request } from '../../lib/api.ts';

export function listLibrary(signal?: AbortSignal): Promise<LibraryList> {
  return api.get<LibraryList>('/service/measures', signal);
}

/** Checks a Questionnaire and returns its problems or a preview; nothing is saved. */
export function checkQuestionnaire(questionnaire: unknown): Promise<UploadCheck> {
  return api.post<UploadCheck>('/service/measures/check', { questionnaire });
}

export function addQuestionnaire(questionnaire: unknown): Promise<LibraryMeasure> {
  return api.post<LibraryMeasure>('/service/measures', { questionnaire });
}

/** A switch, not versioned: the last choice made is the choice (nothing else is lost). */
export function setOffered(measureId: string, offered: boolean): Promise<LibraryMeasure> {
  return request<LibraryMeasure>(
    'PUT',
    `/service/measures/${encodeURIComponent(measureId)}/offered`,
    { body: { offered } },
  );
}

export function listMyCare(signal?: AbortSignal): Promise<MyCareList> {
  return api.get<MyCareList>('/service/my-care-items', signal);
}

const itemPath = (itemId: string, rest = '') =>
  `/service/my-care-items/${encodeURIComponent(itemId)}${rest}`;

export const addMyCareItem = (version: number, label: string) =>
  api.post<MyCareList>('/service/my-care-items', { label }, version);

export const renameMyCareItem = (version: number, itemId: string, label: string) =>
  api.put<MyCareList>(itemPath(itemId), { label }, version);

export const moveMyCareItem = (
  version: number,
  itemId: string,
  direction: MyCareMove['direction'],
) => api.post<MyCareList>(itemPath(itemId, '/move'), { direction }, version);

export const archiveMyCareItem = (version: number, itemId: string) =>
  api.post<MyCareList>(itemPath(itemId, '/archive'), undefined, version);
