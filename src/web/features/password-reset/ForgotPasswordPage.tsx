// "Forgotten your password?" (/forgot-password): the person gives the email they sign in with
// and is told to look for a link. The page says the same whether or not an account uses it.
import '../../../domain/i18n/password-reset.messages.ts';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { RESET_LINK_MINUTES } from '../../../domain/auth/password-reset-limits.ts';
import { t } from '../../../domain/i18n/translate.ts';
import { CrisisLines } from '../../components/CrisisLines.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/fields.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useForm, validate } from '../../lib/form.ts';
import { usePrefetch } from '../../lib/lazy-schema.ts';
import { askForResetLink } from './password-reset.resource.ts';

const askSchema = () =>
  import('../../../domain/auth/password-reset.schema.ts').then((m) => m.forgotPasswordSchema);

function LinkSent({ email, onAgain }: { email: string; onAgain: () => void }) {
  return (
    <>
      <PageHeading title={t('passwordReset.sent.title')} />
      <p class="lead">{t('passwordReset.sent.body', { email, minutes: RESET_LINK_MINUTES })}</p>
      <p>{t('passwordReset.sent.nothing')}</p>
      <p>
        <button type="button" class="button button--secondary" onClick={onAgain}>
          {t('passwordReset.sent.again')}
        </button>
      </p>
      <p>
        <Link href="/sign-in">{t('passwordReset.backToSignIn')}</Link>
      </p>
    </>
  );
}

export function ForgotPasswordPage() {
  const form = useForm({ email: '' });
  const { values, errors } = form;
  const [sentTo, setSentTo] = useState<string | null>(null);
  usePrefetch(askSchema);

  const submit = (event: Event) => {
    event.preventDefault();
    return form.run(async () => {
      const checked = await validate(askSchema, values);
      if (!checked.ok) return form.showErrors(checked.errors);
      form.clearErrors();
      await askForResetLink(checked.data);
      setSentTo(checked.data.email);
    });
  };

  const { hasErrors } = form;
  return (
    <>
      {sentTo !== null ? (
        <LinkSent email={sentTo} onAgain={() => setSentTo(null)} />
      ) : (
        <>
          <PageHeading title={t('passwordReset.ask.title')} hasErrors={hasErrors} />
          <ErrorSummary errors={errors} formError={form.formError} attempt={form.attempt} />
          <p class="lead">{t('passwordReset.ask.intro')}</p>
          <form class="form" noValidate onSubmit={submit}>
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
            <button type="submit" class="button" disabled={form.busy}>
              {t('passwordReset.ask.submit')}
            </button>
          </form>
          <p>
            <Link href="/sign-in">{t('passwordReset.backToSignIn')}</Link>
          </p>
        </>
      )}
      <CrisisLines />
    </>
  );
}
