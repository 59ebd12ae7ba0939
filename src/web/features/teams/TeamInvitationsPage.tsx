// Inviting people to a team by email (decision 0050), for a practitioner in the team and for the
// service's admin: a form with the person's email and a short note, and the invitations waiting
// for an answer, each of which can be taken back (after asking). The link goes only into the
// email; nobody on the team's side ever sees it.
import '../../../domain/i18n/team-connect.messages.ts';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { formatDate, t } from '../../../domain/i18n/translate.ts';
import { TEAM_INVITATION_DAYS } from '../../../domain/limits.ts';
import type { PendingTeamInvitation } from '../../../domain/services/team-invitation.schema.ts';
import { ConfirmPanel } from '../../components/ConfirmPanel.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextArea, TextField } from '../../components/fields.tsx';
import { Notice, type NoticeState, useNotice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useForm, validate } from '../../lib/form.ts';
import { usePrefetch } from '../../lib/lazy-schema.ts';
import { sentence } from '../../lib/own-words.tsx';
import { dataOf } from '../../lib/resource.ts';
import { useAccountRole } from '../../lib/session.tsx';
import {
  sendTeamInvitation,
  useTeamInvitations,
  withdrawTeamInvitation,
} from './team-invitations.resource.ts';

const inviteSchema = () =>
  import('../../../domain/services/team-invitation.schema.ts').then(
    (m) => m.teamInvitationInputSchema,
  );

function InviteForm({ teamId, onSent }: { teamId: string; onSent: (email: string) => void }) {
  const form = useForm({ email: '', message: '' });
  const { values, errors } = form;
  usePrefetch(inviteSchema);
  const submit = (event: Event) => {
    event.preventDefault();
    return form.run(async () => {
      const input = values.message.trim() === '' ? { email: values.email } : values;
      const checked = await validate(inviteSchema, input);
      if (!checked.ok) return form.showErrors(checked.errors);
      form.clearErrors();
      const sent = await sendTeamInvitation(teamId, checked.data);
      form.setValues({ email: '', message: '' });
      onSent(sent.email);
    });
  };
  return (
    <section aria-labelledby="invite-person-title">
      <h2 id="invite-person-title">{t('teamInvite.form.title')}</h2>
      <p>{t('teamInvite.form.intro', { days: TEAM_INVITATION_DAYS })}</p>
      <ErrorSummary errors={errors} formError={form.formError} attempt={form.attempt} />
      <form class="form" noValidate onSubmit={submit}>
        <TextField
          id="email"
          label={t('teamInvite.form.email')}
          type="email"
          autoComplete="off"
          spellcheck={false}
          value={values.email}
          error={errors.email}
          onInput={(value) => form.set('email', value)}
        />
        <TextArea
          id="message"
          label={t('teamInvite.form.message')}
          hint={t('teamInvite.form.messageHint')}
          rows={3}
          value={values.message}
          error={errors.message}
          onInput={(value) => form.set('message', value)}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {t('teamInvite.form.send')}
        </button>
      </form>
    </section>
  );
}

function Waiting({
  teamId,
  invitation,
  notice,
  onChanged,
}: {
  teamId: string;
  invitation: PendingTeamInvitation;
  notice: NoticeState;
  onChanged: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const email = invitation.email;
  return (
    <li class="card breaks-anywhere">
      <h3 class="card__title">
        <bdi>{email}</bdi>
      </h3>
      <p class="card__meta">
        {sentence('teamInvite.sentBy', {
          name: invitation.invitedBy,
          date: formatDate(invitation.createdAt),
        })}
      </p>
      <p>{t('teamInvite.worksUntil', { date: formatDate(invitation.expiresAt) })}</p>
      {invitation.message && <p dir="auto">{invitation.message}</p>}
      <button type="button" class="button button--secondary" onClick={() => setAsking(true)}>
        {t('teamInvite.withdraw', { email })}
      </button>
      {asking && (
        <ConfirmPanel
          question={t('teamInvite.withdraw.question', { email })}
          yes={t('teamInvite.withdraw.yes')}
          onYes={async () => {
            await withdrawTeamInvitation(teamId, invitation.id);
            setAsking(false);
            notice.show({ message: sentence('teamInvite.withdrawn', { email }) });
            onChanged();
          }}
          onCancel={() => setAsking(false)}
          onStale={onChanged}
        />
      )}
    </li>
  );
}

export function TeamInvitationsPage({ teamId }: { teamId: string }) {
  const notice = useNotice();
  const invitations = useTeamInvitations(teamId);
  const role = useAccountRole();
  const { state } = invitations;
  const team = dataOf(state)?.team;
  const back = role === 'service_admin' ? '/service/teams' : '/my-people';
  return (
    <>
      <PageHeading
        title={team ? t('teamInvite.page.title', { team: team.name }) : t('teamInvite.page.plain')}
      />
      <p>
        <Link href={back}>{t('teamInvite.page.back')}</Link>
      </p>
      <Notice state={notice} />
      {state.status === 'loading' && (
        <p class="loading" role="status">
          {t('app.loading')}
        </p>
      )}
      {state.status === 'error' &&
        (state.error.status === 404 ? (
          <p>{t('teamInvite.page.notYours')}</p>
        ) : (
          <div role="alert">
            <p class="problem">{t('app.loadFailed')}</p>
            <button type="button" class="button button--secondary" onClick={invitations.retry}>
              {t('app.tryAgain')}
            </button>
          </div>
        ))}
      {team && (
        <>
          <InviteForm
            teamId={teamId}
            onSent={(email) => {
              notice.show({ message: sentence('teamInvite.sent', { email }) });
              invitations.refresh();
            }}
          />
          <section aria-labelledby="waiting-title">
            <h2 id="waiting-title">{t('teamInvite.waiting.title')}</h2>
            {state.status === 'empty' && <p>{t('teamInvite.waiting.none')}</p>}
            {state.status === 'ready' && (
              <ul class="cards">
                {state.data.invitations.map((invitation) => (
                  <Waiting
                    key={invitation.id}
                    teamId={teamId}
                    invitation={invitation}
                    notice={notice}
                    onChanged={invitations.refresh}
                  />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
