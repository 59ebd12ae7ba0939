// Changing the language: its words first (every part in use, in one go), then the page's
// direction, the copy on this device and, when signed in, the account, so every device and every
// email follows. The account's choice wins when a session starts on a device that differs.
import { isLanguageCode, type LanguageCode } from '../../domain/i18n/languages.ts';
import { chooseLanguage, locale } from '../../domain/i18n/translate.ts';
import { request } from './api.ts';
import { LANGUAGE_ON_DEVICE, showLanguage } from './language-start.ts';

function keepOnDevice(language: LanguageCode): void {
  try {
    localStorage.setItem(LANGUAGE_ON_DEVICE, language);
  } catch {
    // Storage switched off: the choice lasts for this visit and stays on the account.
  }
}

/** Shows Waymark in `language` and keeps the choice; `signedIn` also keeps it on the account. */
export async function switchLanguage(language: LanguageCode, signedIn: boolean): Promise<void> {
  await chooseLanguage(language);
  showLanguage(language);
  keepOnDevice(language);
  if (signedIn) await request('PUT', '/account/language', { body: { language } });
}

/** On signing in: the language the account chose, if it differs from this device's. */
export async function followAccount(chosen: string | null): Promise<void> {
  if (!isLanguageCode(chosen) || chosen === locale()) return;
  await chooseLanguage(chosen);
  showLanguage(chosen);
  keepOnDevice(chosen);
}
