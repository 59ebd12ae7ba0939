// On the home page: the crisis plan review reminder when it is due, and the way into the plans.
import '../../../domain/i18n/network-web.messages.ts';
import '../../../domain/i18n/plans-web.messages.ts';
import { Link } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import { dataOf, useResource } from '../../lib/resource.ts';
import { PLAN_PAGES, type PlanKind, plan } from './plans.resource.ts';
import { ReviewReminder } from './ReviewReminder.tsx';

const KINDS: PlanKind[] = ['crisis', 'staying-well', 'safety', 'after-crisis', 'moving-on'];

/** The reminder shows only once a crisis plan exists; nothing shows if it cannot be loaded. */
export function CrisisPlanReminder({ personId }: { personId: string }) {
  const crisis = useResource((signal) => plan(personId, 'crisis').get(signal), [personId]);
  const doc = dataOf(crisis.state);
  if (!doc || doc.version === 0) return null;
  return <ReviewReminder lastReviewed={doc.data.lastReviewed} />;
}

export function PlanLinks() {
  return (
    <>
      <h2>{t('home.plansTitle')}</h2>
      <ul class="links">
        {KINDS.map((kind) => (
          <li key={kind}>
            <Link href={PLAN_PAGES[kind]}>{t(`plans.${kind}.title`)}</Link>
          </li>
        ))}
        <li>
          <Link href="/support-network">{t('network.title')}</Link>
        </li>
      </ul>
    </>
  );
}
