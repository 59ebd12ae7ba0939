// The page a service admin's one-time set-up link opens (/set-up/:token): they choose a
// password, which signs them in, and land on their service's page. The link is checked only
// when the form is sent, so nothing about it is asked for before; a link that does not work
// (used, too old, unknown, its service switched off) says so in one way.
import '../../../domain/i18n/services.messages.ts';
import { useState } from 'preact/hooks';
import { Link, useLocation } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { NewPasswordField } from '../../components/fields.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { asApiError } from '../../lib/api.ts';
import { keepDraftsOf } from '../../lib/draft-keep.ts';
import { setFlash } from '../../lib/flash.ts';
import { useForm, validate } from '../../lib/form.ts';
import { usePrefetch } from '../../lib/lazy-schema.ts';
import { useSession } from '../../lib/session.tsx';
import { setUp } from './services.resource.ts';

const passwordSchema = () =>
  import('../../../domain/services/services.schema.ts').then((m) => m.setUpSchema);

function LinkGone() {
  return (
    <>
      <PageHeading title={t('setUp.gone.title')} />
      <p>{t('setUp.gone.body')}</p>
      <p>
        <Link href="/sign-in">{t('setUp.signIn')}</Link>
      </p>
    </>
  );
}

export function SetUpPage({ token }: { token: string }) {
  const { start } = useSession();
  const [, navigate] = useLocation();
  const [gone, setGone] = useState(false);
  const form = useForm({ password: '' });
  const { values, errors } = form;
  usePrefetch(passwordSchema);
  if (gone) return <LinkGone />;

  const submit = (event: Event) => {
    event.preventDefault();
    return form.run(async () => {
      const checked = await validate(passwordSchema, { token, password: values.password });
      // A token no link of ours could have is a link that does not work, not a field to fix.
      if (!checked.ok && checked.errors.token) return setGone(true);
      if (!checked.ok) return form.showErrors(checked.errors);
      form.clearErrors();
      try {
        const session = await setUp(checked.data);
        keepDraftsOf(session.account.id);
        start(session);
        setFlash({ message: t('setUp.done') });
        navigate('/', { replace: true });
      } catch (error) {
        if (asApiError(error).code === 'WM_SET_UP_LINK_INVALID') setGone(true);
        else throw error;
      }
    });
  };

  const hasErrors = Object.keys(errors).length > 0 || form.formError !== null;
  return (
    <>
      <PageHeading title={t('setUp.title')} hasErrors={hasErrors} />
      <ErrorSummary errors={errors} formError={form.formError} attempt={form.attempt} />
      <p class="lead">{t('setUp.intro')}</p>
      <form class="form" noValidate onSubmit={submit}>
        <NewPasswordField
          value={values.password}
          error={errors.password}
          onInput={(value) => form.set('password', value)}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {t('setUp.submit')}
        </button>
      </form>
    </>
  );
}
