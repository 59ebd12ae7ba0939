// Settings, "Change my password" and "Where I am signed in". Loaded after the rest of Settings
// (lazyPart): its schemas and words are not part of the page's first load. Passwords are never
// kept as drafts (the form has no draft key).
import '../../../domain/i18n/account-security.messages.ts';
import { useRef } from 'preact/hooks';
import { useLocation } from 'wouter-preact';
import {
  type DeviceSession,
  passwordChangeSchema,
} from '../../../domain/auth/account-security.schema.ts';
import { formatDateTime, t } from '../../../domain/i18n/translate.ts';
import { LIMITS } from '../../../domain/validation.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { Notice, useNotice } from '../../components/Notice.tsx';
import { asApiError } from '../../lib/api.ts';
import { useForm, validate } from '../../lib/form.ts';
import { type Resource, useResource } from '../../lib/resource.ts';
import { useSession } from '../../lib/session.tsx';
import { signOutHere } from '../../lib/sign-out.ts';
import { securityApi } from './account-security.resource.ts';

type Props = { onErrors: (shown: boolean) => void };

export function PasswordAndDevices({ onErrors }: Props) {
  const devices = useResource((signal) => securityApi.devices(signal), []);
  return (
    <>
      <ChangePassword onErrors={onErrors} onChanged={devices.refresh} />
      <SignedInDevices devices={devices} />
    </>
  );
}

function ChangePassword({ onErrors, onChanged }: Props & { onChanged: () => void }) {
  const form = useForm({ currentPassword: '', newPassword: '' }, onErrors);
  const notice = useNotice();

  const submit = (event: Event) => {
    event.preventDefault();
    notice.show(null);
    const checked = validate(passwordChangeSchema, form.values);
    if (!checked.ok) return form.showErrors(checked.errors);
    form.clearErrors();
    onErrors(false);
    return form.run(async () => {
      const { signedOutElsewhere: count } = await securityApi.changePassword(checked.data);
      form.setValues({ currentPassword: '', newPassword: '' });
      notice.show({
        message:
          count === 0
            ? t('security.password.saved')
            : t('security.password.savedElsewhere', { count }),
      });
      onChanged();
    });
  };

  return (
    <section aria-labelledby="password-title">
      <h2 id="password-title">{t('security.password.title')}</h2>
      <p>{t('security.password.intro')}</p>
      <ErrorSummary errors={form.errors} formError={form.formError} attempt={form.attempt} />
      <Notice state={notice} />
      <form class="form" noValidate onSubmit={submit}>
        <TextField
          id="currentPassword"
          label={t('security.password.current')}
          type="password"
          autoComplete="current-password"
          width="half"
          value={form.values.currentPassword}
          error={form.errors.currentPassword}
          onInput={(value) => form.set('currentPassword', value)}
        />
        <TextField
          id="newPassword"
          label={t('security.password.new')}
          hint={t('security.password.newHint', { min: LIMITS.passwordMin })}
          type="password"
          autoComplete="new-password"
          width="half"
          value={form.values.newPassword}
          error={form.errors.newPassword}
          onInput={(value) => form.set('newPassword', value)}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {t('security.password.save')}
        </button>
      </form>
    </section>
  );
}

function deviceName(device: DeviceSession): string {
  return device.thisDevice
    ? t('security.devices.thisDevice')
    : t('security.devices.otherDevice', { when: formatDateTime(device.createdAt) });
}

function SignedInDevices({ devices }: { devices: Resource<DeviceSession[]> }) {
  const { signOut } = useSession();
  const [, navigate] = useLocation();
  const notice = useNotice();
  const heading = useRef<HTMLHeadingElement>(null);

  const signOutDevice = async (device: DeviceSession) => {
    notice.show(null);
    try {
      if (device.thisDevice) {
        // As Sign out in the menu: the session ends (the shell follows), then the device is
        // cleared of drafts and the crisis plan's copy.
        const endSession = async () => {
          await securityApi.signOutDevice(device.id);
          await signOut();
        };
        return await signOutHere(endSession, navigate);
      }
      await securityApi.signOutDevice(device.id);
      notice.show({ message: t('security.devices.signedOut') });
    } catch (error) {
      // Already signed out elsewhere (404): the list read again shows how things are.
      if (asApiError(error).status !== 404)
        notice.show({ message: asApiError(error).message, problem: true });
    }
    devices.refresh();
    // The button pressed is gone with its device: the list's heading keeps the place.
    heading.current?.focus();
  };

  return (
    <section aria-labelledby="devices-title">
      <h2 id="devices-title" tabIndex={-1} ref={heading}>
        {t('security.devices.title')}
      </h2>
      <p>{t('security.devices.intro')}</p>
      <Notice state={notice} />
      <Loaded resource={devices}>
        {(items) => (
          <ul class="cards">
            {items.map((device) => (
              <li class="card" key={device.id}>
                <h3 class="card__title">{deviceName(device)}</h3>
                <p class="card__meta">
                  {t('security.devices.signedIn', { when: formatDateTime(device.createdAt) })}
                </p>
                <p>{t('security.devices.lastSeen', { when: formatDateTime(device.lastSeenAt) })}</p>
                <button
                  type="button"
                  class="button button--secondary"
                  onClick={() => signOutDevice(device)}
                >
                  {device.thisDevice ? (
                    t('security.devices.signOutHere')
                  ) : (
                    <>
                      {t('security.devices.signOut')}{' '}
                      <span class="visually-hidden">{deviceName(device)}</span>
                    </>
                  )}
                </button>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </section>
  );
}
