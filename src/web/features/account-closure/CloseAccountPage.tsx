// Settings › Close my account (/settings/close-account, issue 15). It says plainly what is erased
// and what stays, offers a copy first, and asks for the password and a tick. Once closed, this
// device forgets everything as on signing out, and Sign in says the account is closed.
import '../../../domain/i18n/account-closure.messages.ts';
import '../../../domain/i18n/account-security.messages.ts';
import '../../../domain/i18n/record-export.messages.ts';
import { Link, useLocation } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { CheckboxField, TextField } from '../../components/fields.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { api } from '../../lib/api.ts';
import { useForm, validate } from '../../lib/form.ts';
import { usePrefetch } from '../../lib/lazy-schema.ts';
import { useAccountRole, useSession } from '../../lib/session.tsx';
import { signOutHere } from '../../lib/sign-out.ts';

const closureSchema = () =>
  import('../../../domain/auth/account-closure.schema.ts').then((m) => m.accountClosureSchema);

function WhatHappens() {
  // Only a person has a record to take away; a supporter's own space is not one.
  const role = useAccountRole();
  return (
    <>
      <h2>{t('closeAccount.goes.title')}</h2>
      <ul>
        <li>{t('closeAccount.goes.record')}</li>
        <li>{t('closeAccount.goes.sharing')}</li>
        <li>{t('closeAccount.goes.words')}</li>
        <li>{t('closeAccount.goes.signIn')}</li>
      </ul>
      <h2>{t('closeAccount.stays.title')}</h2>
      <ul>
        <li>{t('closeAccount.stays.id')}</li>
        <li>{t('closeAccount.stays.others')}</li>
        <li>{t('closeAccount.stays.backups')}</li>
      </ul>
      <h2>{t('closeAccount.keep.title')}</h2>
      <p>{t('closeAccount.keep.body')}</p>
      {role === 'person' && (
        <p>
          <Link href="/settings/download">{t('download.settings.link')}</Link>
        </p>
      )}
    </>
  );
}

export function CloseAccountPage() {
  const { signOut } = useSession();
  const [, navigate] = useLocation();
  const form = useForm({ currentPassword: '', understood: false });
  const { values, errors } = form;
  usePrefetch(closureSchema);

  const submit = (event: Event) => {
    event.preventDefault();
    return form.run(async () => {
      const checked = await validate(closureSchema, values);
      if (!checked.ok) return form.showErrors(checked.errors);
      form.clearErrors();
      // A refusal (a wrong password) is shown by form.run, on its field or above the form.
      const endSession = async () => {
        await api.post<void>('/account/close', checked.data);
        await signOut();
      };
      await signOutHere(endSession, navigate, t('closeAccount.done'));
    });
  };

  const { hasErrors } = form;
  return (
    <>
      <PageHeading title={t('closeAccount.title')} hasErrors={hasErrors} />
      <ErrorSummary errors={errors} formError={form.formError} attempt={form.attempt} />
      <p class="lead">{t('closeAccount.intro')}</p>
      <WhatHappens />
      <h2>{t('closeAccount.confirm.title')}</h2>
      <form class="form" noValidate onSubmit={submit}>
        <TextField
          id="currentPassword"
          label={t('closeAccount.confirm.password')}
          type="password"
          autoComplete="current-password"
          width="half"
          value={values.currentPassword}
          error={errors.currentPassword}
          onInput={(value) => form.set('currentPassword', value)}
        />
        <CheckboxField
          id="understood"
          label={t('closeAccount.confirm.understood')}
          checked={values.understood}
          error={errors.understood}
          onChange={(checked) => form.set('understood', checked)}
        />
        <div class="button-group">
          <button type="submit" class="button" disabled={form.busy}>
            {t('closeAccount.confirm.submit')}
          </button>
          <Link href="/settings" class="button button--secondary">
            {t('closeAccount.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
