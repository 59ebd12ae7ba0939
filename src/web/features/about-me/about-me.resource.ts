// About me: one document per person, read and saved whole, with its version for If-Match.
import type { AboutMe } from '../../../domain/record/record.schema.ts';
import { api, recordPath } from '../../lib/api.ts';
import { markedHistory } from '../../lib/collection.ts';
import type { Saved } from '../../lib/conflict.ts';
import { useResource } from '../../lib/resource.ts';
import type { History } from '../../lib/types.ts';

/** Version 0 means nothing has been saved yet. */
export type AboutMeDocument = Saved<AboutMe>;

export const ABOUT_ME_FIELDS = [
  'strengths',
  'values',
  'whatMatters',
  'identity',
  'culture',
  'whenWell',
  'howToSupportMe',
] as const satisfies readonly (keyof AboutMe)[];

const path = (personId: string) => recordPath(personId, '/about-me');

export function getAboutMe(personId: string, signal?: AbortSignal): Promise<AboutMeDocument> {
  return api.get<AboutMeDocument>(path(personId), signal);
}

export function useAboutMe(personId: string) {
  return useResource(
    (signal) => getAboutMe(personId, signal),
    [personId],
    (doc) => doc.version === 0,
  );
}

export function saveAboutMe(personId: string, data: AboutMe, version: number) {
  return api.put<AboutMeDocument>(path(personId), data, version);
}

export function aboutMeHistory(personId: string, signal?: AbortSignal) {
  return api
    .get<Partial<History<AboutMe>>>(`${path(personId)}/history`, signal)
    .then(markedHistory);
}

export function restoreAboutMe(personId: string, version: number, currentVersion: number) {
  return api.post<AboutMeDocument>(
    `${path(personId)}/history/restore`,
    { version },
    currentVersion,
  );
}
