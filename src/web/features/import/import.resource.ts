// Bringing a record from another Waymark (decision 0048): reads the chosen file here (its size,
// and that it is JSON at all) so a wrong file is named at once, then sends it to the server,
// which checks everything else and answers what it brought in.

import { IMPORT_BODY_LIMIT_BYTES } from '../../../domain/fhir/import-limits.ts';
import type { ImportResult } from '../../../domain/fhir/import-result.schema.ts';
import { t } from '../../../domain/i18n/translate.ts';
import { api } from '../../lib/api.ts';

export const IMPORT_MAX_MB = IMPORT_BODY_LIMIT_BYTES / 1024 / 1024;

/** The file as JSON, or the words saying why it cannot be sent. */
export async function readRecordFile(
  file: File,
): Promise<{ ok: true; json: unknown } | { ok: false; problem: string }> {
  if (file.size > IMPORT_BODY_LIMIT_BYTES)
    return { ok: false, problem: t('import.tooBig', { max: IMPORT_MAX_MB }) };
  try {
    return { ok: true, json: JSON.parse(await file.text()) as unknown };
  } catch {
    return { ok: false, problem: t('import.notJson') };
  }
}

export const importRecord = (personId: string, bundle: unknown) =>
  api.post<ImportResult>(`/people/${personId}/import`, bundle);
