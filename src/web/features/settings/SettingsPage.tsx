// Settings: my account, how check-ins remind me, my crisis plan on this device, and (later) the
// language, the password and the devices signed in. Each part reuses the control that already
// exists for it; the full check-in settings keep their own page. A person downloads their record
// from its own page (/settings/download).
import '../../../domain/i18n/checkins.messages.ts';
import '../../../domain/i18n/settings.messages.ts';
import '../../../domain/i18n/account-closure.messages.ts';
import '../../../domain/i18n/record-export.messages.ts';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { formatList, type MessageKey, t } from '../../../domain/i18n/translate.ts';
import { LanguagePicker } from '../../components/LanguagePicker.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { lazyPart } from '../../lib/lazy.tsx';
import { useAccountRole } from '../../lib/session.tsx';
import { AccountSettings } from '../auth/AccountSettings.tsx';
import { OwnsRecord } from '../auth/OwnsRecord.tsx';
import { scaleName, useCheckinSettings } from '../checkins/checkins.resource.ts';
import { copyFor, useCrisisPlanScreen } from '../crisis-plan/crisis-plan.resource.ts';
import { DeviceCopySetting } from '../crisis-plan/DeviceCopySetting.tsx';
import { NotificationSettings } from '../notifications/NotificationSettings.tsx';
import { useRecord } from '../record/RecordContext.tsx';

// Its schemas and words come after the rest of the page, which is read more often.
const PasswordAndDevices = lazyPart(() =>
  import('./PasswordAndDevices.tsx').then((m) => m.PasswordAndDevices),
);
const PasskeySettings = lazyPart(() =>
  import('../passkeys/PasskeySettings.tsx').then((m) => m.PasskeySettings),
);
const TwoStepSettings = lazyPart(() =>
  import('../second-factor/TwoStepSettings.tsx').then((m) => m.TwoStepSettings),
);

/** People and supporters own what they keep, so they may close their account; staff may not. */
function CloseAccountLink() {
  const role = useAccountRole();
  if (role !== 'person' && role !== 'supporter') return null;
  return (
    <section aria-labelledby="close-title">
      <h2 id="close-title">{t('closeAccount.settings.title')}</h2>
      <p>{t('closeAccount.settings.intro')}</p>
      <p>
        <Link href="/settings/close-account">{t('closeAccount.settings.link')}</Link>
      </p>
    </section>
  );
}

function CheckinSummary() {
  const record = useRecord();
  const settings = useCheckinSettings(record.personId);
  const inUse = (scales: { id: string; name: string | null; active: boolean }[]) =>
    scales.filter((scale) => scale.active).map(scaleName);
  return (
    <section aria-labelledby="checkins-title">
      <h2 id="checkins-title">{t('settings.checkins.title')}</h2>
      <Loaded resource={settings}>
        {({ data }) => (
          <ul class="plain-list">
            <li>
              {t('settings.checkins.reminder', {
                frequency: t(`checkins.reminder.${data.reminder}` as MessageKey),
              })}
            </li>
            <li>
              {inUse(data.scales).length > 0
                ? t('settings.checkins.scales', { scales: formatList(inUse(data.scales)) })
                : t('settings.checkins.noScales')}
            </li>
            {data.warningSignPrompts.length > 0 && (
              <li>{t('settings.checkins.signs', { count: data.warningSignPrompts.length })}</li>
            )}
          </ul>
        )}
      </Loaded>
      <p>
        <Link href="/check-in/settings">{t('settings.checkins.change')}</Link>
      </p>
    </section>
  );
}

/** The same control as on the crisis plan page, working on the same plan. */
function CrisisPlanOnDevice() {
  const record = useRecord();
  const screen = useCrisisPlanScreen(record.personId, record.personName);
  return (
    <Loaded resource={screen}>
      {(data, empty) =>
        empty ? (
          <section aria-labelledby="device-none-title">
            <h2 id="device-none-title">{t('settings.device.title')}</h2>
            <p>{t('settings.device.noPlan')}</p>
            <p>
              <Link href="/crisis-plan/change">{t('settings.device.write')}</Link>
            </p>
          </section>
        ) : (
          <DeviceCopySetting
            copy={data.deviceCopy}
            makeCopy={() => copyFor(record.personId, record.personName, data)}
          />
        )
      }
    </Loaded>
  );
}

export function SettingsPage() {
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <>
      <PageHeading title={t('settings.title')} hasErrors={hasErrors} />
      <p class="lead">{t('settings.intro')}</p>
      <AccountSettings onErrors={setHasErrors} />
      <PasswordAndDevices onErrors={setHasErrors} />
      <TwoStepSettings onErrors={setHasErrors} />
      <PasskeySettings onErrors={setHasErrors} />
      <NotificationSettings />
      <OwnsRecord>
        <CheckinSummary />
        <CrisisPlanOnDevice />
      </OwnsRecord>
      <section aria-labelledby="language-title">
        <h2 id="language-title">{t('settings.language.title')}</h2>
        <p>{t('settings.language.intro')}</p>
        <LanguagePicker signedIn id="settings-language" />
      </section>
      <OwnsRecord>
        <section aria-labelledby="download-title">
          <h2 id="download-title">{t('download.settings.title')}</h2>
          <p>{t('download.settings.intro')}</p>
          <p>
            <Link href="/settings/download">{t('download.settings.link')}</Link>
          </p>
        </section>
        <section aria-labelledby="welcome-title">
          <h2 id="welcome-title">{t('settings.welcome.title')}</h2>
          <p>
            <Link href="/welcome">{t('settings.welcome.again')}</Link>
          </p>
          <p>
            <Link href="/settings/import">{t('settings.import')}</Link>
          </p>
        </section>
      </OwnsRecord>
      <CloseAccountLink />
    </>
  );
}
