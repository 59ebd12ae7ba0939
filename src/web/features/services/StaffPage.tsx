// A service admin's staff (issue 14): invite a practitioner to a team, see everyone who works
// for the service, and turn a practitioner's account off (at once: they are signed out
// everywhere) or on again, or take them out of one team (after asking). An invitation shows its
// one-time set-up link once, to pass on.
import '../../../domain/i18n/outcome-reports.messages.ts';
import '../../../domain/i18n/services.messages.ts';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import { SET_UP_LINK_DAYS } from '../../../domain/services/set-up-link.ts';
import type { StaffInvited, StaffMember, Team } from '../../../domain/services/teams.schema.ts';
import { ConfirmPanel } from '../../components/ConfirmPanel.tsx';
import { CopyableLink } from '../../components/CopyableLink.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { Notice, type NoticeState, useNotice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { asApiError } from '../../lib/api.ts';
import { useForm, validate } from '../../lib/form.ts';
import { usePrefetch } from '../../lib/lazy-schema.ts';
import { sentence } from '../../lib/own-words.tsx';
import { dataOf, useResource } from '../../lib/resource.ts';
import { ServiceLoadProblem } from './ServiceLoadProblem.tsx';
import {
  inviteStaff,
  listStaff,
  listTeams,
  removeFromTeam,
  setStaffDisabled,
  setTeamLead,
} from './services.resource.ts';

const inviteSchema = () =>
  import('../../../domain/services/teams.schema.ts').then((m) => m.staffInviteSchema);

/** The link to pass on, shown this once; or that someone already set up is now in the team. */
function Invited({ invited, teamName }: { invited: StaffInvited; teamName: string }) {
  const name = invited.staff.name;
  return (
    <section class="panel" aria-labelledby="invited-title">
      {invited.setUpLink ? (
        <>
          <h2 id="invited-title">{sentence('staff.link.title', { name })}</h2>
          <p>{sentence('staff.added', { name, team: teamName })}</p>
          <p>{t('staff.link.body', { days: SET_UP_LINK_DAYS })}</p>
          <CopyableLink
            id="set-up-link"
            url={invited.setUpLink}
            words={{
              label: t('staff.link.label'),
              copy: t('staff.link.copy'),
              copied: t('staff.link.copied'),
              copyByHand: t('staff.link.copyByHand'),
            }}
          />
          {invited.emailed && (
            <p>{sentence('staff.link.emailed', { email: invited.staff.email })}</p>
          )}
        </>
      ) : (
        <>
          <h2 id="invited-title">{sentence('staff.added', { name, team: teamName })}</h2>
          <p>{t('staff.added.setUp')}</p>
        </>
      )}
    </section>
  );
}

function InviteForm({
  teams,
  onInvited,
}: {
  teams: Team[];
  onInvited: (invited: StaffInvited, teamName: string) => void;
}) {
  const form = useForm({
    name: '',
    email: '',
    teamId: teams.length === 1 ? (teams[0]?.id ?? '') : '',
  });
  const { values, errors } = form;
  usePrefetch(inviteSchema);
  const submit = (event: Event) => {
    event.preventDefault();
    return form.run(async () => {
      const checked = await validate(inviteSchema, values);
      if (!checked.ok) return form.showErrors(checked.errors);
      form.clearErrors();
      const invited = await inviteStaff(checked.data);
      form.setValues({ name: '', email: '', teamId: values.teamId });
      onInvited(invited, teams.find((team) => team.id === checked.data.teamId)?.name ?? '');
    });
  };
  return (
    <section aria-labelledby="invite-title">
      <h2 id="invite-title">{t('staff.invite.title')}</h2>
      <ErrorSummary errors={errors} formError={form.formError} attempt={form.attempt} />
      <form class="form" noValidate onSubmit={submit}>
        <TextField
          id="name"
          label={t('staff.invite.name')}
          autoComplete="off"
          spellcheck={false}
          value={values.name}
          error={errors.name}
          onInput={(value) => form.set('name', value)}
        />
        <TextField
          id="email"
          label={t('staff.invite.email')}
          type="email"
          autoComplete="off"
          spellcheck={false}
          value={values.email}
          error={errors.email}
          onInput={(value) => form.set('email', value)}
        />
        <SelectField
          id="teamId"
          label={t('staff.invite.team')}
          value={values.teamId}
          error={errors.teamId}
          options={[
            { value: '', label: t('staff.invite.chooseTeam') },
            ...teams.map((team) => ({ value: team.id, label: team.name })),
          ]}
          onChange={(value) => form.set('teamId', value)}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {t('staff.invite.submit')}
        </button>
      </form>
    </section>
  );
}

/** One of the staff: their teams and where their account stands, and the button to turn it off or on. */
function StaffCard({
  member,
  notice,
  onChanged,
}: {
  member: StaffMember;
  notice: NoticeState;
  onChanged: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [takingOut, setTakingOut] = useState<{ id: string; name: string } | null>(null);
  const change = async () => {
    setBusy(true);
    try {
      const changed = await setStaffDisabled(member.accountId, !member.disabled);
      notice.show({
        message: sentence(changed.disabled ? 'staff.disabled' : 'staff.enabled', {
          name: changed.name,
        }),
      });
      onChanged();
    } catch (error) {
      notice.show({ message: asApiError(error).message, problem: true });
    } finally {
      setBusy(false);
    }
  };
  const teams = member.teams
    .map((team) => (team.lead ? t('outcomeReport.lead.tag', { team: team.name }) : team.name))
    .join(', ');
  /** A lead reads the team's outcome reports (decision 0053). */
  const changeLead = async (team: StaffMember['teams'][number]) => {
    setBusy(true);
    try {
      await setTeamLead(team.id, member.accountId, !team.lead);
      notice.show({
        message: sentence(team.lead ? 'outcomeReport.lead.stopped' : 'outcomeReport.lead.made', {
          name: member.name,
          team: team.name,
        }),
      });
      onChanged();
    } catch (error) {
      notice.show({ message: asApiError(error).message, problem: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <li class="card">
      <h3 class="card__title">
        <bdi>{member.name}</bdi>
      </h3>
      <ul class="meta-list">
        <li>
          {t('staff.table.email')}: <bdi>{member.email}</bdi>
        </li>
        {member.role === 'service_admin' ? (
          <li>{t('staff.admin')}</li>
        ) : (
          <li>
            {t('staff.table.teams')}: {teams ? <bdi>{teams}</bdi> : t('staff.noTeam')}
          </li>
        )}
        <li>
          {t('staff.table.account')}:{' '}
          {member.disabled ? t('staff.off') : member.setUp ? t('staff.setUp') : t('staff.notSetUp')}
        </li>
      </ul>
      {member.role === 'practitioner' && member.teams.length > 0 && (
        <div class="button-group">
          {member.teams.map((team) => (
            <button
              key={team.id}
              type="button"
              class="button button--secondary"
              onClick={() => setTakingOut(team)}
            >
              {t('staff.takeOut', { name: member.name, team: team.name })}
            </button>
          ))}
          {!member.disabled &&
            member.teams.map((team) => (
              <button
                key={`lead-${team.id}`}
                type="button"
                class="button button--secondary"
                disabled={busy}
                onClick={() => changeLead(team)}
              >
                {t(team.lead ? 'outcomeReport.lead.stop' : 'outcomeReport.lead.make', {
                  name: member.name,
                  team: team.name,
                })}
              </button>
            ))}
        </div>
      )}
      {takingOut && (
        <ConfirmPanel
          question={t('staff.takeOut.question', { name: member.name, team: takingOut.name })}
          yes={t('staff.takeOut.yes')}
          onYes={async () => {
            await removeFromTeam(takingOut.id, member.accountId);
            setTakingOut(null);
            notice.show({
              message: sentence('staff.takenOut', { name: member.name, team: takingOut.name }),
            });
            onChanged();
          }}
          onCancel={() => setTakingOut(null)}
          onStale={onChanged}
        />
      )}
      {member.role === 'practitioner' && (
        <button
          type="button"
          class={member.disabled ? 'button' : 'button button--secondary'}
          disabled={busy}
          onClick={change}
        >
          {t(member.disabled ? 'staff.enable' : 'staff.disable', { name: member.name })}
        </button>
      )}
    </li>
  );
}

export function StaffPage() {
  const notice = useNotice();
  const teams = useResource((signal) => listTeams(signal), []);
  const staff = useResource((signal) => listStaff(signal), []);
  const [invited, setInvited] = useState<{ answer: StaffInvited; teamName: string } | null>(null);
  const teamList = dataOf(teams.state)?.teams;
  const failed =
    teams.state.status === 'error' ? teams : staff.state.status === 'error' ? staff : null;
  const failure =
    teams.state.status === 'error'
      ? teams.state.error
      : staff.state.status === 'error'
        ? staff.state.error
        : null;
  const { state } = staff;

  return (
    <>
      <PageHeading title={t('staff.title')} />
      <p>
        <Link href="/">{t('service.back')}</Link>
      </p>
      <Notice state={notice} />
      <p class="lead">{t('staff.intro')}</p>
      {failed && failure && <ServiceLoadProblem status={failure.status} retry={failed.retry} />}
      {!failed && (state.status === 'loading' || !teamList) && (
        <p class="loading" role="status">
          {t('app.loading')}
        </p>
      )}
      {invited && <Invited invited={invited.answer} teamName={invited.teamName} />}
      {!failed && teamList && teamList.length === 0 && (
        <p>
          {t('staff.invite.noTeams')}{' '}
          <Link href="/service/teams">{t('staff.invite.teamsLink')}</Link>
        </p>
      )}
      {!failed && teamList && teamList.length > 0 && (
        <InviteForm
          teams={teamList}
          onInvited={(answer, teamName) => {
            setInvited({ answer, teamName });
            staff.refresh();
            teams.refresh();
          }}
        />
      )}
      {(state.status === 'ready' || state.status === 'empty') && (
        <section aria-labelledby="staff-list-title">
          <h2 id="staff-list-title">{t('staff.list.title')}</h2>
          {state.data.staff.length === 0 ? (
            <p>{t('staff.none')}</p>
          ) : (
            <ul class="cards">
              {state.data.staff.map((member) => (
                <StaffCard
                  key={member.accountId}
                  member={member}
                  notice={notice}
                  onChanged={() => {
                    staff.refresh();
                    teams.refresh();
                  }}
                />
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
