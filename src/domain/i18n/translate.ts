// Turning message keys into words in a person's language. The words live in catalogues, one
// folder per language and one file per key prefix, grouped in parts that load together
// (docs/decisions/0032). The browser holds one person's language; the server answers many people
// at once, so it hands in where each request's language is kept (useLanguageOf).
import type { MessageKey } from './catalogues/en-GB/index.ts';
import { DEFAULT_LANGUAGE, intlLocaleOf, type LanguageCode } from './languages.ts';
import { fillMessage, type MessageParams, type Piece, parseMessage } from './message-format.ts';

export type { MessageKey, MessageParams };
export type Words = Partial<Record<MessageKey, string>>;
/** How to fetch one part's words in each language (in the browser, each its own chunk). */
export type WordLoaders = Partial<Record<LanguageCode, () => Promise<{ default: Words }>>>;

const words: Partial<Record<LanguageCode, Words>> = {};
const parsed = new Map<string, Piece[]>();
let chosen: LanguageCode = DEFAULT_LANGUAGE;
let languageNow: () => LanguageCode | undefined = () => chosen;

/** The server keeps each request's language apart (http/language.ts); the browser has one. */
export function useLanguageOf(source: () => LanguageCode | undefined): void {
  languageNow = source;
}

/** The browser's language before its first words load (lib/language-start.ts). */
export function startIn(language: LanguageCode): void {
  chosen = language;
}

/** The language words are given in right now. */
export function locale(): LanguageCode {
  return languageNow() ?? chosen;
}

export function addWords(language: LanguageCode, more: Words): void {
  words[language] = { ...words[language], ...more };
}

/** Whether `key` has words (keys built at run time, such as an access-log action's sentence). */
export function hasMessage(key: string): key is MessageKey {
  return (
    Object.hasOwn(words[locale()] ?? {}, key) || Object.hasOwn(words[DEFAULT_LANGUAGE] ?? {}, key)
  );
}

const partLoaders = new Map<string, WordLoaders>();
/** Parts on their way in a file with others' words (loadPartsTogether), by language and part. */
const together = new Map<string, Promise<void>>();
const togetherKey = (language: LanguageCode, part: string) => `${language}\u0000${part}`;

/** Fetches one part's words in the chosen language, and remembers how, for a change of language. */
export async function loadPart(part: string, loaders: WordLoaders): Promise<void> {
  partLoaders.set(part, loaders);
  await loadInto(chosen, part, loaders);
}

/**
 * Asks for several parts' words in `language` in one file (a first page's, with its code:
 * first-pages.ts): a part then takes its words from that file instead of fetching its own. If
 * the file cannot be fetched, each part fetches its own as before.
 */
export function loadPartsTogether(
  language: LanguageCode,
  parts: readonly string[],
  load: (() => Promise<{ default: Words }>) | undefined,
): void {
  if (!load) return;
  const arriving = load().then((file) => addWords(language, file.default));
  arriving.catch(() => undefined); // Said by the parts' own fetches, if those fail too.
  for (const part of parts) together.set(togetherKey(language, part), arriving);
}

async function loadInto(language: LanguageCode, part: string, loaders: WordLoaders) {
  const arriving = together.get(togetherKey(language, part));
  if (arriving) {
    const arrived = await arriving.then(
      () => true,
      () => false,
    );
    if (arrived) return;
    together.delete(togetherKey(language, part));
  }
  const load = loaders[language];
  if (load) addWords(language, (await load()).default);
}

const listeners = new Set<(language: LanguageCode) => void>();

/** Changes the browser's language once the words of every part in use have arrived. */
export async function chooseLanguage(language: LanguageCode): Promise<void> {
  await Promise.all([...partLoaders].map(([part, loaders]) => loadInto(language, part, loaders)));
  chosen = language;
  for (const listener of listeners) listener(language);
}

export function onLanguageChange(listener: (language: LanguageCode) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Looks a message up in the current language, falling back to en-GB, and fills it in. */
export function t(key: MessageKey, params: MessageParams = {}): string {
  const language = locale();
  let own = words[language]?.[key];
  let from = language;
  if (own === undefined) {
    own = words[DEFAULT_LANGUAGE]?.[key];
    from = DEFAULT_LANGUAGE;
  }
  // A key whose words were never loaded is a programming error: say so loudly in tests.
  if (own === undefined) throw new Error(`No words for message "${key}"`);
  const cacheKey = `${from}\u0000${key}`;
  let pieces = parsed.get(cacheKey);
  if (!pieces) {
    pieces = parseMessage(own);
    parsed.set(cacheKey, pieces);
  }
  return fillMessage(pieces, params, {
    number: formatNumber,
    pluralForm: (value) => intlFor(from).plural.select(value),
  });
}

type Intls = { plural: Intl.PluralRules; number: Intl.NumberFormat; list: Intl.ListFormat };
const intls = new Map<LanguageCode, Intls>();

/** Intl's formatters for a language, made once: making them is the slow part. */
function intlFor(language: LanguageCode): Intls {
  let found = intls.get(language);
  if (!found) {
    const locale = intlLocaleOf(language);
    found = {
      plural: new Intl.PluralRules(locale),
      number: new Intl.NumberFormat(locale),
      list: new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }),
    };
    intls.set(language, found);
  }
  return found;
}

/** English style guides write "Tuesday 3 March 2026", without the comma some browsers add. */
function withoutWeekdayComma(parts: Intl.DateTimeFormatPart[]): string {
  const english = locale().startsWith('en');
  return parts
    .map((part, i) =>
      english && part.type === 'literal' && parts[i - 1]?.type === 'weekday' ? ' ' : part.value,
    )
    .join('');
}

export function formatDate(iso: string): string {
  // Plain calendar dates (YYYY-MM-DD) are read as UTC so they never shift a day.
  const date = iso.length === 10 ? new Date(`${iso}T00:00:00Z`) : new Date(iso);
  const format = new Intl.DateTimeFormat(intlLocaleOf(locale()), {
    dateStyle: 'full',
    timeZone: iso.length === 10 ? 'UTC' : undefined,
  });
  return withoutWeekdayComma(format.formatToParts(date));
}

export function formatDateTime(iso: string): string {
  const format = new Intl.DateTimeFormat(intlLocaleOf(locale()), {
    dateStyle: 'full',
    timeStyle: 'short',
    hourCycle: 'h23',
  });
  return withoutWeekdayComma(format.formatToParts(new Date(iso)));
}

/** A short date for tight spaces, such as under a chart: "3 Mar" in English. */
export function formatShortDate(iso: string): string {
  return new Intl.DateTimeFormat(intlLocaleOf(locale()), { day: 'numeric', month: 'short' }).format(
    new Date(iso),
  );
}

export function formatTime(iso: string): string {
  return new Intl.DateTimeFormat(intlLocaleOf(locale()), {
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

export function formatNumber(value: number): string {
  return intlFor(locale()).number.format(value);
}

/** Joins names the local way: "crisis plan and goals", "about me, goals and journal". */
export function formatList(items: readonly string[]): string {
  const list = intlFor(locale()).list.format(items);
  // Intl writes Welsh "and" as "a(c)": it is "ac" before a vowel and "a" otherwise.
  return locale() === 'cy' ? list.replace(/ a\(c\) (\p{L})/gu, welshAnd) : list;
}

const welshAnd = (_: string, next: string) =>
  /[aeiouwyâêîôûŵŷ]/i.test(next) ? ` ac ${next}` : ` a ${next}`;
