// Shared zod set-up: friendly, translatable messages for every schema used by the server
// and by the web forms, so the same words appear wherever a value is rejected.
import { z } from 'zod';
import { t } from './i18n/translate.ts';

export const LIMITS = {
  longText: 20_000,
  shortText: 300,
  name: 100,
  listItems: 50,
  email: 254,
  passwordMin: 12,
  passwordMax: 1_000,
} as const;

z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'too_small':
        if (issue.origin === 'string' && Number(issue.minimum) <= 1)
          return t('validation.requiredGeneric');
        if (issue.origin === 'string')
          return t('validation.tooShort', { min: Number(issue.minimum) });
        return t('validation.invalid');
      case 'too_big':
        if (issue.origin === 'string')
          return t('validation.tooLong', { max: Number(issue.maximum) });
        if (issue.origin === 'array')
          return t('validation.tooMany', { max: Number(issue.maximum) });
        return t('validation.invalid');
      case 'invalid_type':
        return t('validation.wrongType');
      case 'unrecognized_keys':
        return t('validation.unknownField', { keys: issue.keys.join(', ') });
      case 'invalid_format':
        if (issue.format === 'email') return t('validation.email');
        if (issue.format === 'date') return t('validation.date');
        if (issue.format === 'uuid') return t('validation.id');
        return t('validation.invalid');
      case 'invalid_value':
        return t('validation.choice');
      default:
        return undefined;
    }
  },
});

export { z };

/** Free text written by the person: kept exactly as typed (no trimming), up to the long limit. */
export const longText = () => z.string().max(LIMITS.longText);

/** A short required line (a title or a name), trimmed of surrounding spaces. */
export const requiredLine = (max: number, message: () => string) =>
  z
    .string()
    .trim()
    .min(1, { error: message })
    .max(max, { error: () => t('validation.tooLong', { max }) });

function isRealCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A calendar date as YYYY-MM-DD that exists (no 31 February). */
export const calendarDate = () =>
  z
    .string()
    // abort: a value that is not even shaped like a date gets the message once, not twice.
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => t('validation.date'), abort: true })
    .refine(isRealCalendarDate, { error: () => t('validation.date') });

export const id = () => z.uuid({ error: () => t('validation.id') });
