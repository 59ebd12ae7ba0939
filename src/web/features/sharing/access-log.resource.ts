// The person's own access log (GET /api/people/:personId/access-log) and its chain check,
// parsed with the shared schemas, which load beside the first request (lib/lazy-schema.ts).
import type { AccessLogCheck, AccessLogPage } from '../../../domain/sharing/access-log.schema.ts';
import { api, recordPath } from '../../lib/api.ts';
import { parsed } from '../../lib/lazy-schema.ts';
import { useResource } from '../../lib/resource.ts';

const schemas = () => import('../../../domain/sharing/access-log.schema.ts');
const accessLogPageSchema = () => schemas().then((m) => m.accessLogPageSchema);
const accessLogCheckSchema = () => schemas().then((m) => m.accessLogCheckSchema);

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
    (signal): Promise<AccessLogPage> =>
      parsed(accessLogPageSchema, api.get(`${base(personId)}${accessLogSearch(query)}`, signal)),
    [personId, query.person, query.section, query.before],
    (page) => page.items.length === 0,
  );
}

export function useAccessLogCheck(personId: string) {
  return useResource(
    (signal): Promise<AccessLogCheck> =>
      parsed(accessLogCheckSchema, api.get(`${base(personId)}/verify`, signal)),
    [personId],
  );
}
