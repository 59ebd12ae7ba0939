// Shared zod set-up: friendly, translatable messages for every schema used by the server
// and by the web forms, so the same words appear wherever a value is rejected.
import { z } from 'zod';
import { say } from './i18n/said.ts';
import { LIMITS } from './limits.ts';

// The schema modules take the limits from here with `z`; pages take them from limits.ts.
export { LIMITS } from './limits.ts';

// Every schema is made after this line (they all take `z` from here). In a browser, zod's test
// of whether it may compile checks with `new Function` is itself refused by the page's content
// security policy and reported as a violation on every page, so checks are interpreted there;
// on the server, compiled checks are faster.
z.config({ jitless: typeof document !== 'undefined' });

z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'too_small':
        if (issue.origin === 'string' && Number(issue.minimum) <= 1)
          return say('validation.requiredGeneric');
        if (issue.origin === 'string')
          return say('validation.tooShort', { min: Number(issue.minimum) });
        return say('validation.invalid');
      case 'too_big':
        if (issue.origin === 'string')
          return say('validation.tooLong', { max: Number(issue.maximum) });
        if (issue.origin === 'array')
          return say('validation.tooMany', { max: Number(issue.maximum) });
        return say('validation.invalid');
      case 'invalid_type':
        return say('validation.wrongType');
      case 'unrecognized_keys':
        return say('validation.unknownField', { keys: issue.keys.join(', ') });
      case 'invalid_format':
        if (issue.format === 'email') return say('validation.email');
        if (issue.format === 'date') return say('validation.date');
        if (issue.format === 'uuid') return say('validation.id');
        return say('validation.invalid');
      case 'invalid_value':
        return say('validation.choice');
      default:
        return undefined;
    }
  },
});

export { z };

/**
 * Whether text can be stored exactly as sent on both databases. PostgreSQL text refuses the NUL
 * character (error 22021), and a lone UTF-16 surrogate is not a character at all: both drivers
 * would quietly store U+FFFD in its place. Every other character is kept as typed.
 */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && value.isWellFormed();
}

const storable = { error: () => say('validation.unstorableText') };

/**
 * The path to the first string or object key in a parsed JSON value (or a request's params or
 * query) that is not storable text, or undefined when all are. Bytes are not looked into. Walks
 * with its own stack, so a deep value cannot overflow the call stack.
 */
export function findUnstorableText(value: unknown): (string | number)[] | undefined {
  // Each entry points at its parent rather than copying the path, so depth costs nothing
  // until a path is found.
  type Entry = { value: unknown; key?: string | number; parent?: Entry };
  const pathTo = (entry: Entry | undefined, last?: string) => {
    const reversed: (string | number)[] = last === undefined ? [] : [last];
    for (let at = entry; at?.key !== undefined; at = at.parent) reversed.push(at.key);
    return reversed.reverse();
  };
  const stack: Entry[] = [{ value }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const node = entry.value;
    // A file's bytes (an upload's body) hold no text. Walked as an object, a 5 MB photo was
    // 5 million entries: 6 s of the server's only thread, during which no one was answered.
    if (ArrayBuffer.isView(node)) continue;
    if (typeof node === 'string') {
      if (!isStorableText(node)) return pathTo(entry);
    } else if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--)
        stack.push({ value: node[i], key: i, parent: entry });
    } else if (typeof node === 'object' && node !== null) {
      const entries = Object.entries(node);
      for (const [key] of entries) if (!isStorableText(key)) return pathTo(entry, key);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        stack.push({ value: child, key, parent: entry });
      }
    }
  }
  return undefined;
}

/** Free text written by the person: kept exactly as typed (no trimming), up to the long limit. */
export const longText = () => z.string().max(LIMITS.longText).refine(isStorableText, storable);

/** A short required line (a title or a name), trimmed of surrounding spaces. */
export const requiredLine = (max: number, message: () => string) =>
  z
    .string()
    .trim()
    .min(1, { error: message })
    .max(max, { error: () => say('validation.tooLong', { max }) })
    .refine(isStorableText, storable);

function isRealCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

let explainDate: ((value: string) => string | null) | null = null;

/**
 * Lets the detailed words about dates (date-words.ts) say what is wrong with a date that is not
 * real ("There is no 30 February 2026…"). They load with the pages that have date fields, and
 * on the server at start; until then a date is refused with the general words.
 */
export function explainDatesWith(explain: (value: string) => string | null): void {
  explainDate = explain;
}

/** A calendar date as YYYY-MM-DD that exists (no 30 February), refused in plain words. */
export const calendarDate = () =>
  z.string().refine(isRealCalendarDate, {
    error: (issue) => explainDate?.(String(issue.input)) ?? say('validation.date'),
  });

export const id = () => z.uuid({ error: () => say('validation.id') });
