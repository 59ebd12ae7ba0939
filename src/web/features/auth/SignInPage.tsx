import '../../../domain/i18n/core.messages.ts';
import { useState } from 'preact/hooks';
import { Link, useLocation } from 'wouter-preact';
import type { SessionInfo } from '../../../domain/auth/auth.schema.ts';
import type { SecondStepWays } from '../../../domain/auth/second-factor.schema.ts';
import { t } from '../../../domain/i18n/translate.ts';
import { CrisisLines } from '../../components/CrisisLines.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/fields.tsx';
import { Notice, useNotice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { asApiError } from '../../lib/api.ts';
import { keepDraftsOf } from '../../lib/draft-keep.ts';
import { takeReturnTo } from '../../lib/flash.ts';
import { serverFieldErrors, useForm, validate } from '../../lib/form.ts';
import { lazyPart } from '../../lib/lazy.tsx';
import { usePrefetch } from '../../lib/lazy-schema.ts';
import { useSession } from '../../lib/session.tsx';
import { signIn } from './auth.resource.ts';
import { UsingWaymarkSafely } from './UsingWaymarkSafely.tsx';

// Only for accounts with two-step sign-in: its code and words come when the password was right.
const secondStepPart = () => import('../second-factor/SecondStep.tsx');
const SecondStep = lazyPart(() => secondStepPart().then((m) => m.SecondStep));

const signInSchema = () =>
  import('../../../domain/auth/auth.schema.ts').then((m) => m.signInSchema);

export function SignInPage() {
  const { start } = useSession();
  const [, navigate] = useLocation();
  const notice = useNotice(true);
  const form = useForm({ email: '', password: '' });
  const { values, errors } = form;
  usePrefetch(signInSchema);

  const [secondStep, setSecondStep] = useState<SecondStepWays | null>(null);

  const signedIn = (session: SessionInfo) => {
    // Drafts left in this tab by another account (one that timed out) are not for this one.
    keepDraftsOf(session.account.id);
    start(session);
    navigate(takeReturnTo());
  };

  const submit = (event: Event) => {
    event.preventDefault();
    return form.run(async () => {
      const checked = await validate(signInSchema, values);
      if (!checked.ok) return form.showErrors(checked.errors);
      form.clearErrors();
      try {
        const answer = await signIn(checked.data);
        // Two-step sign-in is on: the code from the app comes next (decision 0039).
        if ('secondFactorRequired' in answer) {
          form.setValues({ email: values.email, password: '' });
          return setSecondStep({ app: answer.app, passkey: answer.passkey });
        }
        signedIn(answer);
      } catch (error) {
        const apiError = asApiError(error);
        // Wrong email or password: say so beside the email, without saying which was wrong.
        if (apiError.code === 'WM_AUTH_WRONG_CREDENTIALS') {
          form.showErrors({ email: apiError.message });
        } else if (apiError.fields.length > 0) form.showErrors(serverFieldErrors(apiError));
        else form.showErrors({}, apiError.message);
      }
    });
  };

  if (secondStep)
    return (
      <>
        <SecondStep
          ways={secondStep}
          onSignedIn={signedIn}
          onExpired={(message) => {
            setSecondStep(null);
            form.showErrors({}, message);
          }}
        />
        <CrisisLines />
      </>
    );

  const { hasErrors } = form;
  return (
    <>
      <Notice state={notice} />
      <PageHeading title={t('auth.signIn.title')} hasErrors={hasErrors} />
      <ErrorSummary errors={errors} formError={form.formError} attempt={form.attempt} />
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
        <TextField
          id="password"
          label={t('field.password')}
          type="password"
          autoComplete="current-password"
          width="half"
          value={values.password}
          error={errors.password}
          onInput={(value) => form.set('password', value)}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {t('auth.signIn.submit')}
        </button>
      </form>
      <p>
        <Link href="/forgot-password">{t('auth.signIn.forgot')}</Link>
      </p>
      <p>
        {t('auth.signIn.noAccount')} <Link href="/sign-up">{t('nav.signUp')}</Link>
      </p>
      {/* Help without signing in, as on every page that shows no record. */}
      <CrisisLines />
      <UsingWaymarkSafely />
    </>
  );
}
