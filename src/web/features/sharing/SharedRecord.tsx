// A record someone shared with the signed-in account, under /people/:personId. It finds the
// grant in "shared with me", names the person and the shared sections in a banner, and lists
// only those sections. Sections not shared are neither shown nor hinted at.
import '../../../domain/i18n/shared.messages.ts';
import type { ComponentChildren } from 'preact';
import { Link, useLocation } from 'wouter-preact';
import { formatList, t } from '../../../domain/i18n/translate.ts';
import type { Section } from '../../../domain/record/sections.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RecordProvider, sharedRecord, useRecord } from '../record/RecordContext.tsx';
import { SHARED_SECTION_PAGES } from './section-pages.ts';
import { useSharedWithMe } from './sharing.resource.ts';

export const sectionName = (section: Section) => t(`section.${section}`);

/** The shared sections this app can show, in the record's order. */
export function shownSections(sections: readonly Section[]): Section[] {
  return sections.filter((section) => SHARED_SECTION_PAGES[section] !== undefined);
}

function Banner() {
  const record = useRecord();
  const sections = shownSections(record.sharedSections);
  return (
    <div class="panel shared-banner" role="note">
      <p>
        <strong>
          {t('shared.banner', {
            name: record.personName,
            sections: formatList(sections.map(sectionName)),
          })}
        </strong>
      </p>
      <p>{t('shared.readOnly', { name: record.personName })}</p>
      <nav aria-label={t('shared.navLabel', { name: record.personName })}>
        <ul class="links">
          {sections.map((section) => (
            <SectionLink key={section} section={section} />
          ))}
        </ul>
      </nav>
    </div>
  );
}

function SectionLink({ section }: { section: Section }) {
  const [location] = useLocation();
  const href = SHARED_SECTION_PAGES[section] ?? '/';
  return (
    <li>
      <Link href={href} aria-current={location.startsWith(href) ? 'page' : undefined}>
        {sectionName(section)}
      </Link>
    </li>
  );
}

function NotShared() {
  return (
    <>
      <PageHeading title={t('app.notFound.title')} />
      <p>{t('shared.notShared')}</p>
      <p>
        <Link href="~/people">{t('shared.backToPeople')}</Link>
      </p>
    </>
  );
}

/** Any unknown page in a shared record, a section not shared among them: nothing hinted at. */
export function SharedNotFound() {
  const record = useRecord();
  return (
    <>
      <PageHeading title={t('app.notFound.title')} />
      <p>{t('app.notFound.body')}</p>
      <p>
        <Link href="/">{t('shared.backToRecord', { name: record.personName })}</Link>
      </p>
    </>
  );
}

/** Loads what was shared with this account and, if this person shared anything, shows it. */
export function SharedRecordFrame({
  personId,
  children,
}: {
  personId: string;
  children: ComponentChildren;
}) {
  const people = useSharedWithMe();
  return (
    <Loaded resource={people}>
      {(list) => {
        const shared = list.find((person) => person.personId === personId);
        // Where they may suggest changes too (decision 0029): set here, not in the app shell.
        const record = shared && {
          ...sharedRecord(shared),
          canSuggest: (section: Section) =>
            (shared.sections as Partial<Record<Section, string>>)[section] === 'suggest',
        };
        if (!record || shownSections(record.sharedSections).length === 0) return <NotShared />;
        return (
          <RecordProvider value={record}>
            <Banner />
            {children}
          </RecordProvider>
        );
      }}
    </Loaded>
  );
}

/** The first page of a shared record: the sections the person shared, one link each. */
export function SharedHomePage() {
  const record = useRecord();
  return (
    <>
      <PageHeading title={t('shared.homeTitle', { name: record.personName })} />
      <ul class="links">
        {shownSections(record.sharedSections).map((section) => (
          <li key={section}>
            <Link href={SHARED_SECTION_PAGES[section] ?? '/'}>
              {t('shared.open', { section: sectionName(section) })}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * A section page inside a shared record, shown only if that section is shared. A page that
 * shows more than one section (How they are doing: check-ins, questionnaires) names them all
 * and opens if any of them is shared; it shows only those itself.
 */
export function SharedSection({
  section,
  children,
}: {
  section: Section | readonly Section[];
  children: ComponentChildren;
}) {
  const record = useRecord();
  const sections: readonly Section[] = typeof section === 'string' ? [section] : section;
  const open = sections.some((s) => record.canRead(s) && SHARED_SECTION_PAGES[s]);
  if (!open) return <SharedNotFound />;
  return <>{children}</>;
}
