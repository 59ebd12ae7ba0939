// "My people", a practitioner's page (decision 0040): their teams, each with the code people
// join it with (and a way to invite someone by email, decision 0050), and the people connected to those teams, each with what they share and a link
// to their shared record; the caseload page (CaseloadPage) has the details.
import '../../../domain/i18n/outcome-reports.messages.ts';
import '../../../domain/i18n/team-connect.messages.ts';
import '../../../domain/i18n/shared.messages.ts';
import { Link } from 'wouter-preact';
import { formatList, t } from '../../../domain/i18n/translate.ts';
import { SECTIONS } from '../../../domain/record/sections.ts';
import type { ConnectedPerson, MyTeam } from '../../../domain/services/team-connect.schema.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { recordPath } from '../../lib/api.ts';
import { sentence } from '../../lib/own-words.tsx';
import { sectionName } from '../sharing/SharedRecord.tsx';
import { useMyPeople, useMyTeams } from './teams.resource.ts';

function TeamLine({ team }: { team: MyTeam }) {
  return (
    <li>
      <span>
        {team.code
          ? sentence('myPeople.code', { team: team.name }, { code: team.code })
          : sentence('myPeople.noCode', { team: team.name })}
      </span>{' '}
      <Link href={`/teams/${encodeURIComponent(team.id)}/invitations`}>
        {t('teamInvite.link', { team: team.name })}
      </Link>
    </li>
  );
}

function PersonCard({ person }: { person: ConnectedPerson }) {
  const sections = SECTIONS.filter((s) => person.sections[s] !== undefined);
  return (
    <li class="card">
      <h3 class="card__title">
        <Link href={recordPath(person.personId, '')}>
          {sentence('myPeople.open', { name: person.name })}
        </Link>
      </h3>
      <p class="card__meta">{sentence('myPeople.team', { team: person.team.name })}</p>
      <p>
        {sections.length > 0
          ? t('myPeople.shared', { sections: formatList(sections.map(sectionName)) })
          : t('myPeople.nothing')}
      </p>
    </li>
  );
}

export function MyPeoplePage() {
  const teams = useMyTeams();
  const people = useMyPeople();
  return (
    <>
      <PageHeading title={t('myPeople.title')} />
      <p class="lead">{t('myPeople.intro')}</p>
      <p>
        <Link href="/caseload">{t('caseload.link')}</Link>
      </p>
      <section aria-labelledby="my-teams-heading">
        <h2 id="my-teams-heading">{t('myPeople.teams')}</h2>
        <Loaded resource={teams}>
          {(list, empty) =>
            empty ? (
              <p>{t('myPeople.noTeams')}</p>
            ) : (
              <>
                <ul>
                  {list.teams.map((team) => (
                    <TeamLine key={team.id} team={team} />
                  ))}
                </ul>
                {/* A team lead reads their team's outcome reports (decision 0053). */}
                {list.teams.some((team) => team.lead) && (
                  <p>
                    <Link href="/outcomes">{t('outcomeReport.link')}</Link>
                  </p>
                )}
              </>
            )
          }
        </Loaded>
      </section>
      <section aria-labelledby="my-people-heading">
        <h2 id="my-people-heading">{t('myPeople.title')}</h2>
        <Loaded resource={people}>
          {(list, empty) =>
            empty ? (
              <p class="invite">{t('myPeople.none')}</p>
            ) : (
              <ul class="cards">
                {list.people.map((person) => (
                  <PersonCard key={`${person.personId} ${person.team.id}`} person={person} />
                ))}
              </ul>
            )
          }
        </Loaded>
      </section>
    </>
  );
}
