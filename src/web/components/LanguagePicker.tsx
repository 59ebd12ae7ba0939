// Choosing the language, on every page and before signing in. Each language is listed by its own
// name, so a person finds theirs whatever language is showing; the label also says "Language" in
// English when another language shows, for someone who opened Waymark in one they cannot read.
import { useState } from 'preact/hooks';
import { isLanguageCode, LANGUAGES } from '../../domain/i18n/languages.ts';
import { locale, t } from '../../domain/i18n/translate.ts';
import { switchLanguage } from '../lib/language.ts';

type Props = { signedIn: boolean; id?: string };

export function LanguagePicker({ signedIn, id = 'language' }: Props) {
  const [notSaved, setNotSaved] = useState(false);
  const now = locale();
  const change = async (value: string) => {
    if (!isLanguageCode(value)) return;
    setNotSaved(false);
    try {
      await switchLanguage(value, signedIn);
    } catch {
      setNotSaved(true);
    }
  };
  return (
    <div class="language">
      <label for={id}>
        {t('language.label')}
        {now !== 'en-GB' && <span lang="en-GB"> (Language)</span>}
      </label>
      <select
        id={id}
        class="language__select"
        value={now}
        onChange={(event) => change(event.currentTarget.value)}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
      {notSaved && (
        <p class="problem" role="alert">
          {t('language.notSaved')}
        </p>
      )}
    </div>
  );
}
