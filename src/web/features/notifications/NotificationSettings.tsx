// In Settings: which notifications this account gets, in Waymark and by email, kind by kind.
import '../../../domain/i18n/notifications.messages.ts';
import { useState } from 'preact/hooks';
import { type MessageKey, t } from '../../../domain/i18n/translate.ts';
import { NOTIFICATION_KINDS } from '../../../domain/notifications/notification-kinds.ts';
import type { NotificationSettings as Settings } from '../../../domain/notifications/notifications.schema.ts';
import { CheckboxField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { notifications, useNotificationSettings } from './notifications.resource.ts';

function SettingsForm({ saved }: { saved: Settings }) {
  const [values, setValues] = useState(saved);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const set = (kind: keyof Settings, channel: 'inApp' | 'email', on: boolean) => {
    setStatus('idle');
    setValues({ ...values, [kind]: { ...values[kind], [channel]: on } });
  };
  const save = async (event: Event) => {
    event.preventDefault();
    setStatus('saving');
    try {
      setValues(await notifications.saveSettings(values));
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <form onSubmit={save} noValidate>
      {NOTIFICATION_KINDS.map((kind) => (
        <fieldset key={kind} class="fieldset">
          <legend class="label">{t(`notifications.setting.${kind}` as MessageKey)}</legend>
          <CheckboxField
            id={`notify-${kind}-app`}
            label={t('notifications.settings.inApp')}
            checked={values[kind].inApp}
            onChange={(on) => set(kind, 'inApp', on)}
          />
          <CheckboxField
            id={`notify-${kind}-email`}
            label={t('notifications.settings.email')}
            checked={values[kind].email}
            onChange={(on) => set(kind, 'email', on)}
          />
        </fieldset>
      ))}
      <p role="status">{status === 'saved' ? t('notifications.settings.saved') : ''}</p>
      {status === 'failed' && (
        <p class="problem" role="alert">
          {t('notifications.settings.saveFailed')}
        </p>
      )}
      <button type="submit" class="button" disabled={status === 'saving'}>
        {t('notifications.settings.save')}
      </button>
    </form>
  );
}

export function NotificationSettings() {
  const settings = useNotificationSettings();
  return (
    <section aria-labelledby="notification-settings-title">
      <h2 id="notification-settings-title">{t('notifications.settings.title')}</h2>
      <p>{t('notifications.settings.intro')}</p>
      <Loaded resource={settings}>{(data) => <SettingsForm saved={data} />}</Loaded>
    </section>
  );
}
