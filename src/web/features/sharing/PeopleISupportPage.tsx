// "People I support": everyone who shared part of their record with the signed-in account.
// Home for an account that owns no person's record (a supporter's own space is linked from
// here); open to anyone at /people.
import '../../../domain/i18n/supporting.messages.ts';
import '../../../domain/i18n/supporter-space.messages.ts';
import '../../../domain/i18n/team-connect.messages.ts';
import { Link } from 'wouter-preact';
import { formatDate, formatList, t } from '../../../domain/i18n/translate.ts';
import type { SharedRecord } from '../../../domain/sharing/sharing.schema.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { recordPath } from '../../lib/api.ts';
import { lazyPart } from '../../lib/lazy.tsx';
import { sentence } from '../../lib/own-words.tsx';
import { sharedRecord } from '../record/RecordContext.tsx';
import { sectionName, shownSections } from './SharedRecord.tsx';
import { useSharedWithMe } from './sharing.resource.ts';
import { useSharingNotices } from './sharing-settings.resource.ts';

/** The account's own suggestions: loaded after the page, as most supporters make none. */
const MySuggestions = lazyPart(() =>
  import('../suggestions/MySuggestions.tsx').then((m) => m.MySuggestions),
);

function PersonCard({ person }: { person: SharedRecord }) {
  const sections = shownSections(sharedRecord(person).sharedSections);
  return (
    <li class="card">
      <h2 class="card__title">
        <Link href={recordPath(person.personId, '')}>
          {sentence('supporting.open', { name: person.name })}
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

/**
 * What the people who share with this account chose to tell them: "Sam stopped sharing with
 * you on …". Changes they chose not to tell are not here; the shares simply change.
 */
function Notices() {
  const notices = useSharingNotices();
  // The list of people matters more: if the notices cannot load, the page goes on without them.
  if (notices.state.status !== 'ready') return null;
  return (
    <section aria-labelledby="notices-heading" class="panel">
      <h2 id="notices-heading">{t('supporting.noticesHeading')}</h2>
      <ul>
        {notices.state.data.map((notice) => (
          <li key={`${notice.at}-${notice.what}-${notice.personName}`}>
            {t(`supporting.notice.${notice.what}`, {
              name: notice.personName,
              date: formatDate(notice.at),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A supporter's own space (decision 0031): their own pages, private to them. */
function MySpaceLink() {
  return (
    <p>
      <Link href="/my-space">{t('space.linkFromHome')}</Link>
    </p>
  );
}

/**
 * `hasOwnSpace`: the signed-in account is a supporter, with a space of their own. `inTeams`: a
 * practitioner, whose teams people join (decision 0040).
 */
export function PeopleISupportPage({
  hasOwnSpace = false,
  inTeams = false,
}: {
  hasOwnSpace?: boolean;
  inTeams?: boolean;
}) {
  const people = useSharedWithMe();
  return (
    <>
      <PageHeading title={t('supporting.title')} />
      <p class="lead">{t('supporting.intro')}</p>
      {hasOwnSpace && <MySpaceLink />}
      {inTeams && (
        <ul class="plain-list">
          <li>
            <Link href="/caseload">{t('caseload.link')}</Link>
          </li>
          <li>
            <Link href="/my-people">{t('myPeople.link')}</Link>
          </li>
        </ul>
      )}
      <Notices />
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
      <MySuggestions />
    </>
  );
}
