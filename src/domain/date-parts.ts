// A date typed as a day, a month and a year in three boxes (the GOV.UK date input), as one value
// that reads YYYY-MM-DD once it is a real date, and back. Keeping what was typed in the value
// means the boxes can show it again (after an error, or from a draft), and the shared schema
// (calendarDate in validation.ts) says what is wrong with it.

export type DateParts = { day: string; month: string; year: string };

/**
 * One value from the three boxes: empty when all are empty, otherwise year-month-day as typed,
 * a one-digit day or month written with a 0 in front. A dash typed in a box would make the
 * parts unreadable, so it becomes a character that keeps the date refused.
 */
export function joinDate({ day, month, year }: DateParts): string {
  const part = (value: string) => {
    const typed = value.trim().replaceAll('-', '?');
    return /^\d$/.test(typed) ? `0${typed}` : typed;
  };
  if (day.trim() === '' && month.trim() === '' && year.trim() === '') return '';
  return `${part(year)}-${part(month)}-${part(day)}`;
}

/** The three boxes from a value (a saved date, or one joined from boxes). */
export function splitDate(value: string): DateParts {
  const [year = '', month = '', day = ''] = value === '' ? [] : value.split('-');
  return { day, month, year };
}
