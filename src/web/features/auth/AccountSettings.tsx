// "My account" on the Settings page: the name the person goes by (they can change it) and the
// email they sign in with (shown, not changed here). About the account, not a record, so it
// sits with the other account pages.
import { accountChangeSchema } from '../../../domain/auth/auth.schema.ts';
import { t } from '../../../domain/i18n/translate.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { Notice, useNotice } from '../../components/Notice.tsx';
import { useForm, validate } from '../../lib/form.ts';
import { useResource } from '../../lib/resource.ts';
import { useSession } from '../../lib/session.tsx';
import { accountApi } from './account.resource.ts';

export function AccountSettings({ onErrors }: { onErrors: (shown: boolean) => void }) {
  const account = useResource((signal) => accountApi.get(signal), []);
  return (
    <section aria-labelledby="account-title">
      <h2 id="account-title">{t('settings.account.title')}</h2>
      <Loaded resource={account}>
        {(data) => (
          <NameAndEmail displayName={data.displayName} email={data.email} onErrors={onErrors} />
        )}
      </Loaded>
    </section>
  );
}

type Props = { displayName: string; email: string; onErrors: (shown: boolean) => void };

function NameAndEmail({ displayName, email, onErrors }: Props) {
  const { update } = useSession();
  const form = useForm({ displayName }, onErrors);
  const notice = useNotice();

  const submit = (event: Event) => {
    event.preventDefault();
    notice.show(null);
    const checked = validate(accountChangeSchema, form.values);
    if (!checked.ok) return form.showErrors(checked.errors);
    form.clearErrors();
    onErrors(false);
    return form.run(async () => {
      const saved = await accountApi.change(checked.data);
      form.set('displayName', saved.displayName);
      // The greeting on Home and anywhere else the shell shows the name follow at once.
      update({ displayName: saved.displayName });
      notice.show({ message: t('settings.name.saved') });
    });
  };

  return (
    <>
      <ErrorSummary errors={form.errors} formError={form.formError} attempt={form.attempt} />
      <Notice state={notice} />
      <form class="form" noValidate onSubmit={submit}>
        <TextField
          id="displayName"
          label={t('field.displayName')}
          hint={t('settings.name.hint')}
          autoComplete="nickname"
          width="half"
          value={form.values.displayName}
          error={form.errors.displayName}
          onInput={(value) => form.set('displayName', value)}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {t('settings.name.save')}
        </button>
      </form>
      <dl class="summary">
        <div class="summary__row">
          <dt>{t('settings.email')}</dt>
          <dd>
            <p class="own-words" dir="auto">
              {email}
            </p>
            <p class="hint">{t('settings.email.readOnly')}</p>
          </dd>
        </div>
      </dl>
    </>
  );
}
