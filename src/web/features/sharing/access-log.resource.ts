// The person's own access log (GET /api/people/:personId/access-log) and its chain check.
import {
  type AccessLogCheck,
  type AccessLogPage,
  accessLogCheckSchema,
  accessLogPageSchema,
} from '../../../domain/sharing/access-log.schema.ts';
import { api, recordPath } from '../../lib/api.ts';
import { useResource } from '../../lib/resource.ts';

export type AccessLogQuery = { person: string; section: string; before: string };

/** The query string for these filters, leaving out the empty ones ("" or "?a=b"). */
export function accessLogSearch(query: Partial<AccessLogQuery>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `?${search}` : '';
}

const base = (personId: string) => recordPath(personId, '/access-log');

/** Where the spreadsheet of the same entries downloads from. */
export function accessLogCsvHref(personId: string, query: Partial<AccessLogQuery>): string {
  return `/api${base(personId)}.csv${accessLogSearch({ person: query.person, section: query.section })}`;
}

export function useAccessLog(personId: string, query: AccessLogQuery) {
  return useResource(
    async (signal): Promise<AccessLogPage> =>
      accessLogPageSchema.parse(
        await api.get(`${base(personId)}${accessLogSearch(query)}`, signal),
      ),
    [personId, query.person, query.section, query.before],
    (page) => page.items.length === 0,
  );
}

export function useAccessLogCheck(personId: string) {
  return useResource(
    async (signal): Promise<AccessLogCheck> =>
      accessLogCheckSchema.parse(await api.get(`${base(personId)}/verify`, signal)),
    [personId],
  );
}
