// For someone who keeps their own record and also supports someone: the way to the people who
// shared with them, on their Home. Shown only once the list has someone in it; while it loads,
// or if it cannot be loaded, Home shows nothing here rather than a problem about sharing.
import '../../../domain/i18n/supporting.messages.ts';
import { Link } from 'wouter-preact';
import { intlLocaleOf } from '../../../domain/i18n/languages.ts';
import { locale, t } from '../../../domain/i18n/translate.ts';
import { sentence } from '../../lib/own-words.tsx';
import { dataOf } from '../../lib/resource.ts';
import { useSharedWithMe } from './sharing.resource.ts';

/** Names joined the local way ("Jo, Priya and Sam"), each in a <bdi> of its own. */
export function namesList(names: readonly string[]) {
  const list = new Intl.ListFormat(intlLocaleOf(locale()), { style: 'long', type: 'conjunction' });
  return list
    .formatToParts(names)
    .map((part, index) =>
      part.type === 'element' ? <bdi key={index}>{part.value}</bdi> : part.value,
    );
}

export function SupportingLink() {
  const people = dataOf(useSharedWithMe().state) ?? [];
  if (people.length === 0) return null;
  return (
    <section aria-labelledby="supporting-title">
      <h2 id="supporting-title">{t('supporting.title')}</h2>
      <p>
        {sentence('supporting.homeLine', {
          names: namesList(people.map((person) => person.name)),
        })}{' '}
        <Link href="/people">{t('supporting.homeLink')}</Link>
      </p>
    </section>
  );
}
