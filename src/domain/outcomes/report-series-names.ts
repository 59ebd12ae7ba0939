// What each series of an outcome report is called (issue 16, decision 0053), for the Outcomes
// page and the CSV: a built-in check-in scale and a standard life area by their catalogue words
// (so in the reader's language), a measure by its own published short name, which is not
// translated. Zod-free and free of the measure files, so the page stays small. Pure.
import type { MessageKey } from '../i18n/translate.ts';
import { STANDARD_AREAS } from '../record/life-area-framings.ts';

/** The measures a report follows, by their ids in the library, with their published names. */
export const REPORTED_MEASURE_NAMES: Readonly<Record<string, string>> = {
  'phq-9': 'PHQ-9',
  'gad-7': 'GAD-7',
  wemwbs: 'WEMWBS',
  swemwbs: 'SWEMWBS',
  'qpr-15': 'QPR-15',
  'reqol-10': 'ReQoL-10',
  'reqol-20': 'ReQoL-20',
};

/** Each standard life area's key and the words it is named by (decision 0051's list). */
export const STANDARD_AREA_NAMES: ReadonlyMap<string, MessageKey> = new Map(
  STANDARD_AREAS.map((area) => [area.key, area.nameKey] as const),
);

/**
 * The series' name in the reader's words; the key itself for a series no longer known. A
 * service's own measure is named by its `title` (decision 0058), as the service wrote it.
 */
export function seriesName(series: string, t: (key: MessageKey) => string, title?: string): string {
  const [kind, id = '', scale] = series.split(':');
  if (kind === 'checkin') {
    // The range is named in figures ("Mood (0–10)"), the same in every language.
    const range = scale?.split('-');
    const name = t(`checkins.scale.${id}` as MessageKey);
    return range?.length === 2 ? `${name} (${range[0]}–${range[1]})` : name;
  }
  if (kind === 'life_area') {
    const nameKey = STANDARD_AREA_NAMES.get(id);
    return nameKey ? t(nameKey) : series;
  }
  if (kind === 'measure') {
    const name = title ?? REPORTED_MEASURE_NAMES[id] ?? id;
    return scale === 'total' || scale === undefined ? name : `${name} (${scale})`;
  }
  return series;
}
