// The languages Waymark speaks. Adding one is a catalogue folder (catalogues/<code>) and a line
// here. `name` is the language's name in itself, so a person finds theirs whatever is showing.
// `intl` is what dates and numbers are written with, where it differs from the code: Bengali keeps
// its own month names but Western digits, the digits people type into Waymark's fields and read
// in its examples, so one line never mixes two kinds of digit (decision 0032).
export const LANGUAGES = [
  { code: 'en-GB', name: 'English', dir: 'ltr' },
  { code: 'cy', name: 'Cymraeg', dir: 'ltr' },
  { code: 'pl', name: 'Polski', dir: 'ltr' },
  { code: 'ur', name: 'اردو', dir: 'rtl' },
  { code: 'bn', name: 'বাংলা', dir: 'ltr', intl: 'bn-u-nu-latn' },
] as const;

export type Language = (typeof LANGUAGES)[number];
export type LanguageCode = Language['code'];
export const DEFAULT_LANGUAGE: LanguageCode = 'en-GB';
export const LANGUAGE_CODES = LANGUAGES.map((language) => language.code) as LanguageCode[];

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (LANGUAGE_CODES as string[]).includes(value);
}

/** The locale Intl writes this language's dates and numbers with. */
export function intlLocaleOf(code: LanguageCode): string {
  const language: Language | undefined = LANGUAGES.find((each) => each.code === code);
  return language && 'intl' in language ? language.intl : code;
}

export function directionOf(code: LanguageCode): 'ltr' | 'rtl' {
  return LANGUAGES.find((language) => language.code === code)?.dir ?? 'ltr';
}

/** The best of our languages for a list the browser or an Accept-Language header gives. */
export function bestLanguage(preferred: readonly string[]): LanguageCode {
  for (const wanted of preferred) {
    const lower = wanted.toLowerCase();
    const exact = LANGUAGE_CODES.find((code) => code.toLowerCase() === lower);
    if (exact) return exact;
    const base = lower.split('-')[0];
    const sameBase = LANGUAGE_CODES.find((code) => code.toLowerCase().split('-')[0] === base);
    if (sameBase) return sameBase;
  }
  return DEFAULT_LANGUAGE;
}
