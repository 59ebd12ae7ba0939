// The readable copy of the whole record (/my-record/print, issue 15): every section in plain
// words, from the same gathering as the FHIR file, laid out to print on A4 with a page break
// between sections and no navigation on paper (readable-copy.css).
import '../../../domain/i18n/record-export.messages.ts';
import '../../../domain/i18n/about-me.messages.ts';
import '../../../domain/i18n/goals.messages.ts';
import '../../../domain/i18n/invitations.messages.ts';
import '../../../domain/i18n/suggestions.messages.ts';
import '../../../domain/i18n/checkins.messages.ts';
import '../../styles/readable-copy.css';
import type { ComponentChildren } from 'preact';
import { Link } from 'wouter-preact';
import { PLAN_LAYOUT } from '../../../domain/fhir/plan-layout.ts';
import { PLAN_KINDS, type RecordSnapshot } from '../../../domain/fhir/snapshot.ts';
import {
  formatDate,
  formatDateTime,
  formatList,
  formatNumber,
  hasMessage,
  type MessageKey,
  t,
} from '../../../domain/i18n/translate.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { scaleLabel } from '../checkins/checkins.resource.ts';
import { useRecord } from '../record/RecordContext.tsx';
import { AreaSummary, RatingsBeside } from '../reviews/ReviewParts.tsx';
import { useRecordSnapshot } from './record-export.resource.ts';

const ABOUT_ME_FIELDS = [
  'strengths',
  'values',
  'whatMatters',
  'identity',
  'culture',
  'whenWell',
  'howToSupportMe',
] as const;

function Section({
  id,
  title,
  empty,
  children,
}: {
  id: string;
  title: string;
  empty: boolean;
  children: ComponentChildren;
}) {
  return (
    <section class="readable-copy__section" aria-labelledby={`copy-${id}`}>
      <h2 id={`copy-${id}`}>{title}</h2>
      {empty ? <p>{t('readableCopy.empty')}</p> : children}
    </section>
  );
}

/** Keeps the person's line breaks. */
const Words = ({ text }: { text: string }) => <p class="readable-copy__words">{text}</p>;

function AboutMe({ record }: { record: RecordSnapshot }) {
  const about = record.aboutMe?.data;
  const filled = ABOUT_ME_FIELDS.filter((field) => about && about[field] !== '');
  return (
    <Section id="about-me" title={t('readableCopy.aboutMe')} empty={filled.length === 0}>
      {filled.map((field) => (
        <div key={field}>
          <h3>{t(`aboutMe.${field}` as MessageKey)}</h3>
          <Words text={about?.[field] ?? ''} />
        </div>
      ))}
    </Section>
  );
}

function Goals({ record }: { record: RecordSnapshot }) {
  const groups = [
    ...record.lifeAreas.map((area) => ({
      id: area.id,
      name: area.data.name,
      goals: record.goals.filter((goal) => goal.data.lifeAreaId === area.id),
    })),
    {
      id: 'none',
      name: t('readableCopy.noArea'),
      goals: record.goals.filter(
        (goal) => !record.lifeAreas.some((area) => area.id === goal.data.lifeAreaId),
      ),
    },
  ].filter((group) => group.id !== 'none' || group.goals.length > 0);
  return (
    <Section id="goals" title={t('readableCopy.goals')} empty={groups.length === 0}>
      {groups.map((group) => (
        <div key={group.id}>
          <h3>{group.name}</h3>
          {group.goals.map((goal) => (
            <div class="readable-copy__item" key={goal.id}>
              <h4>{goal.data.title}</h4>
              <dl>
                <dt>{t('suggestions.field.status')}</dt>
                <dd>{t(`goal.status.${goal.data.status}` as MessageKey)}</dd>
                {goal.data.why && (
                  <>
                    <dt>{t('suggestions.field.why')}</dt>
                    <dd>{goal.data.why}</dd>
                  </>
                )}
                {goal.data.whoHelps && (
                  <>
                    <dt>{t('suggestions.field.whoHelps')}</dt>
                    <dd>{goal.data.whoHelps}</dd>
                  </>
                )}
                {goal.data.targetDate && (
                  <>
                    <dt>{t('suggestions.field.targetDate')}</dt>
                    <dd>{formatDate(goal.data.targetDate)}</dd>
                  </>
                )}
              </dl>
              {goal.data.steps.length > 0 && (
                <>
                  <h5>{t('readableCopy.steps')}</h5>
                  <ul>
                    {goal.data.steps.map((step) => (
                      <li key={step.id}>
                        {step.done ? t('readableCopy.stepDone', { step: step.text }) : step.text}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {goal.notes.length > 0 && (
                <>
                  <h5>{t('readableCopy.notes')}</h5>
                  <ul>
                    {goal.notes.map((note) => (
                      <li key={note.id}>
                        {formatDate(note.data.date)}: {note.data.text}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          ))}
        </div>
      ))}
    </Section>
  );
}

/** One plan field's value as lines of plain words. */
function linesOf(value: unknown, contactName: (id: string) => string): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (value === null || value === undefined || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((entry) => linesOf(entry, contactName));
  const record = value as Record<string, unknown>;
  if (typeof record.contactId === 'string') {
    const rest = Object.entries(record)
      .filter(([key, v]) => key !== 'contactId' && typeof v === 'string' && v !== '')
      .map(([, v]) => v as string);
    return [[contactName(record.contactId), ...rest].join(': ')];
  }
  const words = Object.values(record).filter((v): v is string => typeof v === 'string' && v !== '');
  return words.length ? [words.join(': ')] : [];
}

/** A plan field's name as the suggestions show it; a plan newer than those words gets a plain one. */
function partLabel(field: string): string {
  const key = `suggestions.field.${field}`;
  return hasMessage(key) ? t(key) : t('readableCopy.planPart');
}

function Plans({ record }: { record: RecordSnapshot }) {
  const names = new Map(record.supportNetwork.map((c) => [c.id, c.data.name]));
  const contactName = (id: string) => names.get(id) ?? '';
  const plans = PLAN_KINDS.flatMap((kind) => {
    const plan = record.plans[kind];
    if (!plan) return [];
    const data = plan.data as unknown as Record<string, unknown>;
    const parts = PLAN_LAYOUT[kind]
      .map((part) => {
        const value = data[part.field];
        const lines =
          part.kind === 'contact'
            ? typeof value === 'string' && value !== ''
              ? [contactName(value)]
              : []
            : linesOf(value, contactName);
        return { field: part.field, lines };
      })
      .filter((part) => part.lines.length > 0);
    return [{ kind, parts }];
  });
  return (
    <Section id="plans" title={t('readableCopy.plans')} empty={plans.length === 0}>
      {plans.map((plan) => (
        <div class="readable-copy__item" key={plan.kind}>
          <h3>{t(`readableCopy.plan.${plan.kind}` as MessageKey)}</h3>
          {plan.parts.length === 0 && <p>{t('readableCopy.empty')}</p>}
          {plan.parts.map((part) => (
            <div key={part.field}>
              <h4>{partLabel(part.field)}</h4>
              <ul>
                {part.lines.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
    </Section>
  );
}

function Network({ record }: { record: RecordSnapshot }) {
  return (
    <Section
      id="network"
      title={t('readableCopy.network')}
      empty={record.supportNetwork.length === 0}
    >
      <ul>
        {record.supportNetwork.map((contact) => (
          <li key={contact.id}>
            {[contact.data.name, contact.data.phone, contact.data.email, contact.data.howTheyHelp]
              .filter((part) => part !== '')
              .join(', ')}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function Checkins({ record }: { record: RecordSnapshot }) {
  const own = new Map(
    (record.checkinSettings?.data.scales ?? []).flatMap((scale) =>
      scale.name ? [[scale.id, scale.name] as const] : [],
    ),
  );
  const nameOf = (id: string) => own.get(id) ?? scaleLabel(id);
  const areas = new Map(record.lifeAreas.map((area) => [area.id, area.data.name]));
  return (
    <>
      <Section
        id="checkins"
        title={t('readableCopy.checkins')}
        empty={record.checkins.length === 0}
      >
        <table class="readable-copy__table">
          <thead>
            <tr>
              <th scope="col">{t('readableCopy.when')}</th>
              <th scope="col">{t('readableCopy.scores')}</th>
              <th scope="col">{t('readableCopy.signs')}</th>
              <th scope="col">{t('readableCopy.note')}</th>
            </tr>
          </thead>
          <tbody>
            {record.checkins.map((checkin) => (
              <tr key={checkin.id}>
                <td>{formatDateTime(checkin.takenAt)}</td>
                <td>
                  {formatList(
                    Object.entries(checkin.scores).map(
                      ([id, score]) => `${nameOf(id)}: ${formatNumber(score)}`,
                    ),
                  )}
                </td>
                <td>{formatList(checkin.signsPresent)}</td>
                <td>{checkin.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section
        id="ratings"
        title={t('readableCopy.ratings')}
        empty={record.lifeAreaRatings.length === 0}
      >
        <table class="readable-copy__table">
          <thead>
            <tr>
              <th scope="col">{t('readableCopy.when')}</th>
              <th scope="col">{t('readableCopy.area')}</th>
              <th scope="col">{t('readableCopy.rating')}</th>
              <th scope="col">{t('readableCopy.wantHelp')}</th>
            </tr>
          </thead>
          <tbody>
            {record.lifeAreaRatings.flatMap((set) =>
              set.data.ratings.map((rating) => (
                <tr key={`${set.id} ${rating.lifeAreaId}`}>
                  <td>{formatDate(set.data.date)}</td>
                  <td>{areas.get(rating.lifeAreaId) ?? ''}</td>
                  <td>{formatNumber(rating.score)}</td>
                  <td>{rating.wantHelp ? '✓' : ''}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </Section>
    </>
  );
}

/** The measure's own name from its canonical url (…/Questionnaire/phq-9|1.0 → phq-9). */
const measureName = (questionnaire: string) =>
  (questionnaire.split('|')[0] ?? '').split('/').pop() ?? questionnaire;

function Measures({ record }: { record: RecordSnapshot }) {
  return (
    <Section
      id="measures"
      title={t('readableCopy.measures')}
      empty={record.measureResponses.length === 0}
    >
      <table class="readable-copy__table">
        <thead>
          <tr>
            <th scope="col">{t('readableCopy.when')}</th>
            <th scope="col">{t('readableCopy.measure')}</th>
            <th scope="col">{t('readableCopy.score')}</th>
            <th scope="col">{t('readableCopy.note')}</th>
          </tr>
        </thead>
        <tbody>
          {record.measureResponses.map((response) => (
            <tr key={response.id}>
              <td>{formatDateTime(response.authored)}</td>
              <td>{measureName(response.questionnaire)}</td>
              <td>
                {formatList(
                  response.scores.map(
                    (score) => `${score.display ?? score.scaleId}: ${formatNumber(score.value)}`,
                  ),
                )}
              </td>
              <td>{response.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

function Journal({ record }: { record: RecordSnapshot }) {
  return (
    <Section id="journal" title={t('readableCopy.journal')} empty={record.journal.length === 0}>
      {record.journal.map((entry) => (
        <div class="readable-copy__item" key={entry.id}>
          <h3>{formatDate(entry.date)}</h3>
          {entry.mood !== null && <p>{t('readableCopy.mood', { mood: entry.mood })}</p>}
          <Words text={entry.text} />
        </div>
      ))}
    </Section>
  );
}

function Files({ record }: { record: RecordSnapshot }) {
  return (
    <Section id="files" title={t('readableCopy.files')} empty={record.attachments.length === 0}>
      <ul>
        {record.attachments.map((file) => (
          <li key={file.id}>
            {file.fileName} ({t(`readableCopy.file.${file.purpose}` as MessageKey)})
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** Each review, oldest first, as its own page shows it: ratings beside the one before, each area. */
function Reviews({ record }: { record: RecordSnapshot }) {
  if (record.reviews.length === 0) return null;
  const personName = record.person.name;
  return (
    <Section id="reviews" title={t('readableCopy.reviews')} empty={false}>
      {record.reviews.map((review, index) => {
        const { data } = review;
        const before = index > 0 ? record.reviews[index - 1]?.data : undefined;
        return (
          <div class="readable-copy__item" key={review.id}>
            <h3>{t('review.page.title', { date: formatDate(review.createdAt) })}</h3>
            {data.meetingOn && <p>{t('review.met', { date: formatDate(data.meetingOn) })}</p>}
            {data.lifeAreas.length + data.myCare.length === 0 && <p>{t('review.ratings.none')}</p>}
            <RatingsBeside
              heading={t('review.ratings.lifeAreas')}
              now={data.lifeAreas}
              last={before ? before.lifeAreas : null}
              myCare={false}
            />
            <RatingsBeside
              heading={t('review.ratings.myCare')}
              now={data.myCare}
              last={before ? before.myCare : null}
              myCare={true}
            />
            {data.areas.map((area) => (
              <AreaSummary
                key={area.lifeAreaId}
                personName={personName}
                area={{
                  ...area,
                  actions: area.actions.map(({ addedBy, ...action }) => ({
                    ...action,
                    addedBy: addedBy.accountId,
                    addedByRole: addedBy.role,
                    addedByName: addedBy.name,
                  })),
                }}
              />
            ))}
            <p>
              {data.nextReviewOn
                ? t('review.next', { date: formatDate(data.nextReviewOn) })
                : t('review.noNext')}
            </p>
          </div>
        );
      })}
    </Section>
  );
}

function Sharing({ record }: { record: RecordSnapshot }) {
  return (
    <Section
      id="sharing"
      title={t('readableCopy.sharing')}
      empty={record.relationships.length === 0}
    >
      <ul>
        {record.relationships.map((person) => (
          <li key={person.id}>
            {person.team
              ? t('readableCopy.team', { team: person.team.name, service: person.team.service })
              : `${person.knownAs} (${t(`invite.role.${person.role}` as MessageKey)})`}
            .{' '}
            {person.grants.length > 0
              ? t('readableCopy.sees', {
                  sections: formatList(
                    person.grants.map((grant) =>
                      t(`invite.section.${grant.section}` as MessageKey),
                    ),
                  ),
                })
              : t('readableCopy.seesNothing')}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function ReadableCopyPage() {
  const { personId } = useRecord();
  const snapshot = useRecordSnapshot(personId);
  return (
    <div class="readable-copy">
      <PageHeading title={t('readableCopy.title')} />
      <Loaded resource={snapshot}>
        {(record) => (
          <>
            <p class="lead">
              {t('readableCopy.madeFor', {
                name: record.person.name,
                date: formatDate(new Date().toISOString()),
              })}
            </p>
            <div class="button-group no-print">
              <button type="button" class="button" onClick={() => window.print()}>
                {t('readableCopy.print')}
              </button>
              <Link href="/settings/download">{t('readableCopy.back')}</Link>
            </div>
            <AboutMe record={record} />
            <Goals record={record} />
            <Plans record={record} />
            <Network record={record} />
            <Checkins record={record} />
            <Measures record={record} />
            <Journal record={record} />
            <Reviews record={record} />
            <Files record={record} />
            <Sharing record={record} />
          </>
        )}
      </Loaded>
    </div>
  );
}
