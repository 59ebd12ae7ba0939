// The welcome after sign-up: whose record this is, who can see it, and that the person can
// start anywhere, with four places to begin and a way to skip. Shown once: the moment it is on
// screen the account remembers, so it does not come back on this device or any other.
import '../../../domain/i18n/welcome.messages.ts';
import { useEffect, useLayoutEffect } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { type MessageKey, t } from '../../../domain/i18n/translate.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useSession } from '../../lib/session.tsx';
import { accountApi } from '../auth/account.resource.ts';
import { useRecord } from '../record/RecordContext.tsx';
import '../../styles/welcome.css';
import { sentence } from '../../lib/own-words.tsx';

const STARTS: { href: string; key: MessageKey; hint: MessageKey }[] = [
  { href: '/about-me', key: 'welcome.start.aboutMe', hint: 'welcome.start.aboutMe.hint' },
  {
    href: '/crisis-plan/change',
    key: 'welcome.start.crisisPlan',
    hint: 'welcome.start.crisisPlan.hint',
  },
  { href: '/goals/new', key: 'welcome.start.goal', hint: 'welcome.start.goal.hint' },
  // The life areas page offers the framings (decision 0034).
  { href: '/life-areas', key: 'welcome.start.lifeAreas', hint: 'welcome.start.lifeAreas.hint' },
];

export function WelcomePage() {
  const record = useRecord();
  const { update } = useSession();

  // Home stops sending the person here before the page is even painted, so "Not now" pressed
  // at once can never land back on the welcome (a plain effect may run after the click).
  useLayoutEffect(() => {
    update({ welcomeDue: false });
  }, [update]);
  useEffect(() => {
    // The account remembers it for every other device. If the server cannot be told, the
    // welcome simply shows once more later: nothing the person needs to hear about.
    accountApi.welcomed().catch(() => undefined);
  }, []);

  return (
    <>
      <PageHeading title={t('welcome.title')} />
      <p class="lead">{sentence('welcome.hello', { name: record.personName })}</p>
      <h2>{t('welcome.yours.title')}</h2>
      <p>{t('welcome.yours.body')}</p>
      <h2>{t('welcome.private.title')}</h2>
      <p>{t('welcome.private.body')}</p>
      <h2 id="welcome-start">{t('welcome.start.title')}</h2>
      <p>{t('welcome.start.body')}</p>
      <ul class="starts" aria-labelledby="welcome-start">
        {STARTS.map((start) => (
          <li key={start.href} class="starts__item">
            <Link href={start.href} class="starts__link" aria-describedby={`${start.key}-hint`}>
              {t(start.key)}
            </Link>
            <p class="starts__hint" id={`${start.key}-hint`}>
              {t(start.hint)}
            </p>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/settings/import">{t('welcome.import')}</Link>
      </p>
      <p>
        <Link href="/" class="button button--secondary">
          {t('welcome.skip')}
        </Link>
      </p>
      <p class="meta">{t('welcome.again')}</p>
    </>
  );
}
