import '../../../domain/i18n/core.messages.ts';
import { Link, useLocation } from 'wouter-preact';
import { locale, t } from '../../../domain/i18n/translate.ts';
import { CrisisLines } from '../../components/CrisisLines.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { NewPasswordField, TextField } from '../../components/fields.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { keepDraftsOf } from '../../lib/draft-keep.ts';
import { takeReturnTo } from '../../lib/flash.ts';
import { useForm, validate } from '../../lib/form.ts';
import { usePrefetch } from '../../lib/lazy-schema.ts';
import { useSession } from '../../lib/session.tsx';
import { signUp } from './auth.resource.ts';
import { UsingWaymarkSafely } from './UsingWaymarkSafely.tsx';

const signUpSchema = () =>
  import('../../../domain/auth/auth.schema.ts').then((m) => m.signUpSchema);

export function SignUpPage() {
  const { start } = useSession();
  const [, navigate] = useLocation();
  const form = useForm({ displayName: '', email: '', password: '' });
  const { values, errors } = form;
  usePrefetch(signUpSchema);

  const submit = (event: Event) => {
    event.preventDefault();
    // Server problems (email already used, too many tries) come back as field or form errors.
    return form.run(async () => {
      const checked = await validate(signUpSchema, values);
      if (!checked.ok) return form.showErrors(checked.errors);
      form.clearErrors();
      // The language showing now becomes the account's, for its emails and other devices.
      const session = await signUp({ ...checked.data, language: locale() });
      // Drafts left in this tab by another account (one that timed out) are not for this one.
      keepDraftsOf(session.account.id);
      start(session);
      // Back to where they were going, such as an invitation they opened before signing up.
      navigate(takeReturnTo());
    });
  };

  const { hasErrors } = form;
  return (
    <>
      <PageHeading title={t('auth.signUp.title')} hasErrors={hasErrors} />
      <ErrorSummary errors={errors} formError={form.formError} attempt={form.attempt} />
      <p class="lead">{t('auth.signUp.intro')}</p>
      <form class="form" noValidate onSubmit={submit}>
        <TextField
          id="displayName"
          label={t('field.displayName')}
          hint={t('field.displayName.hint')}
          autoComplete="nickname"
          width="half"
          value={values.displayName}
          error={errors.displayName}
          onInput={(value) => form.set('displayName', value)}
        />
        <TextField
          id="email"
          label={t('field.email')}
          type="email"
          autoComplete="email"
          spellcheck={false}
          value={values.email}
          error={errors.email}
          onInput={(value) => form.set('email', value)}
        />
        <NewPasswordField
          value={values.password}
          error={errors.password}
          onInput={(value) => form.set('password', value)}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {t('auth.signUp.submit')}
        </button>
      </form>
      <p>
        {t('auth.signUp.haveAccount')} <Link href="/sign-in">{t('nav.signIn')}</Link>
      </p>
      {/* Help without signing in, as on every page that shows no record. */}
      <CrisisLines />
      <UsingWaymarkSafely />
    </>
  );
}
