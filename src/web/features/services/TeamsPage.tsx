// A service admin's teams (issue 14): the service's teams with how many staff are in each, a
// form to add one, and a form to rename one. Team names are unique within the service; the
// server says so on the name field when one is taken.
import '../../../domain/i18n/services.messages.ts';
import '../../../domain/i18n/team-connect.messages.ts';
import { useEffect, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import type { Team } from '../../../domain/services/teams.schema.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/fields.tsx';
import { Notice, useNotice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useForm, validate } from '../../lib/form.ts';
import { usePrefetch } from '../../lib/lazy-schema.ts';
import { useResource } from '../../lib/resource.ts';
import { ServiceLoadProblem } from './ServiceLoadProblem.tsx';
import { addTeam, listTeams, renameTeam } from './services.resource.ts';
import { TeamCode } from './TeamCode.tsx';

const teamSchema = () =>
  import('../../../domain/services/teams.schema.ts').then((m) => m.teamInputSchema);

/** Renames one team: its own small form, under the list. */
function RenameTeam({
  team,
  onDone,
  onCancel,
}: {
  team: Team;
  onDone: (team: Team) => void;
  onCancel: () => void;
}) {
  const form = useForm({ name: team.name });
  const { values, errors } = form;
  // Opened by its button: the keyboard goes straight to the name to change.
  useEffect(() => document.getElementById('rename-name')?.focus(), []);
  const submit = (event: Event) => {
    event.preventDefault();
    return form.run(async () => {
      const checked = await validate(teamSchema, values);
      if (!checked.ok) return form.showErrors(checked.errors);
      form.clearErrors();
      onDone(await renameTeam(team.id, checked.data));
    });
  };
  return (
    <section aria-labelledby="rename-title">
      <h2 id="rename-title">{t('teams.rename', { name: team.name })}</h2>
      <ErrorSummary
        errors={errors}
        formError={form.formError}
        attempt={form.attempt}
        idFor={() => 'rename-name'}
      />
      <form class="form" noValidate onSubmit={submit}>
        <TextField
          id="rename-name"
          label={t('teams.renameLabel', { name: team.name })}
          width="half"
          value={values.name}
          error={errors.name}
          onInput={(value) => form.set('name', value)}
        />
        <div class="button-group">
          <button type="submit" class="button" disabled={form.busy}>
            {t('teams.save')}
          </button>
          <button type="button" class="button button--secondary" onClick={onCancel}>
            {t('teams.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

export function TeamsPage() {
  const notice = useNotice();
  const teams = useResource(
    (signal) => listTeams(signal),
    [],
    (data) => data.teams.length === 0,
  );
  const [renaming, setRenaming] = useState<Team | null>(null);
  const form = useForm({ name: '' });
  const { values, errors } = form;
  usePrefetch(teamSchema);
  const { state } = teams;

  const submit = (event: Event) => {
    event.preventDefault();
    return form.run(async () => {
      const checked = await validate(teamSchema, values);
      if (!checked.ok) return form.showErrors(checked.errors);
      form.clearErrors();
      await addTeam(checked.data);
      form.setValues({ name: '' });
      notice.show({ message: t('teams.added') });
      teams.refresh();
    });
  };

  const { hasErrors } = form;
  return (
    <>
      <PageHeading title={t('teams.title')} hasErrors={hasErrors} />
      <p>
        <Link href="/">{t('service.back')}</Link>
      </p>
      <Notice state={notice} />
      <p class="lead">{t('teams.intro')}</p>
      {state.status === 'loading' && (
        <p class="loading" role="status">
          {t('app.loading')}
        </p>
      )}
      {state.status === 'error' && (
        <ServiceLoadProblem status={state.error.status} retry={teams.retry} />
      )}
      {state.status === 'empty' && <p>{t('teams.none')}</p>}
      {state.status === 'ready' && (
        <ul class="cards">
          {state.data.teams.map((team) => (
            <li key={team.id} class="card">
              <h2 class="card__title">
                <bdi>{team.name}</bdi>
              </h2>
              <p class="card__meta">{t('teams.memberCount', { count: team.memberCount })}</p>
              <p>
                <Link href={`/teams/${encodeURIComponent(team.id)}/invitations`}>
                  {t('teamInvite.link', { team: team.name })}
                </Link>
              </p>
              <TeamCode
                team={team}
                onClosed={() => {
                  notice.show({ message: t('teams.closed', { name: team.name }) });
                  teams.refresh();
                }}
              />
              <button
                type="button"
                class="button button--secondary"
                onClick={() => setRenaming(team)}
              >
                {t('teams.rename', { name: team.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {renaming && (
        <RenameTeam
          key={renaming.id}
          team={renaming}
          onCancel={() => setRenaming(null)}
          onDone={() => {
            setRenaming(null);
            notice.show({ message: t('teams.renamed') });
            teams.refresh();
          }}
        />
      )}
      {state.status !== 'error' && (
        <section aria-labelledby="add-team-title">
          <h2 id="add-team-title">{t('teams.add.title')}</h2>
          <ErrorSummary errors={errors} formError={form.formError} attempt={form.attempt} />
          <form class="form" noValidate onSubmit={submit}>
            <TextField
              id="name"
              label={t('teams.add.label')}
              width="half"
              value={values.name}
              error={errors.name}
              onInput={(value) => form.set('name', value)}
            />
            <button type="submit" class="button" disabled={form.busy}>
              {t('teams.add.submit')}
            </button>
          </form>
        </section>
      )}
    </>
  );
}
