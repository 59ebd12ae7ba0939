// On the home page: the way into the plans (the crisis plan review reminder comes with Home's own
// answers, features/home/home.resource.ts).
import '../../../domain/i18n/network-web.messages.ts';
import '../../../domain/i18n/plans-web.messages.ts';
import { Link } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import { PLAN_PAGES, type PlanKind } from './plans.resource.ts';

const KINDS: PlanKind[] = ['crisis', 'staying-well', 'safety', 'after-crisis', 'moving-on'];

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
