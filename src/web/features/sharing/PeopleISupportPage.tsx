// "People I support": everyone who shared part of their record with the signed-in account.
// Home for an account that owns no record; open to anyone at /people.
import { Link } from 'wouter-preact';
import { formatList, t } from '../../../domain/i18n/translate.ts';
import type { SharedRecord } from '../../../domain/sharing/sharing.schema.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { recordPath } from '../../lib/api.ts';
import { sharedRecord } from '../record/RecordContext.tsx';
import { sectionName, shownSections } from './SharedRecord.tsx';
import { useSharedWithMe } from './sharing.resource.ts';

function PersonCard({ person }: { person: SharedRecord }) {
  const sections = shownSections(sharedRecord(person).sharedSections);
  return (
    <li class="card">
      <h2 class="card__title">
        <Link href={recordPath(person.personId, '')}>
          {t('supporting.open', { name: person.name })}
        </Link>
      </h2>
      <p class="card__meta">
        <span class="tag">{t(`supporting.role.${person.role}`)}</span>
        {sections.length > 0 && (
          <span>
            {t('supporting.sections', { sections: formatList(sections.map(sectionName)) })}
          </span>
        )}
      </p>
    </li>
  );
}

export function PeopleISupportPage() {
  const people = useSharedWithMe();
  return (
    <>
      <PageHeading title={t('supporting.title')} />
      <p class="lead">{t('supporting.intro')}</p>
      <Loaded resource={people}>
        {(list, empty) =>
          empty ? (
            <>
              <p class="invite">{t('supporting.empty')}</p>
              <p>{t('supporting.howItWorks')}</p>
            </>
          ) : (
            <ul class="cards">
              {list.map((person) => (
                <PersonCard key={person.personId} person={person} />
              ))}
            </ul>
          )
        }
      </Loaded>
    </>
  );
}
