// The page a reset link opens (/reset-password/:token): the person chooses a new password, which
// signs them out everywhere, and goes on to sign in with it (so two-step sign-in still asks for
// its code). The link is checked only when the form is sent; one that does not work says so.
import '../../../domain/i18n/password-reset.messages.ts';
import { useState } from 'preact/hooks';
import { Link, useLocation } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import { CrisisLines } from '../../components/CrisisLines.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { NewPasswordField } from '../../components/fields.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { asApiError } from '../../lib/api.ts';
import { setFlash } from '../../lib/flash.ts';
import { useForm, validate } from '../../lib/form.ts';
import { usePrefetch } from '../../lib/lazy-schema.ts';
import { resetPassword } from './password-reset.resource.ts';

const resetSchema = () =>
  import('../../../domain/auth/password-reset.schema.ts').then((m) => m.resetPasswordSchema);

function LinkGone() {
  return (
    <>
      <PageHeading title={t('passwordReset.gone.title')} />
      <p>{t('passwordReset.gone.body')}</p>
      <p>
        <Link href="/forgot-password">{t('passwordReset.gone.again')}</Link>
      </p>
    </>
  );
}

export function ResetPasswordPage({ token }: { token: string }) {
  const [, navigate] = useLocation();
  const [gone, setGone] = useState(false);
  const form = useForm({ password: '' });
  const { values, errors } = form;
  usePrefetch(resetSchema);

  const submit = (event: Event) => {
    event.preventDefault();
    return form.run(async () => {
      const checked = await validate(resetSchema, { token, password: values.password });
      // A token no link of ours could have is a link that does not work, not a field to fix.
      if (!checked.ok && checked.errors.token) return setGone(true);
      if (!checked.ok) return form.showErrors(checked.errors);
      form.clearErrors();
      try {
        await resetPassword(checked.data);
        setFlash({ message: t('passwordReset.done') });
        navigate('/sign-in', { replace: true });
      } catch (error) {
        if (asApiError(error).code === 'WM_RESET_LINK_INVALID') setGone(true);
        else throw error;
      }
    });
  };

  const hasErrors = Object.keys(errors).length > 0 || form.formError !== null;
  return (
    <>
      {gone ? (
        <LinkGone />
      ) : (
        <>
          <PageHeading title={t('passwordReset.choose.title')} hasErrors={hasErrors} />
          <ErrorSummary errors={errors} formError={form.formError} attempt={form.attempt} />
          <p class="lead">{t('passwordReset.choose.intro')}</p>
          <form class="form" noValidate onSubmit={submit}>
            <NewPasswordField
              value={values.password}
              error={errors.password}
              onInput={(value) => form.set('password', value)}
            />
            <button type="submit" class="button" disabled={form.busy}>
              {t('passwordReset.choose.submit')}
            </button>
          </form>
        </>
      )}
      <CrisisLines />
    </>
  );
}
