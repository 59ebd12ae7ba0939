// Chooses the language before anything loads words: the one chosen on this device, else the
// best match for the browser's own languages. Signing in then brings the account's choice
// (lib/language.ts). No waiting here, so that the words of the core part load in it at once.
import {
  bestLanguage,
  directionOf,
  isLanguageCode,
  type LanguageCode,
} from '../../domain/i18n/languages.ts';
import { startIn } from '../../domain/i18n/translate.ts';

export const LANGUAGE_ON_DEVICE = 'waymark.language';

function kept(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_ON_DEVICE);
  } catch {
    return null; // Storage can be switched off; the browser's languages still count.
  }
}

export function showLanguage(language: LanguageCode): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

const onDevice = kept();
const starting = isLanguageCode(onDevice) ? onDevice : bestLanguage(navigator.languages ?? []);
startIn(starting);
showLanguage(starting);
