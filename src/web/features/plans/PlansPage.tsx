// My plans: the staying-well plan, the crisis plan, the safety plan, after a crisis and moving on,
// each
// with whether it has been started, plus the support network they draw on.
import '../../../domain/i18n/unreadable.messages.ts';
import '../../../domain/i18n/network-web.messages.ts';
import '../../../domain/i18n/plans-web.messages.ts';
import { Link } from 'wouter-preact';
import { formatDate, t } from '../../../domain/i18n/translate.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { asApiError } from '../../lib/api.ts';
import { useResource } from '../../lib/resource.ts';
import { useRecord } from '../record/RecordContext.tsx';
import { PLAN_PAGES, type PlanDocument, type PlanKind, plan } from './plans.resource.ts';
import { ReviewReminder } from './ReviewReminder.tsx';

const KINDS: PlanKind[] = ['staying-well', 'crisis', 'safety', 'after-crisis', 'moving-on'];

/** `unreadable`: this server cannot read the saved plan (decision 0016); the card says so. */
type PlanState = { updatedAt: string | null; version: number; unreadable?: boolean };
type Overview = Record<PlanKind, PlanState> & {
  lastReviewed: string | null;
};

/** One plan that cannot be read must not hide the others: its card says so instead. */
function unlessUnreadable(error: unknown): PlanState {
  const { code } = asApiError(error);
  if (code !== 'WM_RECORD_ITEM_TOO_NEW' && code !== 'WM_RECORD_ITEM_UNREADABLE') throw error;
  return { version: -1, updatedAt: null, unreadable: true };
}

export function PlansPage() {
  const record = useRecord();
  const overview = useResource<Overview>(
    async (signal) => {
      const docs = await Promise.all(
        KINDS.map((kind) => plan(record.personId, kind).get(signal).catch(unlessUnreadable)),
      );
      const entries = KINDS.map((kind, i) => [kind, docs[i] ?? { version: 0, updatedAt: null }]);
      const crisis = docs[1] as PlanDocument<'crisis'> | PlanState;
      return {
        ...(Object.fromEntries(entries) as Record<PlanKind, PlanState>),
        lastReviewed: 'data' in crisis && crisis.version > 0 ? crisis.data.lastReviewed : null,
      };
    },
    [record.personId],
  );
  return (
    <>
      <PageHeading title={t('plans.title')} />
      <p class="lead">{t('plans.intro')}</p>
      <Loaded resource={overview}>
        {(data) => (
          <>
            {data.crisis.version > 0 && <ReviewReminder lastReviewed={data.lastReviewed} />}
            <ul class="cards">
              {KINDS.map((kind) => (
                <li key={kind} class="card">
                  <h2 class="card__title card__title--h2">
                    <Link href={PLAN_PAGES[kind]}>{t(`plans.${kind}.title`)}</Link>
                  </h2>
                  <p>{t(`plans.${kind}.summary`)}</p>
                  <p class="card__meta">
                    {data[kind].unreadable
                      ? t('unreadable.planCard')
                      : data[kind].version === 0 || !data[kind].updatedAt
                        ? t('plans.notStarted')
                        : t('plans.changedOn', { date: formatDate(data[kind].updatedAt ?? '') })}
                  </p>
                </li>
              ))}
            </ul>
          </>
        )}
      </Loaded>
      <h2>{t('plans.related')}</h2>
      <ul class="links">
        <li>
          <Link href="/support-network">{t('network.title')}</Link>
        </li>
        <li>
          <Link href="/crisis-plan/links">{t('links.title')}</Link>
        </li>
      </ul>
    </>
  );
}
