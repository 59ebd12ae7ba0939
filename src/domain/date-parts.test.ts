import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinDate, splitDate } from './date-parts.ts';
import { installDateWords, dateProblem as problemWith } from './date-words.ts';
import { wordsFor } from './i18n/said.ts';
import { locale, t } from './i18n/translate.ts';
import { calendarDate, explainDatesWith } from './validation.ts';

installDateWords({ locale, explainDatesWith });
const dateProblem = (value: string) => problemWith(value, { t, locale });

const parts = (day: string, month: string, year: string) => ({ day, month, year });

describe('dates typed as day, month and year', () => {
  it.each([
    [parts('30', '2', '2026'), 'There is no 30 February 2026: February 2026 has 28 days'],
    [parts('31', '4', '2027'), 'There is no 31 April 2027: April 2027 has 30 days'],
    [parts('', '3', '2027'), 'The date must include a day'],
    [parts('28', '', '2027'), 'The date must include a month'],
    [parts('28', '3', ''), 'The date must include a year'],
    [parts('28', 'March', '2027'), 'Use numbers only for the day, month and year'],
    [parts('-3', '3', '2027'), 'Use numbers only for the day, month and year'],
    [parts('28', '3', '27'), 'Enter the year in full, like 2024'],
    [parts('28', '13', '2027'), 'The month must be a number from 1 to 12'],
    [parts('0', '3', '2027'), 'The day must be a number from 1 to 31'],
    [parts('32', '1', '2027'), 'The day must be a number from 1 to 31'],
  ])('says what is wrong with %o in plain words', (typed, message) => {
    expect(dateProblem(joinDate(typed))).toBe(message);
    expect(
      wordsFor(calendarDate().safeParse(joinDate(typed)).error?.issues[0]?.message ?? ''),
    ).toBe(message);
  });

  it('accepts real dates, 29 February in a leap year included, as YYYY-MM-DD', () => {
    expect(joinDate(parts('29', '2', '2028'))).toBe('2028-02-29');
    expect(dateProblem('2028-02-29')).toBeNull();
    expect(joinDate(parts(' 7 ', '03', '2027'))).toBe('2027-03-07');
    expect(calendarDate().parse('2027-12-31')).toBe('2027-12-31');
  });

  it('says "Enter a date" for nothing at all, and the format to API clients', () => {
    expect(joinDate(parts('', ' ', ''))).toBe('');
    expect(dateProblem('')).toBe('Enter a date');
    expect(dateProblem('28/03/2027')).toBe(
      'Enter a real date as year, month and day, like 2024-03-28',
    );
    expect(dateProblem('2027-3-28')).toBe(
      'Enter a real date as year, month and day, like 2024-03-28',
    );
  });

  it('gives back the boxes as typed from the joined value, so nothing typed is lost', () => {
    const box = fc.stringMatching(/^[0-9a-z ]{0,5}$/);
    fc.assert(
      fc.property(box, box, box, (day, month, year) => {
        const joined = joinDate({ day, month, year });
        if (joined === '') return;
        const back = splitDate(joined);
        const same = (typed: string, shown: string) =>
          shown === typed.trim() || shown === `0${typed.trim()}`;
        expect(same(day, back.day) && same(month, back.month) && same(year, back.year)).toBe(true);
      }),
    );
  });

  it('never accepts a date that does not exist', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const value = joinDate({ day: String(day), month: String(month), year: String(year) });
          const real = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
          expect(dateProblem(value) === null).toBe(real);
        },
      ),
    );
  });
});
