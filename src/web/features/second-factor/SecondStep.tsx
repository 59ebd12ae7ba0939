// The second step of signing in (decision 0039): the right password was given and the account
// has two-step sign-in on, so the server waits for a 6-digit code from the app, for one of
// the recovery codes, or for one of the account's passkeys (decision 0041), whichever the
// account has. The pending sign-in lives only in an httpOnly cookie the server set; if it has
// run out, the person is sent back to the password with the server's words. The passkey's
// browser calls load only for an account that has one.
import '../../../domain/i18n/second-factor.messages.ts';
import { useState } from 'preact/hooks';
import type { SessionInfo } from '../../../domain/auth/auth.schema.ts';
import type { SecondStepWays } from '../../../domain/auth/second-factor.schema.ts';
import { t } from '../../../domain/i18n/translate.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/fields.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { asApiError } from '../../lib/api.ts';
import { serverFieldErrors, useForm, validate } from '../../lib/form.ts';
import { usePrefetch } from '../../lib/lazy-schema.ts';
import { secondFactorApi } from './second-factor.resource.ts';

const signInSchema = () =>
  import('../../../domain/auth/second-factor.schema.ts').then((m) => m.secondFactorSignInSchema);

const passkeyCalls = () =>
  Promise.all([import('../passkeys/webauthn.ts'), import('../passkeys/passkeys.resource.ts')]);

type Props = {
  /** What the account can use: the app's code (and recovery codes), a passkey, or both. */
  ways: SecondStepWays;
  onSignedIn: (session: SessionInfo) => void;
  /** The pending sign-in is gone (timed out): back to the password, saying why. */
  onExpired: (message: string) => void;
};

export function SecondStep({ ways, onSignedIn, onExpired }: Props) {
  const [useRecovery, setUseRecovery] = useState(false);
  const form = useForm({ code: '', recoveryCode: '' });
  const { values, errors } = form;
  usePrefetch(signInSchema);
  usePrefetch(passkeyCalls, ways.passkey);

  const failed = (error: unknown) => {
    const apiError = asApiError(error);
    if (apiError.code === 'WM_SECOND_FACTOR_SIGN_IN_EXPIRED') return onExpired(apiError.message);
    if (apiError.fields.length > 0) form.showErrors(serverFieldErrors(apiError));
    else form.showErrors({}, apiError.message);
  };

  const withPasskey = () =>
    form.run(async () => {
      form.clearErrors();
      const [{ usePasskey, passkeysSupported, wasDeclined }, { passkeysApi }] =
        await passkeyCalls();
      if (!passkeysSupported()) return form.showErrors({}, t('passkey.signIn.notSupported'));
      try {
        const credential = await usePasskey(await passkeysApi.signInOptions());
        onSignedIn(await passkeysApi.signIn({ credential }));
      } catch (error) {
        if (wasDeclined(error)) return form.showErrors({}, t('passkey.signIn.notUsed'));
        failed(error);
      }
    });

  const submit = (event: Event) => {
    event.preventDefault();
    return form.run(async () => {
      const sent = useRecovery ? { recoveryCode: values.recoveryCode } : { code: values.code };
      const checked = await validate(signInSchema, sent);
      if (!checked.ok) return form.showErrors(checked.errors);
      form.clearErrors();
      try {
        onSignedIn(await secondFactorApi.signIn(sent));
      } catch (error) {
        failed(error);
      }
    });
  };

  const switchWay = () => {
    form.clearErrors();
    setUseRecovery(!useRecovery);
  };

  const { hasErrors } = form;
  const passkeyFirst = ways.passkey && !useRecovery;
  const title = useRecovery
    ? 'twoStep.signIn.recoveryTitle'
    : passkeyFirst
      ? 'passkey.signIn.title'
      : 'twoStep.signIn.title';
  return (
    <>
      <PageHeading title={t(title)} hasErrors={hasErrors} />
      <ErrorSummary errors={errors} formError={form.formError} attempt={form.attempt} />
      {passkeyFirst && (
        <>
          <p>{t('passkey.signIn.intro')}</p>
          <p>
            <button type="button" class="button" disabled={form.busy} onClick={withPasskey}>
              {t('passkey.signIn.use')}
            </button>
          </p>
        </>
      )}
      {ways.app && (
        <>
          {passkeyFirst && <h2>{t('passkey.signIn.orCode')}</h2>}
          {!useRecovery && <p>{t('twoStep.signIn.intro')}</p>}
          <form class="form" noValidate onSubmit={submit}>
            {useRecovery ? (
              <TextField
                id="recoveryCode"
                label={t('twoStep.signIn.recoveryCode')}
                hint={t('twoStep.signIn.recoveryHint')}
                autoComplete="off"
                spellcheck={false}
                width="half"
                value={values.recoveryCode}
                error={errors.recoveryCode}
                onInput={(value) => form.set('recoveryCode', value)}
              />
            ) : (
              <TextField
                id="code"
                label={t('twoStep.signIn.code')}
                autoComplete="one-time-code"
                inputMode="numeric"
                spellcheck={false}
                width="half"
                value={values.code}
                error={errors.code}
                onInput={(value) => form.set('code', value)}
              />
            )}
            <button type="submit" class="button" disabled={form.busy}>
              {t('twoStep.signIn.submit')}
            </button>
          </form>
          <p>
            <button type="button" class="button button--quiet" onClick={switchWay}>
              {t(useRecovery ? 'twoStep.signIn.useApp' : 'twoStep.signIn.useRecovery')}
            </button>
          </p>
        </>
      )}
    </>
  );
}
