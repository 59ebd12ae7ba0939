// What is wrong with a date that is not real, in plain words ("There is no 30 February 2026:
// February 2026 has 28 days"), for the date fields and the API alike. Installed by the server at
// start and, in the web app, by the date field once it is on a page: translating is handed in,
// so this module loads only with those pages and not on every page's first load.
import type dateWords from './i18n/catalogues/en-GB/dates/date.ts';
import './i18n/dates.messages.ts';
import { say } from './i18n/said.ts';
import type { locale, MessageParams, t } from './i18n/translate.ts';
import type { explainDatesWith } from './validation.ts';

export type DateWordTools = {
  t: typeof t;
  locale: typeof locale;
  explainDatesWith: typeof explainDatesWith;
};

/**
 * Lets the shared date schema (calendarDate) say what is wrong with a date. A refusal is worded
 * by whoever reads it (said.ts); the month's name is in the language of the check.
 */
export function installDateWords(tools: Omit<DateWordTools, 't'>): void {
  tools.explainDatesWith((value) => dateProblem(value, { t: say, locale: tools.locale }));
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** What is wrong with a date value, in plain words, or null when it is a real date. */
export function dateProblem(
  value: string,
  tools: Pick<DateWordTools, 't' | 'locale'>,
): string | null {
  const say = (key: keyof typeof dateWords, params?: MessageParams) => tools.t(key, params);
  if (value.trim() === '') return say('date.enter');
  const parts = value.split('-');
  if (parts.length !== 3) return say('date.format');
  const [year = '', month = '', day = ''] = parts.map((part) => part.trim());
  if (day === '') return say('date.noDay');
  if (month === '') return say('date.noMonth');
  if (year === '') return say('date.noYear');
  if (![day, month, year].every((part) => /^\d+$/.test(part))) return say('date.numbers');
  if (year.length !== 4) return say('date.yearDigits');
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  if (m < 1 || m > 12) return say('date.monthRange');
  if (d < 1 || d > 31) return say('date.dayRange');
  const days = daysIn(y, m);
  const name = new Intl.DateTimeFormat(tools.locale(), { month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2000, m - 1, 1),
  );
  if (d > days) return say('date.notReal', { day: d, month: name, year, days });
  // Real, but not written as YYYY-MM-DD (an API client's "2027-3-28").
  if (month.length !== 2 || day.length !== 2 || value !== `${year}-${month}-${day}`)
    return say('date.format');
  return null;
}
