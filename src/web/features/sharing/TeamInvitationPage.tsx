// The page a team's invitation email opens (decision 0050). Signed in (the router sends a
// signed-out visitor to sign in or sign up first, and back here), the person sees the team, its
// service, who invited them and their note, then chooses what the team sees with the same
// choices as with a team code, or says no. Nothing is shared until they choose. Either way
// the Sharing page opens and says what happened.
import '../../../domain/i18n/team-connect.messages.ts';
import { useState } from 'preact/hooks';
import { Link, useLocation } from 'wouter-preact';
import { formatDateTime, t } from '../../../domain/i18n/translate.ts';
import type { Section } from '../../../domain/record/sections.ts';
import type { TeamInvitationPreview } from '../../../domain/services/team-invitation.schema.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { asApiError } from '../../lib/api.ts';
import { type Flash, setFlash } from '../../lib/flash.ts';
import { sentence } from '../../lib/own-words.tsx';
import { useResource } from '../../lib/resource.ts';
import { useRecord } from '../record/RecordContext.tsx';
import { chosenSections, SectionChoices } from './SectionChoices.tsx';
import {
  acceptTeamInvitation,
  declineTeamInvitation,
  previewTeamInvitation,
} from './team-connect.resource.ts';

function Gone() {
  return (
    <>
      <PageHeading title={t('teamInvite.gone.title')} />
      <p>{t('error.WM_TEAM_INVITATION_INVALID')}</p>
      <p>
        <Link href="/sharing">{t('teamInvite.gone.code')}</Link>
      </p>
    </>
  );
}

function Answer({
  personId,
  token,
  invitation,
}: {
  personId: string;
  token: string;
  invitation: TeamInvitationPreview;
}) {
  const [, navigate] = useLocation();
  const [shared, setShared] = useState<ReadonlySet<Section>>(new Set());
  const [suggest, setSuggest] = useState<ReadonlySet<Section>>(new Set());
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [gone, setGone] = useState(false);
  if (gone) return <Gone />;
  const team = invitation.teamName;

  const act = async (work: () => Promise<Flash['message']>, then: string) => {
    setBusy(true);
    setProblem(null);
    try {
      setFlash({ message: await work() });
      navigate(then);
    } catch (error) {
      const failure = asApiError(error);
      if (failure.code === 'WM_TEAM_INVITATION_INVALID') setGone(true);
      else setProblem(failure.message);
      setBusy(false);
    }
  };

  const connect = (event: Event) => {
    event.preventDefault();
    return act(async () => {
      await acceptTeamInvitation(personId, {
        token,
        sections: chosenSections(shared, suggest),
        endsAt: null,
        advanceChoice: false,
      });
      return sentence('teamConnect.connected', { team });
    }, '/sharing');
  };

  const decline = () =>
    act(async () => {
      await declineTeamInvitation(personId, token);
      return sentence('teamInvite.declined', { team });
    }, '/sharing');

  return (
    <>
      <PageHeading title={t('teamInvite.title', { name: invitation.invitedBy, team })}>
        {sentence('teamInvite.title', { name: invitation.invitedBy, team })}
      </PageHeading>
      <p class="lead">{sentence('teamConnect.found', { team, service: invitation.serviceName })}</p>
      {invitation.message && (
        <>
          <p>{sentence('teamInvite.theyWrote', { name: invitation.invitedBy })}</p>
          <blockquote class="quote">
            <p dir="auto">{invitation.message}</p>
          </blockquote>
        </>
      )}
      <p>{t('teamInvite.nothingYet')}</p>
      <p class="hint">{t('teamInvite.expires', { when: formatDateTime(invitation.expiresAt) })}</p>
      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
      <form class="form" noValidate onSubmit={connect}>
        <SectionChoices
          id="team-sections"
          legend={sentence('teamConnect.sections', { team })}
          hint={t('teamConnect.sectionsHint')}
          shared={shared}
          suggest={suggest}
          onShared={setShared}
          onSuggest={setSuggest}
        />
        <div class="button-group">
          <button type="submit" class="button" disabled={busy}>
            {t('teamConnect.confirm')}
          </button>
          <button type="button" class="button button--secondary" disabled={busy} onClick={decline}>
            {t('teamInvite.decline')}
          </button>
        </div>
      </form>
    </>
  );
}

export function TeamInvitationPage({ token }: { token: string }) {
  const { personId } = useRecord();
  const preview = useResource(
    (signal) => previewTeamInvitation(personId, token, signal),
    [personId, token],
  );
  const { state } = preview;
  if (state.status === 'loading')
    return (
      <p class="loading" role="status">
        {t('app.loading')}
      </p>
    );
  if (state.status === 'error') {
    if (state.error.code === 'WM_TEAM_INVITATION_INVALID') return <Gone />;
    return (
      <>
        <PageHeading title={t('teamInvite.heading')} />
        <div role="alert">
          <p class="problem">{state.error.message}</p>
          <button type="button" class="button button--secondary" onClick={preview.retry}>
            {t('app.tryAgain')}
          </button>
        </div>
      </>
    );
  }
  return <Answer personId={personId} token={token} invitation={state.data} />;
}
