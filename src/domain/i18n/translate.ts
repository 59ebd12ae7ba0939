import { enGB, type MessageKey } from './en-GB.ts';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;

const catalogues: Record<string, Partial<Record<MessageKey, string>>> = { 'en-GB': enGB };
let activeLocale = 'en-GB';

/**
 * Words of features whose pages load on demand (invitations, the access log). Each registers its
 * own when first imported (`*.messages.ts`), so they travel with those pages instead of every
 * page's first load (the 75 KiB budget).
 */
const onDemand: Partial<Record<MessageKey, string>> = {};

export function addMessages(messages: Partial<Record<MessageKey, string>>): void {
  Object.assign(onDemand, messages);
}

/** Whether `key` has words, in the catalogue or registered on demand (keys built at run time). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(enGB, key) || Object.hasOwn(onDemand, key);
}

export function setLocale(locale: string): void {
  if (catalogues[locale]) activeLocale = locale;
}

export function locale(): string {
  return activeLocale;
}

/** Looks a message up in the active catalogue, falling back to en-GB, and fills in `{name}` slots. */
export function t(key: MessageKey, params: MessageParams = {}): string {
  const template =
    catalogues[activeLocale]?.[key] ??
    (enGB as Partial<Record<MessageKey, string>>)[key] ??
    onDemand[key];
  // A key whose words were never registered is a programming error: say so loudly in tests.
  if (template === undefined) throw new Error(`No words for message "${key}"`);
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = params[name];
    if (value === undefined) return slot;
    // Numbers are written the local way: "20,000 characters", not "20000 characters".
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** English style guides write "Tuesday 3 March 2026", without the comma some browsers add. */
function withoutWeekdayComma(parts: Intl.DateTimeFormatPart[]): string {
  const english = activeLocale.startsWith('en');
  return parts
    .map((part, i) =>
      english && part.type === 'literal' && parts[i - 1]?.type === 'weekday' ? ' ' : part.value,
    )
    .join('');
}

export function formatDate(iso: string): string {
  // Plain calendar dates (YYYY-MM-DD) are read as UTC so they never shift a day.
  const date = iso.length === 10 ? new Date(`${iso}T00:00:00Z`) : new Date(iso);
  const format = new Intl.DateTimeFormat(activeLocale, {
    dateStyle: 'full',
    timeZone: iso.length === 10 ? 'UTC' : undefined,
  });
  return withoutWeekdayComma(format.formatToParts(date));
}

export function formatDateTime(iso: string): string {
  const format = new Intl.DateTimeFormat(activeLocale, {
    dateStyle: 'full',
    timeStyle: 'short',
    hourCycle: 'h23',
  });
  return withoutWeekdayComma(format.formatToParts(new Date(iso)));
}

export function formatTime(iso: string): string {
  return new Intl.DateTimeFormat(activeLocale, { timeStyle: 'short', hourCycle: 'h23' }).format(
    new Date(iso),
  );
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(activeLocale).format(value);
}

/** Joins names the local way: "crisis plan and goals", "about me, goals and journal". */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(activeLocale, { style: 'long', type: 'conjunction' }).format(items);
}
