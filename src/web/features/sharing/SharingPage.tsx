// The person's Sharing page: invite someone (the invitation components go in the marked
// place), the people with access with what each sees and until when, change or stop each one
// at once, see what they see, and pause or resume all sharing in one action.
import '../../../domain/i18n/sharing.messages.ts';
import type { ComponentChildren } from 'preact';
import '../../../domain/i18n/invitations.messages.ts';
import '../../../domain/i18n/team-connect.messages.ts';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { formatDate, formatList, t } from '../../../domain/i18n/translate.ts';
import { SECTIONS } from '../../../domain/record/sections.ts';
import type { PersonWithAccess } from '../../../domain/sharing/grants.schema.ts';
import { ConfirmPanel } from '../../components/ConfirmPanel.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { Notice, useNotice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { asApiError } from '../../lib/api.ts';
import { sentence } from '../../lib/own-words.tsx';
import { useRecord } from '../record/RecordContext.tsx';
import { ApiTokens } from './ApiTokens.tsx';
import { ChangeAccessForm } from './ChangeAccessForm.tsx';
import { ConnectToTeam } from './ConnectToTeam.tsx';
import { CountInReports } from './CountInReports.tsx';
import { Invitations } from './Invitations.tsx';
import { InviteSomeone } from './InviteSomeone.tsx';
import { sectionName } from './SharedRecord.tsx';
import {
  pauseSharing,
  resumeSharing,
  stopSharing,
  useSharing,
} from './sharing-settings.resource.ts';
import { leaveService, leaveTeam } from './team-connect.resource.ts';
import { YesNo } from './YesNo.tsx';

type Shown = (message: ComponentChildren) => void;

function roleName(role: PersonWithAccess['role']) {
  return t(`supporting.role.${role}`);
}

function StopPanel({
  personId,
  person,
  onDone,
  onCancel,
}: {
  personId: string;
  person: PersonWithAccess;
  onDone: Shown;
  onCancel: () => void;
}) {
  const [tellThem, setTellThem] = useState<'yes' | 'no'>('yes');
  return (
    <div>
      <YesNo
        id={`stop-${person.relationshipId}-tell`}
        label={t('sharing.tellThemStop')}
        value={tellThem}
        onChange={setTellThem}
      />
      <ConfirmPanel
        question={t('sharing.stopQuestion', { name: person.knownAs })}
        yes={t('sharing.stopConfirm')}
        onYes={async () => {
          await stopSharing(personId, person.relationshipId, tellThem === 'yes');
          onDone(sentence('sharing.stopped', { name: person.knownAs }));
        }}
        onCancel={onCancel}
        onStale={onCancel}
      />
    </div>
  );
}

/** Leaving a team, or all of its service's teams (decision 0040): asked once, then at once. */
function LeavePanel({
  personId,
  person,
  whole,
  onDone,
  onCancel,
}: {
  personId: string;
  person: PersonWithAccess & { team: NonNullable<PersonWithAccess['team']> };
  whole: boolean;
  onDone: Shown;
  onCancel: () => void;
}) {
  const { team } = person;
  return (
    <ConfirmPanel
      question={
        whole
          ? t('teamConnect.leaveServiceQuestion', { service: team.serviceName })
          : t('teamConnect.leaveQuestion', { team: team.name })
      }
      yes={whole ? t('teamConnect.leaveServiceConfirm') : t('teamConnect.leaveConfirm')}
      onYes={async () => {
        if (whole) await leaveService(personId, team.serviceId);
        else await leaveTeam(personId, person.relationshipId);
        onDone(sentence('teamConnect.left', { name: whole ? team.serviceName : team.name }));
      }}
      onCancel={onCancel}
      onStale={onCancel}
    />
  );
}

function PersonCard({
  personId,
  person,
  now,
  onChanged,
}: {
  personId: string;
  person: PersonWithAccess;
  now: number;
  onChanged: Shown;
}) {
  const [open, setOpen] = useState<'change' | 'stop' | 'leave' | 'leaveService' | null>(null);
  const team = person.team;
  const sections = SECTIONS.filter((s) => person.sections[s] !== undefined);
  const ended = person.endsAt !== null && Date.parse(person.endsAt) <= now;
  const done = (message: ComponentChildren) => {
    setOpen(null);
    onChanged(message);
  };
  return (
    <li class="card">
      <h3 class="card__title">
        {team ? (
          <bdi>{team.name}</bdi>
        ) : (
          sentence('sharing.person', { knownAs: person.knownAs }, { role: roleName(person.role) })
        )}
      </h3>
      <p class="card__meta">
        {team
          ? sentence('teamConnect.teamOf', { service: team.serviceName })
          : sentence('sharing.accountName', { name: person.accountName })}
      </p>
      <p>
        {sections.length > 0 && !ended
          ? t('sharing.sections', { sections: formatList(sections.map(sectionName)) })
          : t('sharing.noSections')}
      </p>
      <p>
        {person.endsAt === null
          ? t('sharing.noEnd')
          : t(ended ? 'sharing.ended' : 'sharing.endsAt', { date: formatDate(person.endsAt) })}
        {' · '}
        {t('sharing.since', { date: formatDate(person.since) })}
      </p>
      <p>
        <Link href={`/sharing/${encodeURIComponent(person.relationshipId)}/preview`}>
          {sentence('sharing.preview', { name: person.knownAs })}
        </Link>
      </p>
      {open === null && (
        <div class="button-group">
          <button type="button" class="button button--secondary" onClick={() => setOpen('change')}>
            {sentence('sharing.change', { name: person.knownAs })}
          </button>
          {team ? (
            <>
              <button type="button" class="button button--warning" onClick={() => setOpen('leave')}>
                {sentence('teamConnect.leave', { team: team.name })}
              </button>
              <button
                type="button"
                class="button button--warning"
                onClick={() => setOpen('leaveService')}
              >
                {sentence('teamConnect.leaveService', { service: team.serviceName })}
              </button>
            </>
          ) : (
            <button type="button" class="button button--warning" onClick={() => setOpen('stop')}>
              {sentence('sharing.stop', { name: person.knownAs })}
            </button>
          )}
        </div>
      )}
      {team && (open === 'leave' || open === 'leaveService') && (
        <LeavePanel
          personId={personId}
          person={{ ...person, team }}
          whole={open === 'leaveService'}
          onDone={done}
          onCancel={() => setOpen(null)}
        />
      )}
      {open === 'change' && (
        <ChangeAccessForm
          personId={personId}
          person={person}
          onDone={done}
          onCancel={() => setOpen(null)}
        />
      )}
      {open === 'stop' && (
        <StopPanel
          personId={personId}
          person={person}
          onDone={done}
          onCancel={() => setOpen(null)}
        />
      )}
    </li>
  );
}

function PausePanel({
  personId,
  paused,
  pausedEmergencyLinks,
  onChanged,
}: {
  personId: string;
  paused: boolean;
  pausedEmergencyLinks: boolean;
  onChanged: Shown;
}) {
  const [asking, setAsking] = useState(false);
  const [links, setLinks] = useState<'yes' | 'no'>('no');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const act = async (action: () => Promise<void>, message: string) => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      setAsking(false);
      onChanged(message);
    } catch (error) {
      setProblem(asApiError(error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="panel" aria-labelledby="pause-heading">
      <h2 id="pause-heading">{paused ? t('sharing.resume') : t('sharing.pause')}</h2>
      {problem && (
        <p role="alert" class="field-error">
          {problem}
        </p>
      )}
      {paused ? (
        <>
          <p>{t('sharing.pausedNotice')}</p>
          {pausedEmergencyLinks && <p>{t('sharing.pausedLinksToo')}</p>}
          <button
            type="button"
            class="button"
            disabled={busy}
            onClick={() => act(() => resumeSharing(personId), t('sharing.resume'))}
          >
            {t('sharing.resume')}
          </button>
        </>
      ) : asking ? (
        <>
          <YesNo
            id="pause-links"
            label={t('sharing.pauseQuestion')}
            value={links}
            onChange={setLinks}
          />
          <div class="button-group">
            <button
              type="button"
              class="button"
              disabled={busy}
              onClick={() =>
                act(() => pauseSharing(personId, links === 'yes'), t('sharing.pausedNotice'))
              }
            >
              {t('sharing.pauseConfirm')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setAsking(false)}>
              {t('sharing.cancel')}
            </button>
          </div>
        </>
      ) : (
        <button type="button" class="button button--secondary" onClick={() => setAsking(true)}>
          {t('sharing.pause')}
        </button>
      )}
    </section>
  );
}

export function SharingPage() {
  // The signed-in person's own record: the Sharing page is under the owner's own routes.
  const { personId } = useRecord();
  const sharing = useSharing(personId);
  const notice = useNotice(true);
  // Bumped when an invitation is made, so the list of those waiting shows it.
  const [invited, setInvited] = useState(0);
  const changed = (message: ComponentChildren) => {
    notice.show({ message });
    sharing.refresh();
  };
  return (
    <>
      <PageHeading title={t('sharing.title')} />
      <p class="lead">{t('sharing.intro')}</p>
      <p>
        <Link href="/sharing/activity">{t('accessLog.sharingLink')}</Link>
      </p>
      <Notice state={notice} />
      <section aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t('sharing.invitationsHeading')}</h2>
        <InviteSomeone onCreated={() => setInvited((n) => n + 1)} />
        <Invitations version={invited} />
      </section>
      <ConnectToTeam
        personId={personId}
        onConnected={(team) => changed(sentence('teamConnect.connected', { team }))}
      />
      <Loaded resource={sharing}>
        {(overview) => (
          <>
            <PausePanel
              personId={personId}
              paused={overview.paused}
              pausedEmergencyLinks={overview.pausedEmergencyLinks}
              onChanged={changed}
            />
            <section aria-labelledby="people-heading">
              <h2 id="people-heading">{t('sharing.peopleHeading')}</h2>
              {overview.people.length === 0 ? (
                <p class="invite">{t('sharing.nobody')}</p>
              ) : (
                <ul class="cards">
                  {overview.people.map((person) => (
                    <PersonCard
                      key={person.relationshipId}
                      personId={personId}
                      person={person}
                      now={Date.now()}
                      onChanged={changed}
                    />
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </Loaded>
      <CountInReports personId={personId} onChanged={(message) => notice.show({ message })} />
      <ApiTokens personId={personId} />
    </>
  );
}
