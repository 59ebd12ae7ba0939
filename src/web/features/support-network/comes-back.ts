// Plans that send the person to add someone to their support network, and take them back to
// the plan afterwards, where the draft puts back what they had typed (decision 0023). Named,
// not a free path in the address, so the return can only be one of these pages.
import '../../../domain/i18n/drafts.messages.ts';
import type { MessageKey } from '../../../domain/i18n/translate.ts';

export const COMES_BACK = {
  'crisis-plan': { path: '/crisis-plan/change', label: 'network.backToCrisisPlan' },
  'safety-plan': { path: '/plans/safety', label: 'network.backToSafetyPlan' },
} as const satisfies Record<string, { path: string; label: MessageKey }>;

export type ComesBack = keyof typeof COMES_BACK;

/** The add-a-contact page, coming back to `from` once the person is added. */
export const addContactHref = (from: ComesBack) => `/support-network/new?back=${from}`;

/** Where the add-a-contact page was asked to go back to, if it is one of the plans above. */
export function comesBackFrom(search: string): (typeof COMES_BACK)[ComesBack] | null {
  const back = new URLSearchParams(search).get('back');
  return back && Object.hasOwn(COMES_BACK, back) ? COMES_BACK[back as ComesBack] : null;
}
