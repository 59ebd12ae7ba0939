// A practitioner's caseload (issue 14, decision 0044): one row per person connected to their
// teams, with only what each person shares — last check-in, which way their life-area ratings and
// measures moved, reliable change where the measure defines it, reviews due and suggestions
// waiting. Sorted and filtered by the server; a real table with headers, each name linking to the
// person's shared record.
import '../../../domain/i18n/team-connect.messages.ts';
import { useEffect, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import type { Caseload, CaseloadRowView } from '../../../domain/caseload/caseload.schema.ts';
import { CASELOAD_SORTS, type CaseloadSort } from '../../../domain/caseload/caseload.ts';
import { formatDate, t } from '../../../domain/i18n/translate.ts';
import { SelectField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { api, recordPath } from '../../lib/api.ts';
import { useResource } from '../../lib/resource.ts';

type Direction = CaseloadRowView['lifeAreas']['direction'];

const directionWord = (direction: Direction) =>
  direction === null ? t('caseload.noChange') : t(`caseload.direction.${direction}`);

function useCaseload(sort: CaseloadSort, team: string, needsAttention: boolean) {
  const query = new URLSearchParams({ sort });
  if (team) query.set('team', team);
  if (needsAttention) query.set('needsAttention', 'true');
  return useResource(
    (signal) => api.get<Caseload>(`/caseload?${query.toString()}`, signal),
    [sort, team, needsAttention],
  );
}

function MeasuresCell({ row }: { row: CaseloadRowView }) {
  if (!row.shared.measures) return <>{t('caseload.notShared')}</>;
  if (row.measures.length === 0) return <>{t('caseload.noneYet')}</>;
  return (
    <ul class="plain-list">
      {row.measures.map((m) => (
        <li key={m.measureId}>
          {m.previous === null
            ? t('caseload.measureOne', { title: m.title, latest: m.latest })
            : t('caseload.measure', {
                title: m.title,
                latest: m.latest,
                previous: m.previous,
                direction: directionWord(m.direction),
              })}
          {m.reliableChange && <strong> {t(`caseload.reliable.${m.reliableChange}`)}</strong>}
        </li>
      ))}
    </ul>
  );
}

function reviewWords(row: CaseloadRowView): string {
  if (!row.shared.reviews) return t('caseload.notShared');
  if (!row.nextReviewDate) return t('caseload.noReviewDate');
  const date = formatDate(row.nextReviewDate);
  return row.reviewDue ? t('caseload.reviewDue', { date }) : t('caseload.reviewOn', { date });
}

function Row({ row }: { row: CaseloadRowView }) {
  return (
    <tr>
      <th scope="row">
        <Link href={recordPath(row.personId, '')}>{row.name}</Link>
        {row.needsAttention && <span class="tag"> {t('caseload.needsAttentionTag')}</span>}
      </th>
      <td>{row.team.name}</td>
      <td>
        {!row.shared.checkins
          ? t('caseload.notShared')
          : row.lastCheckIn
            ? formatDate(row.lastCheckIn)
            : t('caseload.noneYet')}
      </td>
      <td>
        {row.shared.checkins ? directionWord(row.lifeAreas.direction) : t('caseload.notShared')}
      </td>
      <td>
        <MeasuresCell row={row} />
      </td>
      <td>{reviewWords(row)}</td>
      <td>{row.suggestionsWaiting}</td>
    </tr>
  );
}

export function CaseloadPage() {
  const [sort, setSort] = useState<CaseloadSort>('name');
  const [team, setTeam] = useState('');
  const [needsAttention, setNeedsAttention] = useState(false);
  const caseload = useCaseload(sort, team, needsAttention);
  // The teams to filter by come with every answer (all of them, whatever the filter).
  const [teams, setTeams] = useState<Caseload['teams']>([]);
  const { state } = caseload;
  useEffect(() => {
    if (state.status === 'ready' || state.status === 'empty') setTeams(state.data.teams);
  }, [state]);
  return (
    <>
      <PageHeading title={t('caseload.title')} />
      <p class="lead">{t('caseload.intro')}</p>
      <p>
        <Link href="/my-people">{t('myPeople.link')}</Link>
      </p>
      <form
        class="filters"
        aria-label={t('caseload.controls')}
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          id="caseload-sort"
          label={t('caseload.sort')}
          value={sort}
          options={CASELOAD_SORTS.map((value) => ({ value, label: t(`caseload.sort.${value}`) }))}
          onChange={(value) => setSort(value as CaseloadSort)}
        />
        <SelectField
          id="caseload-team"
          label={t('caseload.team')}
          value={team}
          options={[
            { value: '', label: t('caseload.allTeams') },
            ...teams.map((one) => ({ value: one.id, label: one.name })),
          ]}
          onChange={setTeam}
        />
        <div class="checkbox">
          <input
            class="checkbox__input"
            type="checkbox"
            id="caseload-attention"
            checked={needsAttention}
            onChange={(event) => setNeedsAttention(event.currentTarget.checked)}
          />
          <label class="checkbox__label" for="caseload-attention">
            {t('caseload.needsAttention')}
          </label>
        </div>
      </form>
      <Loaded resource={caseload}>
        {(data) => {
          return (
            <>
              <p role="status">{t('caseload.count', { count: data.people.length })}</p>
              {data.people.length === 0 ? (
                <p class="invite">{t('caseload.none')}</p>
              ) : (
                <div class="table-wrap">
                  <table class="table">
                    <caption>{t('caseload.caption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('caseload.col.name')}</th>
                        <th scope="col">{t('caseload.col.team')}</th>
                        <th scope="col">{t('caseload.col.lastCheckIn')}</th>
                        <th scope="col">{t('caseload.col.lifeAreas')}</th>
                        <th scope="col">{t('caseload.col.measures')}</th>
                        <th scope="col">{t('caseload.col.review')}</th>
                        <th scope="col">{t('caseload.col.suggestions')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.people.map((row) => (
                        <Row key={row.personId} row={row} />
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </>
          );
        }}
      </Loaded>
      <p class="hint">{t('caseload.privacy')}</p>
    </>
  );
}
