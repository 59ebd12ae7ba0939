// The invitee's side: the page a link opens and "Have a code?" for a code read out over the
// phone. Both show who invites and what they would share, with Accept and Not now, and need a
// signed-in account; the router sends a signed-out visitor to sign in (or create an account)
// first and back here after. Accepting opens the shared record.
import '../../../domain/i18n/invitations.messages.ts';
import { useState } from 'preact/hooks';
import { Link, useLocation } from 'wouter-preact';
import { formatDate, formatDateTime, t } from '../../../domain/i18n/translate.ts';
import {
  type InvitationPreview,
  normalizeCode,
} from '../../../domain/sharing/invitation.schema.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/fields.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ApiError, asApiError, recordPath } from '../../lib/api.ts';
import { setFlash } from '../../lib/flash.ts';
import { useForm } from '../../lib/form.ts';
import { sentence } from '../../lib/own-words.tsx';
import { useResource } from '../../lib/resource.ts';
import { offeredSections } from './Invitations.tsx';
import {
  acceptInvitation,
  previewInvitation,
  previewInvitationByCode,
} from './invitations.resource.ts';

function Gone() {
  return (
    <>
      <PageHeading title={t('accept.gone.title')} />
      <p>{t('accept.gone.body')}</p>
      <p>
        <Link href="/invitations/enter-code">{t('accept.code.title')}</Link>
      </p>
    </>
  );
}

/** What the invitation offers, with Accept (then the shared record) and Not now. */
function Offer({
  invitation,
  by,
}: {
  invitation: InvitationPreview;
  by: { token: string } | { code: string };
}) {
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [gone, setGone] = useState(false);
  if (gone) return <Gone />;

  const name = invitation.personName;
  const sections = offeredSections(invitation);
  const accept = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const accepted = await acceptInvitation(by);
      setFlash({ message: sentence('accept.accepted', { name }) });
      navigate(recordPath(accepted.personId, ''));
    } catch (error) {
      const failure = asApiError(error);
      if (failure.status === 404) setGone(true);
      else setProblem(failure.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={t('accept.title', { name })}>
        {sentence('accept.title', { name })}
      </PageHeading>
      <p class="lead">
        {t('accept.as', {
          knownAs: invitation.knownAs,
          role: t(`supporting.role.${invitation.role}`),
        })}
      </p>
      {sections.length > 0 ? (
        <>
          <p>{t('accept.sections')}</p>
          <ul class="list">
            {sections.map((section) => (
              <li key={section}>{section}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{sentence('accept.nothing', { name })}</p>
      )}
      {invitation.endsAt && <p>{t('accept.until', { date: formatDate(invitation.endsAt) })}</p>}
      <p>{sentence('accept.readOnly', { name })}</p>
      <p class="hint">{t('accept.expires', { when: formatDateTime(invitation.expiresAt) })}</p>
      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
      <div class="button-group">
        <button type="button" class="button" disabled={busy} onClick={accept}>
          {t('accept.accept')}
        </button>
        <button type="button" class="button button--secondary" onClick={() => navigate('/')}>
          {t('accept.notNow')}
        </button>
      </div>
    </>
  );
}

export function AcceptInvitationPage({ token }: { token: string }) {
  const preview = useResource((signal) => previewInvitation(token, signal), [token]);
  const { state } = preview;
  if (state.status === 'error' && state.error.status === 404) return <Gone />;
  if (state.status === 'loading')
    return (
      <p class="loading" role="status">
        {t('app.loading')}
      </p>
    );
  if (state.status === 'error')
    return (
      <div class="problem" role="alert">
        <p>{state.error.message}</p>
        <button type="button" class="button button--secondary" onClick={preview.retry}>
          {t('app.tryAgain')}
        </button>
      </div>
    );
  return <Offer invitation={state.data} by={{ token }} />;
}

export function EnterInvitationCodePage() {
  const form = useForm({ code: '' });
  const [found, setFound] = useState<{ code: string; invitation: InvitationPreview } | null>(null);

  if (found) return <Offer invitation={found.invitation} by={{ code: found.code }} />;

  const submit = (event: Event) => {
    event.preventDefault();
    const code = normalizeCode(form.values.code);
    if (code === '') return form.showErrors({ code: t('accept.code.required') });
    form.clearErrors();
    return form.run(async () => {
      try {
        setFound({ code, invitation: await previewInvitationByCode(code) });
      } catch (error) {
        const failure = asApiError(error);
        // The same words for every code that does not work, as the server gives one answer.
        if (failure.status === 404) throw new ApiError(404, failure.code, t('accept.gone.body'));
        throw error;
      }
    });
  };

  const hasErrors = Object.keys(form.errors).length > 0 || form.formError !== null;
  return (
    <>
      <PageHeading title={t('accept.code.title')} hasErrors={hasErrors} />
      <ErrorSummary
        errors={form.errors}
        formError={form.formError}
        attempt={form.attempt}
        idFor={() => 'invitation-code'}
      />
      <form class="form" noValidate onSubmit={submit}>
        <TextField
          id="invitation-code"
          label={t('accept.code.label')}
          hint={t('accept.code.hint')}
          value={form.values.code}
          error={form.errors.code}
          autoComplete="off"
          spellcheck={false}
          width="half"
          onInput={(code) => form.set('code', code)}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {t('accept.code.submit')}
        </button>
      </form>
    </>
  );
}
