// Settings, "Passkeys" (decision 0041): add a passkey with a name, see each with when it was
// added and last used, and remove one with the password. Loaded after the rest of Settings
// (lazyPart), and the browser calls (webauthn.ts) only when a passkey is being added. Where the
// browser cannot make passkeys, the part says so instead of offering the button.
import '../../../domain/i18n/second-factor.messages.ts';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Passkey, PasskeyList } from '../../../domain/auth/passkey.schema.ts';
import { mustUseSecondFactor } from '../../../domain/auth/staff.ts';
import { formatDate, t } from '../../../domain/i18n/translate.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { Notice, useNotice } from '../../components/Notice.tsx';
import { useForm, validate } from '../../lib/form.ts';
import { usePrefetch } from '../../lib/lazy-schema.ts';
import { useResource } from '../../lib/resource.ts';
import { useAccountRole, useSecondFactorRequired } from '../../lib/session.tsx';
import { passkeysApi } from './passkeys.resource.ts';
import { makePasskey, passkeysSupported, wasDeclined } from './webauthn.ts';

const schemas = () => import('../../../domain/auth/passkey.schema.ts');
const nameSchema = () => schemas().then((m) => m.addPasskeySchema.pick({ name: true }));
const removeSchema = () => schemas().then((m) => m.removePasskeySchema);

type Props = { onErrors: (shown: boolean) => void };

export function PasskeySettings({ onErrors }: Props) {
  const passkeys = useResource((signal) => passkeysApi.list(signal), []);
  const role = useAccountRole();
  const staff = role !== null && mustUseSecondFactor(role);
  const notice = useNotice();
  const heading = useRef<HTMLHeadingElement>(null);
  const [supported] = useState(passkeysSupported);

  const done = (message: string) => {
    notice.show({ message });
    passkeys.refresh();
    heading.current?.focus();
  };

  return (
    <section aria-labelledby="passkeys-title">
      <h2 id="passkeys-title" tabIndex={-1} ref={heading}>
        {t('passkey.title')}
      </h2>
      <p>{t('passkey.intro')}</p>
      {staff && <p>{t('passkey.staffMay')}</p>}
      <p>{t('passkey.keepAnother')}</p>
      <Notice state={notice} />
      <Loaded resource={passkeys}>
        {(data: PasskeyList) =>
          data.passkeys.length === 0 ? (
            <p>{t('passkey.none')}</p>
          ) : (
            <>
              <h3>{t('passkey.listTitle')}</h3>
              <ul class="cards">
                {data.passkeys.map((passkey) => (
                  <PasskeyCard
                    key={passkey.id}
                    passkey={passkey}
                    onErrors={onErrors}
                    onRemoved={() => done(t('passkey.removed', { name: passkey.name }))}
                  />
                ))}
              </ul>
            </>
          )
        }
      </Loaded>
      {supported ? (
        <AddPasskey onErrors={onErrors} onAdded={(name) => done(t('passkey.added', { name }))} />
      ) : (
        <p>{t('passkey.notSupported')}</p>
      )}
    </section>
  );
}

function AddPasskey({ onErrors, onAdded }: Props & { onAdded: (name: string) => void }) {
  const form = useForm({ name: '' }, onErrors);
  const secondFactor = useSecondFactorRequired();
  usePrefetch(nameSchema);

  const submit = (event: Event) => {
    event.preventDefault();
    return form.run(async () => {
      const checked = await validate(nameSchema, form.values);
      if (!checked.ok) return form.showErrors(checked.errors);
      form.clearErrors();
      onErrors(false);
      const options = await passkeysApi.options();
      let credential: Awaited<ReturnType<typeof makePasskey>>;
      try {
        credential = await makePasskey(options);
      } catch (error) {
        if (wasDeclined(error)) return form.showErrors({}, t('passkey.notMade'));
        throw error;
      }
      const added = await passkeysApi.add({ name: checked.data.name, credential });
      form.setValues({ name: '' });
      // Staff may open every page again: the server counts it from now on.
      secondFactor.changed(true);
      onAdded(added.name);
    });
  };

  return (
    <>
      <ErrorSummary
        errors={form.errors}
        formError={form.formError}
        attempt={form.attempt}
        idFor={() => 'passkeyName'}
      />
      <form class="form" noValidate onSubmit={submit}>
        <TextField
          id="passkeyName"
          label={t('passkey.name')}
          hint={t('passkey.nameHint')}
          autoComplete="off"
          width="half"
          value={form.values.name}
          error={form.errors.name}
          onInput={(value) => form.set('name', value)}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {t('passkey.add')}
        </button>
      </form>
    </>
  );
}

function PasskeyCard({
  passkey,
  onErrors,
  onRemoved,
}: Props & { passkey: Passkey; onRemoved: () => void }) {
  const [removing, setRemoving] = useState(false);
  const formId = `remove-passkey-${passkey.id}`;
  return (
    <li class="card">
      <h4 class="card__title">{passkey.name}</h4>
      <p class="card__meta">{t('passkey.addedOn', { date: formatDate(passkey.createdAt) })}</p>
      <p>
        {passkey.lastUsedAt
          ? t('passkey.lastUsed', { date: formatDate(passkey.lastUsedAt) })
          : t('passkey.notUsed')}
      </p>
      {removing ? (
        <RemovePasskey
          id={formId}
          passkey={passkey}
          onErrors={onErrors}
          onCancel={() => setRemoving(false)}
          onRemoved={onRemoved}
        />
      ) : (
        <button type="button" class="button button--secondary" onClick={() => setRemoving(true)}>
          {t('passkey.remove')} <span class="visually-hidden">{passkey.name}</span>
        </button>
      )}
    </li>
  );
}

function RemovePasskey({
  id,
  passkey,
  onErrors,
  onCancel,
  onRemoved,
}: Props & { id: string; passkey: Passkey; onCancel: () => void; onRemoved: () => void }) {
  const form = useForm({ currentPassword: '' }, onErrors);
  usePrefetch(removeSchema);
  const fieldId = `${id}-password`;
  const title = useRef<HTMLHeadingElement>(null);
  // The Remove button pressed is gone: its form's heading takes the place.
  useLayoutEffect(() => title.current?.focus(), []);

  const submit = (event: Event) => {
    event.preventDefault();
    return form.run(async () => {
      const checked = await validate(removeSchema, form.values);
      if (!checked.ok) return form.showErrors(checked.errors);
      form.clearErrors();
      onErrors(false);
      await passkeysApi.remove(passkey.id, checked.data);
      onRemoved();
    });
  };

  return (
    <div id={id}>
      <h5 tabIndex={-1} ref={title}>
        {t('passkey.removeTitle', { name: passkey.name })}
      </h5>
      <ErrorSummary
        errors={form.errors}
        formError={form.formError}
        attempt={form.attempt}
        idFor={() => fieldId}
      />
      <form class="form" noValidate onSubmit={submit}>
        <TextField
          id={fieldId}
          label={t('passkey.password')}
          hint={t('passkey.removeIntro')}
          type="password"
          autoComplete="current-password"
          width="half"
          value={form.values.currentPassword}
          error={form.errors.currentPassword}
          onInput={(value) => form.set('currentPassword', value)}
        />
        <button type="submit" class="button button--secondary" disabled={form.busy}>
          {t('passkey.remove')} <span class="visually-hidden">{passkey.name}</span>
        </button>{' '}
        <button type="button" class="button button--quiet" onClick={onCancel}>
          {t('passkey.cancel')}
        </button>
      </form>
    </div>
  );
}
